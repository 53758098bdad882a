/**
 * Issue 11, items 12, 14 and 17: sensitive response fields are masked wherever results are shown; call lines
 * name the operation and retries are visible; connectors of the workspace are found next to installed ones.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, convoflow, postStep, root, scratch } from './support/convoflow.js';

let server: CaptureServer;
let calls = 0;
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    if (request.url === '/v1/customers/cus_slow' && calls++ === 0) {
      response.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      response.end('{"error":{"message":"slow down"}}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: 'obj_1',
        access_token: CANARY,
        nested: { api_key: CANARY, client_secret: CANARY },
      }),
    );
  });
});
afterAll(() => server.close());

describe('sensitive response fields (item 12)', () => {
  it('masks Stripe’s client_secret in the debug output and in --json of the demo', async () => {
    const args = [
      'run',
      'examples/new-order.workflow.json',
      '--sandbox',
      '--input',
      '@examples/new-order.accepted.json',
    ];
    const text = await convoflow(args);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('"client_secret": "***"');
    const json = await convoflow([...args, '--json']);
    expect(json.code).toBe(0);
    for (const output of [text.stdout, json.stdout]) expect(output).not.toMatch(/pi_\w+_secret_\w+/);
  });

  it('masks token, key and secret fields of any response in the trace, debug output and --json', async () => {
    const file = scratch('w.json', { steps: [postStep(server.origin, 'a'), { type: 'debug', step: 'a' }] });
    for (const flags of [[], ['--json'], ['--verbose']]) {
      const { code, stdout } = await convoflow(['run', file, ...flags]);
      expect(code).toBe(0);
      expect(stdout).toContain('"access_token": "***"');
      expect(stdout).not.toContain(CANARY);
    }
  });
});

describe('call output (item 14)', () => {
  it('labels the line with the operation and shows a Retry-After wait as it happens', async () => {
    const { code, stdout } = await convoflow(
      ['call', 'stripe.retrieveCustomer', '--input', '{"id":"cus_slow"}', '--base-url', server.origin],
      { env: { STRIPE_SECRET_KEY: CANARY } },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/↻ stripe\.retrieveCustomer: retrying in 1\.0 s/);
    expect(stdout).toMatch(/✓ stripe\.retrieveCustomer {3}200 .* 2 attempts/);
    expect(stdout).not.toContain(CANARY);
  });
});

describe('workspace connectors (item 17)', () => {
  it('finds a built connector under connectors/ of a workspace and calls it', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'convoflow-workspace-'));
    writeFileSync(join(workspace, 'pnpm-workspace.yaml'), "packages:\n  - 'connectors/*'\n");
    const folder = join(workspace, 'connectors', 'acme');
    mkdirSync(join(folder, 'dist'), { recursive: true });
    writeFileSync(
      join(folder, 'package.json'),
      '{"name":"@convoflow/connector-acme","version":"0.0.1","type":"module"}',
    );
    const core = pathToFileURL(join(root, 'packages', 'core', 'dist', 'index.js')).href;
    writeFileSync(
      join(folder, 'dist', 'index.js'),
      `import { defineConnector } from '${core}';
const validate = () => true;
export const connector = defineConnector({
  id: 'acme', packageName: '@convoflow/connector-acme', title: 'Acme', description: 'A scaffolded connector.',
  docsUrl: 'https://acme.example.com', baseUrl: 'https://api.acme.example.com', allowedHosts: ['api.acme.example.com'],
  auth: { key: { type: 'bearer', secret: 'ACME_API_KEY', description: 'An Acme key.' } },
  operations: { ping: { title: 'Ping', description: 'Pings.', method: 'GET', auth: 'key', path: { literal: '/ping' },
    bodyEncoding: 'json', inputSchema: { type: 'object' }, validate } },
});
`,
    );
    const listed = await convoflow(['connectors', '--json'], { cwd: workspace });
    const acme = (JSON.parse(listed.stdout) as Array<{ id: string; version: string }>).find(
      (item) => item.id === 'acme',
    );
    expect(acme?.version).toBe('0.0.1');
    const before = server.requests.length;
    const called = await convoflow(['call', 'acme.ping', '--base-url', server.origin], {
      cwd: workspace,
      env: { ACME_API_KEY: CANARY },
    });
    expect(called.code).toBe(0);
    expect(server.requests.length - before).toBe(1);
    expect(called.stdout).toMatch(/✓ acme\.ping {3}200/);
  });
});
