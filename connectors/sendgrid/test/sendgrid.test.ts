import { fileURLToPath } from 'node:url';
import { prepareRequest } from '@convoflow/core';
import { describeConnectorFixtures } from '@convoflow/testkit';
import { describe } from 'vitest';
import { connector } from '../generated/index.js';

describe('sendgrid connector', () => {
  describeConnectorFixtures({
    connector,
    dir: fileURLToPath(new URL('..', import.meta.url)),
    prepareRequest,
    secrets: { SENDGRID_API_KEY: 'test_key_fixture' },
  });
});
