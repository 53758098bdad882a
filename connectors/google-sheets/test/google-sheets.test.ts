import { fileURLToPath } from 'node:url';
import { prepareRequest } from '@convoflow/core';
import { describeConnectorFixtures } from '@convoflow/testkit';
import { describe } from 'vitest';
import { connector } from '../generated/index.js';

describe('google-sheets connector', () => {
  describeConnectorFixtures({
    connector,
    dir: fileURLToPath(new URL('..', import.meta.url)),
    prepareRequest,
    secrets: { GOOGLE_SHEETS_API_KEY: 'test_key_fixture' },
  });
});
