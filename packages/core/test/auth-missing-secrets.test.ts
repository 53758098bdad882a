/**
 * A structured-auth value that cannot be resolved (a secret that is not set, an input field that is missing) is
 * refused before sending, naming the auth field that asked for it.
 */
import { describe, expect, it } from 'vitest';
import { type CustomApiNodeConfig, executeNode } from '../src/index.js';

const URL_TEXT = 'http://127.0.0.1:9/v1/items';
const cases: [NonNullable<CustomApiNodeConfig['auth']>, string][] = [
  [{ type: 'bearer', token: '{{input.tok}}' }, '/auth/token'],
  [{ type: 'apiKey', in: 'header', name: 'X-Key', value: '{{input.tok}}' }, '/auth/value'],
  [{ type: 'apiKey', in: 'query', name: 'key', value: '{{input.tok}}' }, '/auth/value'],
  [{ type: 'basic', username: 'ada', password: '{{input.tok}}' }, '/auth/password'],
];

describe('structured auth with a value that does not resolve', () => {
  it.each(cases)('names the field of %j', async (auth, pointer) => {
    const result = await executeNode({ url: URL_TEXT, auth }, { context: { input: {} } });
    expect(result).toMatchObject({
      ok: false,
      attempts: 0,
      error: {
        kind: 'config',
        issues: [{ pointer, message: '{{input.tok}} does not resolve: input has no field "tok"' }],
      },
    });
  });

  it('names the field of a secret that is not set', async () => {
    const result = await executeNode(
      { url: URL_TEXT, auth: { type: 'bearer', token: '{{secrets.NOPE}}' } },
      { secrets: {} },
    );
    expect(result).toMatchObject({
      ok: false,
      attempts: 0,
      error: { kind: 'config', issues: [{ pointer: '/auth/token', message: 'secret NOPE is not set' }] },
    });
  });
});
