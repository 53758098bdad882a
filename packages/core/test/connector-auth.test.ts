/** How a connector's auth schemes become config auth: a bearer prefix other than Bearer, Basic's two secrets. */
import { describe, expect, it } from 'vitest';
import {
  type ConnectorSpec,
  defineConnector,
  type OperationSpec,
  prepareRequest,
  redactRequest,
} from '../src/index.js';

const operation: OperationSpec = {
  title: 'Get me',
  description: 'Reads the current user.',
  method: 'GET',
  auth: 'token',
  path: { literal: '/user' },
  bodyEncoding: 'json',
  inputSchema: { type: 'object' },
  validate: Object.assign(() => true, { errors: null }),
};
const spec = (auth: ConnectorSpec['auth']): ConnectorSpec => ({
  id: 'forge',
  packageName: '@convoflow/connector-forge',
  title: 'Forge',
  description: 'A test connector.',
  docsUrl: 'https://forge.example.com/docs',
  baseUrl: 'https://api.forge.example.com',
  allowedHosts: ['api.forge.example.com'],
  auth,
  operations: { getMe: operation },
});

describe('connector auth schemes', () => {
  it('writes a bearer prefix other than Bearer into the Authorization header, redacted like auth', async () => {
    const connector = defineConnector<{ getMe: object }>(
      spec({ token: { type: 'bearer', prefix: 'token', secret: 'FORGE_TOKEN', description: 'A token.' } }),
    );
    const config = connector.preset('getMe', {});
    expect(config.auth).toBeUndefined();
    expect(config.headers).toEqual({ Authorization: 'token {{secrets.FORGE_TOKEN}}' });
    const prepared = await prepareRequest(config, { secrets: { FORGE_TOKEN: 'ghp_CANARY_forge' } });
    expect(prepared.headers.authorization).toBe('token ghp_CANARY_forge');
    expect(redactRequest(prepared).headers.authorization).toBe('token ***');
  });

  it('keeps structured bearer auth for the prefix Bearer, in any case', () => {
    const connector = defineConnector<{ getMe: object }>(
      spec({ token: { type: 'bearer', prefix: 'bearer', secret: 'FORGE_TOKEN', description: 'A token.' } }),
    );
    expect(connector.preset('getMe', {}).auth).toEqual({ type: 'bearer', token: '{{secrets.FORGE_TOKEN}}' });
  });

  it('carries a description for each Basic secret', () => {
    const auth = {
      token: {
        type: 'basic',
        secret: 'FORGE_PASSWORD',
        usernameSecret: 'FORGE_USER',
        description: 'Basic auth.',
        usernameDescription: 'Your account email.',
        passwordDescription: 'An app password from Settings > Security.',
      },
    } as const;
    const connector = defineConnector<{ getMe: object }>(spec(auth));
    expect(connector.operations.getMe?.secrets).toEqual(['FORGE_USER', 'FORGE_PASSWORD']);
    expect(connector.auth.token).toMatchObject({
      passwordDescription: 'An app password from Settings > Security.',
    });
  });
});
