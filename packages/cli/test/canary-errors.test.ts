/**
 * Issue 12, the CLI's part of the canary check, errors: refused configs (credentials in the URL, a host outside
 * allowedHosts, a secret that is not a URL), JSON parse errors of files and input that hold the canary (item 7),
 * network errors, and bodies the parser refuses (invalid JSON, too deep). Both canaries, stdout and stderr, every
 * encoded form, in the modes each error can be reached in. Goal: 0 leaks.
 */
import {
  CANARIES,
  type CaptureServer,
  closedPort,
  startCaptureServer,
  startEchoServer,
} from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOW, AUTHS, type Probe, runProbes } from './support/canary-cli.js';
import { scratch } from './support/convoflow.js';

let echo: CaptureServer;
let parser: CaptureServer;
let closed: number;
beforeAll(async () => {
  echo = await startEchoServer();
  // Answers with the credential as a body the parser must refuse: not JSON, or JSON 5,000 levels deep.
  parser = await startCaptureServer((request, response) => {
    const token = request.headers.authorization ?? '';
    response.writeHead(200, { 'content-type': 'application/json' });
    if (request.url.startsWith('/invalid')) return void response.end(token);
    response.end(`${'['.repeat(5000)}${JSON.stringify(token)}${']'.repeat(5000)}`);
  });
  closed = await closedPort();
});
afterAll(async () => {
  await echo.close();
  await parser.close();
});

const MODES = [[], ['--json'], ['--verbose']];
/** One probe per mode for a `request` config. */
const requestProbes = (label: string, config: (canary: string) => object, codes: number[]): Probe[] =>
  MODES.map((mode) => ({
    label,
    args: (canary) => ['request', scratch('node.json', config(canary)), ...ALLOW, ...mode],
    codes,
  }));

describe('refused configs print no canary', () => {
  it('credentials in the URL, a host outside allowedHosts, a secret that is not a URL (exit 2)', async () => {
    const before = echo.requests.length;
    const probes: Probe[] = [
      ...requestProbes(
        'request with credentials in its URL',
        (canary) => ({
          url: `http://user:${encodeURIComponent(canary)}@${new URL(echo.origin).host}/header`,
        }),
        [2],
      ),
      ...[['--dry-run'], ['--curl', '--json']].map((mode) => ({
        label: 'request with credentials in its URL',
        args: (canary: string) => [
          'request',
          scratch('node.json', { url: `http://user:${encodeURIComponent(canary)}@127.0.0.1:1/` }),
          ...mode,
        ],
        codes: [2],
      })),
      ...requestProbes(
        'request to a host outside allowedHosts',
        () => ({ url: `${echo.origin}/header`, auth: AUTHS.bearer, allowedHosts: ['http://127.0.0.1:1'] }),
        [2],
      ),
      ...requestProbes('request whose URL is a secret', () => ({ url: '{{secrets.KEY}}' }), [2]),
    ];
    const { leaks, unexpected } = await runProbes(probes, CANARIES);
    expect(unexpected).toEqual([]);
    expect(echo.requests.length - before).toBe(0);
    expect(leaks).toEqual([]);
  }, 600_000);
});

describe('JSON parse errors print no canary (item 7)', () => {
  it('in a config file, a workflow file, --input and stdin (exit 2)', async () => {
    const broken = (canary: string) =>
      `{\n  "url": "http://127.0.0.1:1/",\n  "token": ${JSON.stringify(canary)},\n}`;
    const probes: Probe[] = MODES.flatMap((mode) => [
      {
        label: 'request file',
        args: (canary) => ['request', scratch('node.json', broken(canary)), ...mode],
        codes: [2],
      },
      {
        label: 'run file',
        args: (canary) => ['run', scratch('w.json', broken(canary)), ...mode],
        codes: [2],
      },
      {
        label: 'call --input',
        args: (canary) => [
          'call',
          'stripe.createCustomer',
          '--input',
          `{"name":${JSON.stringify(canary)} x}`,
          ...mode,
        ],
        codes: [2],
      },
      {
        label: 'run --input -',
        args: () => ['run', scratch('w.json', { steps: [] }), '--input', '-', ...mode],
        stdin: (canary) => `{"token": ${JSON.stringify(canary)}`,
        codes: [2],
      },
    ]);
    const { leaks, unexpected } = await runProbes(probes, CANARIES);
    expect(unexpected).toEqual([]);
    expect(leaks).toEqual([]);
  }, 600_000);
});

describe('failures after sending print no canary', () => {
  it('a network error, a body that is not JSON, a body too deep to parse (exit 1)', async () => {
    const before = parser.requests.length;
    const probes: Probe[] = [
      ...requestProbes(
        'request to a closed port',
        () => ({ url: `http://127.0.0.1:${closed}/x`, auth: AUTHS.apikey_query, retry: { limit: 0 } }),
        [1],
      ),
      ...requestProbes(
        'request answered by invalid JSON',
        () => ({ url: `${parser.origin}/invalid`, auth: AUTHS.bearer }),
        [1],
      ),
      ...requestProbes(
        'request answered by deep JSON',
        () => ({ url: `${parser.origin}/deep`, auth: AUTHS.bearer }),
        [1],
      ),
    ];
    const { leaks, unexpected } = await runProbes(probes, CANARIES);
    expect(unexpected).toEqual([]);
    expect(parser.requests.length - before).toBeGreaterThanOrEqual(2 * MODES.length * CANARIES.length);
    expect(leaks).toEqual([]);
  }, 600_000);
});
