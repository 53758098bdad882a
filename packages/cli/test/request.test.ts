/**
 * Issue 11, items 3 and 4: `convoflow request` works as the README writes it, names the CLI flag that lets a
 * secret through, needs no secret for a dry run, and `--sandbox` never reaches the network.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, convoflow, scratch } from './support/convoflow.js';

const README_EXAMPLE = 'examples/custom-api-node/stripe-payment-intent.json';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

/** A config for the local server that needs a secret. */
const localConfig = () =>
  scratch('node.json', {
    url: `${server.origin}/v1/things`,
    method: 'POST',
    headers: { Authorization: 'Bearer {{secrets.LOCAL_API_KEY}}' },
    body: { a: 1 },
  });

describe('convoflow request', () => {
  it('prints the README example as curl with a placeholder, without any secret (exit 0)', async () => {
    const { code, stdout, stderr } = await convoflow(['request', README_EXAMPLE, '--curl']);
    expect(code).toBe(0);
    expect(stdout).toContain("curl -X POST 'https://api.stripe.com/v1/payment_intents'");
    expect(stdout).toContain("-H 'authorization: Bearer <STRIPE_SECRET_KEY>'");
    expect(stderr).toContain('--allow-secret STRIPE_SECRET_KEY');
  });

  it('never prints the value of a secret that is set, in a dry run', async () => {
    const { code, stdout, stderr } = await convoflow(
      ['request', README_EXAMPLE, '--dry-run', '--json', '--allow-secret', 'STRIPE_SECRET_KEY'],
      { env: { STRIPE_SECRET_KEY: CANARY } },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).headers.authorization).toBe('Bearer <STRIPE_SECRET_KEY>');
    expect(`${stdout}${stderr}`).not.toContain(CANARY);
  });

  it('names --allow-secret when the config reads a secret it was not given, and sends nothing (exit 2)', async () => {
    const before = server.requests.length;
    const { code, stderr } = await convoflow(['request', localConfig()], { env: { LOCAL_API_KEY: CANARY } });
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(2);
    expect(stderr).toContain('pass --allow-secret LOCAL_API_KEY');
    expect(stderr).not.toContain('Set LOCAL_API_KEY in the environment');
    expect(stderr).not.toContain(CANARY);
  });

  it('sends with --allow-secret, and the secret never shows in the output', async () => {
    const before = server.requests.length;
    const { code, stdout } = await convoflow(
      ['request', localConfig(), '--json', '--allow-secret', 'LOCAL_API_KEY'],
      {
        env: { LOCAL_API_KEY: CANARY },
      },
    );
    expect(server.requests.length - before).toBe(1);
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${CANARY}`);
    expect(code).toBe(0);
    expect(stdout).not.toContain(CANARY);
  });
});

describe('convoflow request --sandbox', () => {
  it('sends the README example to the embedded sandbox, not to api.stripe.com', async () => {
    const { code, stdout } = await convoflow(['request', README_EXAMPLE, '--sandbox', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      status: number;
      request: { url: string };
      body: { object: string };
    };
    expect(result.status).toBe(200);
    expect(result.request.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/payment_intents$/);
    expect(result.body.object).toBe('payment_intent');
  });

  it('shows the sandbox URL in a dry run', async () => {
    const { code, stdout } = await convoflow(['request', README_EXAMPLE, '--sandbox', '--dry-run', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/payment_intents$/);
  });

  it('refuses a host the sandbox does not serve, with a clear message, sending nothing (exit 2)', async () => {
    const before = server.requests.length;
    const { code, stderr } = await convoflow(['request', localConfig(), '--sandbox']);
    expect(server.requests.length - before).toBe(0);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `--sandbox only serves the hosts of the shipped connectors, and ${new URL(server.origin).host} is not one of them`,
    );
  });
});
