/**
 * The canary probe over every output of core and the workflow runner: both canaries, sent by every kind of auth to a
 * server that echoes them back in every place a response has, searched in every encoded form in every channel.
 * Goal: 0 leaks. (The CLI's stdout and stderr are probed by the CLI's own test, with the same helpers.)
 */
import { inspect } from 'node:util';
import {
  type CustomApiNodeConfig,
  executeNode,
  executeNodeOrThrow,
  logEvents,
  type NodeEvent,
  prepareRequest,
  redactRequest,
  toCurl,
  undiciTransport,
} from '@convoflow/core';
import {
  CANARIES,
  CANARY_USER,
  type CaptureServer,
  ECHO_ROUTES,
  findLeaks,
  scanText,
  startEchoServer,
} from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkflow, type WorkflowEvent } from '../src/index.js';

const AUTHS: Record<string, CustomApiNodeConfig['auth']> = {
  bearer: { type: 'bearer', token: '{{secrets.KEY}}' },
  basic: { type: 'basic', username: '{{secrets.USER}}', password: '{{secrets.KEY}}' },
  'api key header': { type: 'apiKey', in: 'header', name: 'X-Api-Key', value: '{{secrets.KEY}}' },
  'api key query': { type: 'apiKey', in: 'query', name: 'key', value: '{{secrets.KEY}}' },
};

const transport = undiciTransport();
let away: CaptureServer;
let server: CaptureServer;
beforeAll(async () => {
  away = await startEchoServer();
  server = await startEchoServer(away.origin);
});
afterAll(async () => {
  await server.close();
  await away.close();
  await transport.close?.();
});

const deep = (value: unknown) => inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true });

/** Every output of one executeNode call (and its throwing twin), by channel name. */
async function nodeChannels(config: CustomApiNodeConfig, secrets: Record<string, string>) {
  const events: NodeEvent[] = [];
  const lines: string[] = [];
  const logger = logEvents({ info: (line) => lines.push(line), warn: (line) => lines.push(line) });
  const options = {
    transport,
    secrets,
    onEvent: (event: NodeEvent) => {
      events.push(event);
      logger(event);
    },
  };
  const prepared = await prepareRequest(config, { secrets });
  const result = await executeNode(config, options);
  const thrown = await executeNodeOrThrow(config, options).then(
    () => undefined,
    (error: Error) => error,
  );
  return {
    result,
    channels: {
      'prepared request (JSON)': JSON.stringify(prepared),
      'prepared request (inspect)': deep(prepared),
      'redacted request': scanText(redactRequest(prepared)),
      curl: toCurl(prepared),
      'result (JSON)': scanText(result),
      'result (inspect)': deep(result),
      'error message': thrown?.message ?? '',
      'error stack': thrown?.stack ?? '',
      'error cause': deep((thrown as { cause?: unknown } | undefined)?.cause),
      'error toJSON': JSON.stringify(thrown ?? null),
      'error (inspect)': deep(thrown),
      events: scanText(events),
      logger: lines.join('\n'),
    },
  };
}

/** Every output of a workflow that probes one route and hands the whole step to a later one. */
async function workflowChannels(config: CustomApiNodeConfig, secrets: Record<string, string>) {
  const events: WorkflowEvent[] = [];
  const before = server.requests.length;
  const result = await runWorkflow(
    {
      name: 'canary',
      steps: [
        { id: 'probe', type: 'customApi', config: config as never, continueOnError: true },
        {
          id: 'after',
          type: 'customApi',
          config: { url: `${server.origin}/capture`, method: 'POST', body: { seen: '{{steps.probe}}' } },
        },
        { type: 'debug', step: 'probe' },
      ],
    } as never,
    { transport, secrets, onEvent: (event) => events.push(event) },
  );
  const later = server.requests.slice(before).filter((request) => request.url === '/capture');
  return {
    'workflow result (JSON)': scanText(result),
    'workflow result (inspect)': deep(result),
    'workflow events': scanText(events),
    "later step's input": later.map((request) => request.body.toString('latin1')).join('\n') || 'missing',
  };
}

describe('the canary probe', () => {
  it('finds no canary in any output, in any form', async () => {
    const leaks: string[] = [];
    let probes = 0;
    for (const canary of CANARIES) {
      const secrets = { KEY: canary, USER: CANARY_USER };
      for (const [authName, auth] of Object.entries(AUTHS)) {
        for (const route of ECHO_ROUTES) {
          const config: CustomApiNodeConfig = {
            url: `${server.origin}/${route}`,
            auth,
            retry: { limit: 0 },
          } as CustomApiNodeConfig;
          const { result, channels } = await nodeChannels(config, secrets);
          // The probe only counts when the server received the canary and answered.
          expect(result.attempts, `${route} ${authName}`).toBeGreaterThan(0);
          const all = { ...channels, ...(await workflowChannels(config, secrets)) };
          for (const [channel, output] of Object.entries(all)) {
            probes++;
            for (const form of findLeaks(output, canary))
              leaks.push(`${canary} | ${authName} | ${route} | ${channel} | ${form}`);
          }
        }
      }
    }
    expect(probes).toBe(CANARIES.length * Object.keys(AUTHS).length * ECHO_ROUTES.length * 17);
    expect(leaks).toEqual([]);
  }, 60_000);

  it('sees the canary when it is there (the scan is not blind)', () => {
    for (const canary of CANARIES) {
      expect(findLeaks(`x${Buffer.from(`ab${canary}`).toString('base64')}`, canary)).toContain(
        'base64 at alignment 2',
      );
      expect(findLeaks(encodeURIComponent(canary), canary)).toContain('percent-encoded');
    }
  });
});
