/** The transport loads undici's parts from their own files: they must be the very values the package exports. */
import * as undici from 'undici';
import { describe, expect, it } from 'vitest';
import { loadUndiciParts } from '../src/transports/undici-parts.js';

describe('undici parts', () => {
  it('are the Agent, connector and header parser that undici itself exports', async () => {
    const parts = await loadUndiciParts();
    expect(parts.Agent).toBe(undici.Agent);
    expect(parts.buildConnector).toBe(undici.buildConnector);
    expect(parts.util.parseHeaders).toBe(undici.util.parseHeaders);
  });
});
