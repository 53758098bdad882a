import { fileURLToPath } from 'node:url';
import { prepareRequest } from '@convoflow/core';
import { describeConnectorFixtures } from '@convoflow/testkit';
import { describe } from 'vitest';
import { connector } from '../generated/index.js';

describe('stripe connector', () => {
  describeConnectorFixtures({
    connector,
    dir: fileURLToPath(new URL('..', import.meta.url)),
    prepareRequest,
    secrets: { STRIPE_API_KEY: 'test_key_fixture' },
  });
});
