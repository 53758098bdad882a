/**
 * Issue 12, the CLI's part of the canary check: the built `convoflow` sends both canaries, as secrets from the
 * environment or a --secrets-file, to servers on 127.0.0.1 that echo them back (headers and x-request-id, reason
 * phrases, plain and escaped JSON, text, forms, bytes, redirect Locations), through `request`, `call` and `run`,
 * in every output mode, piped and on a terminal; every encoded form is searched in stdout and stderr. Goal: 0 leaks.
 * (Refusals and errors: canary-errors.test.ts.)
 */
import { CANARIES, type CaptureServer, ECHO_ROUTES, startEchoServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOW, AUTHS, DRY_MODES, LIVE_MODES, type Probe, runProbes } from './support/canary-cli.js';
import { scratch } from './support/convoflow.js';

const AUTH_NAMES = Object.keys(AUTHS) as Array<keyof typeof AUTHS>;
const SENT = [0, 1];

let away: CaptureServer;
let server: CaptureServer;
beforeAll(async () => {
  away = await startEchoServer();
  server = await startEchoServer(away.origin);
});
afterAll(async () => {
  await server.close();
  await away.close();
});

/** A Custom API config that sends the canary to one echo route. */
const nodeConfig = (route: string, auth: keyof typeof AUTHS) => ({
  url: `${server.origin}/${route}`,
  auth: AUTHS[auth],
  retry: { limit: 0 },
});

/**
 * `request` and `call` send one request per process, and the machine is shared: each route is probed in one live
 * mode per canary (two modes in all), each dry mode once per canary. `run` sends to every route in every mode.
 */
const liveMode = (route: string, canary: string) =>
  LIVE_MODES[(ECHO_ROUTES.indexOf(route as never) + CANARIES.indexOf(canary as never)) % LIVE_MODES.length] ??
  [];
const dryMode = (auth: string, canary: string) =>
  DRY_MODES[(AUTH_NAMES.indexOf(auth as never) + CANARIES.indexOf(canary as never)) % DRY_MODES.length] ?? [];

/** Asserts the probes sent what they should and printed no canary in any form. */
async function expectNoLeaks(probes: Probe[], sent: number): Promise<void> {
  const before = server.requests.length;
  const { leaks, unexpected } = await runProbes(probes, CANARIES);
  expect(unexpected).toEqual([]);
  // The probe only counts when the server received the canary and answered.
  expect(server.requests.length - before).toBeGreaterThanOrEqual(sent * CANARIES.length);
  expect(leaks).toEqual([]);
}

describe('convoflow request', () => {
  it('prints no canary in any mode, whatever the server echoes', async () => {
    const probes: Probe[] = ECHO_ROUTES.map((route, index) => {
      const auth = AUTH_NAMES[index % AUTH_NAMES.length] as keyof typeof AUTHS;
      const file = scratch('node.json', nodeConfig(route, auth));
      return {
        label: `request ${route} ${auth}`,
        args: (canary) => ['request', file, ...ALLOW, ...liveMode(route, canary)],
        codes: SENT,
      };
    });
    await expectNoLeaks(probes, probes.length);
  }, 600_000);

  it('prints no canary in a dry run or as curl, for every kind of auth', async () => {
    const probes: Probe[] = AUTH_NAMES.map((auth) => {
      const file = scratch('node.json', {
        ...nodeConfig('header', auth),
        method: 'POST',
        headers: { 'X-Copy': 'copy {{secrets.KEY}}' },
        query: { copy: '{{secrets.KEY}}' },
        body: { copy: '{{secrets.KEY}}', user: '{{secrets.USER}}' },
      });
      return {
        label: `request ${auth}`,
        args: (canary: string) => ['request', file, ...ALLOW, ...dryMode(auth, canary)],
        codes: [0],
      };
    });
    await expectNoLeaks(probes, 0);
  }, 600_000);
});

describe('convoflow call', () => {
  it('prints no canary in any mode, whatever the server echoes', async () => {
    const probes: Probe[] = ECHO_ROUTES.map((route) => ({
      label: `call ${route}`,
      args: (canary) => [
        'call',
        'stripe.retrieveCustomer',
        '--input',
        '{"id":"cus_1"}',
        '--base-url',
        `${server.origin}/${route}`,
        ...liveMode(route, canary),
      ],
      codes: SENT,
    }));
    await expectNoLeaks(probes, probes.length);
  }, 600_000);

  it('prints no canary in a dry run or as curl', async () => {
    const probes: Probe[] = DRY_MODES.map((mode) => ({
      label: `call ${mode.join(' ')}`,
      args: () => [
        'call',
        'stripe.createCustomer',
        '--input',
        '{"name":"n"}',
        '--base-url',
        `${server.origin}/json`,
        ...mode,
      ],
      codes: [0],
    }));
    await expectNoLeaks(probes, 0);
  }, 600_000);
});

/**
 * A workflow that sends the canary with every auth to every echo route (a failure does not stop it), prints each
 * step with a debug step, tests one in a condition, and hands a request id and a whole step to later steps.
 */
function probeWorkflow(): string {
  const steps: unknown[] = [];
  for (const auth of AUTH_NAMES)
    for (const route of ECHO_ROUTES) {
      const id = `${route.replace(/-/g, '_')}_${auth}`;
      steps.push({ id, type: 'customApi', config: nodeConfig(route, auth), continueOnError: true });
      steps.push({ type: 'debug', step: id });
    }
  const later = (id: string) => ({
    id,
    type: 'customApi',
    config: {
      url: `${server.origin}/capture`,
      method: 'POST',
      body: { id: '{{steps.header_bearer.requestId}}', step: '{{steps.json_basic}}' },
    },
  });
  steps.push(
    { type: 'condition', if: { ok: 'header_bearer' }, then: [later('then')], else: [later('otherwise')] },
    { type: 'debug', label: 'echoed', value: { id: '{{steps.header_apikey_header.requestId}}' } },
  );
  return scratch('canary.workflow.json', { name: 'canary', steps });
}

describe('convoflow run', () => {
  it('prints no canary in any mode, piped or on a terminal, whatever the servers echo', async () => {
    const file = probeWorkflow();
    const live = [
      ...LIVE_MODES.map((mode) => ({ mode, terminal: 'piped' as const })),
      { mode: [], terminal: 'tty' as const },
      { mode: ['--verbose'], terminal: 'tty' as const },
    ];
    const probes: Probe[] = [
      ...live.map(({ mode, terminal }) => ({
        label: 'run',
        args: () => ['run', file, ...ALLOW, ...mode],
        codes: SENT,
        terminal,
      })),
      ...DRY_MODES.map((mode) => ({
        label: 'run',
        args: () => ['run', file, ...ALLOW, ...mode],
        codes: [0],
      })),
    ];
    await expectNoLeaks(probes, live.length * AUTH_NAMES.length * ECHO_ROUTES.length);
  }, 600_000);
});
