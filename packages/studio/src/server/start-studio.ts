import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonShapeProblem, type Workflow } from '@convoflow/workflow';
import type { NodeChoice } from '../protocol.js';
import { catalog } from './catalog.js';
import { cookieName, refuse } from './guard.js';
import { objectField, RequestProblem, readJson, SECURITY_HEADERS, sendJson } from './http-utils.js';
import { previewNode, sendNode, targetOf } from './node-request.js';
import type { StudioOptions } from './options.js';
import { serveStatic, webRoot } from './static-files.js';
import { type WorkflowFiles, workflowFiles } from './workflow-files.js';
import { WorkflowRuns } from './workflow-runs.js';

/** A running studio. */
export interface RunningStudio {
  /** `http://127.0.0.1:PORT/?token=…`: the URL to open (the token is new on every start). */
  url: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** Stops the server (and ends open event streams). */
  close(): Promise<void>;
}

function nodeChoice(value: unknown): NodeChoice {
  const body = objectField(value, 'the body');
  if (body.kind === 'customApi') return { kind: 'customApi', config: objectField(body.config, 'config') };
  if (body.kind === 'operation' && typeof body.connector === 'string' && typeof body.operation === 'string')
    return {
      kind: 'operation',
      connector: body.connector,
      operation: body.operation,
      input: objectField(body.input ?? {}, 'input'),
    };
  throw new RequestProblem(
    400,
    'kind must be "customApi" (with config) or "operation" (with connector, operation, input)',
  );
}

async function api(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  options: StudioOptions,
  files: WorkflowFiles,
  runs: WorkflowRuns,
): Promise<void> {
  const method = request.method ?? 'GET';
  if (method === 'GET' && path === '/api/catalog') return sendJson(response, 200, catalog(options, files));
  const events = /^\/api\/runs\/([\w-]+)\/events$/.exec(path);
  if (method === 'GET' && events?.[1]) {
    if (!runs.watch(events[1], response)) sendJson(response, 404, { error: 'no such run' });
    return;
  }
  if (method !== 'POST') throw new RequestProblem(404, `no ${method} ${path}`);
  const body = objectField(await readJson(request), 'the body');
  switch (path) {
    case '/api/preview':
      return sendJson(
        response,
        200,
        await previewNode(nodeChoice(body), targetOf(body.target, options), options),
      );
    case '/api/send':
      return sendJson(
        response,
        200,
        await sendNode(nodeChoice(body), targetOf(body.target, options), options),
      );
    case '/api/workflow/open':
      if (typeof body.path !== 'string') throw new RequestProblem(400, 'path must be a string');
      return sendJson(response, 200, files.open(body.path));
    case '/api/workflow/run': {
      const workflow =
        typeof body.path === 'string'
          ? files.open(body.path).workflow
          : objectField(body.workflow, 'workflow');
      for (const [name, value] of [
        ['workflow', workflow],
        ['input', body.input],
      ] as const) {
        const problem = jsonShapeProblem(value);
        if (problem) throw new RequestProblem(400, `the ${name} ${problem.message}`);
      }
      return sendJson(response, 200, {
        runId: runs.start(workflow as unknown as Workflow, body.input ?? {}),
      });
    }
    default:
      throw new RequestProblem(404, `no ${method} ${path}`);
  }
}

/**
 * Starts the studio on 127.0.0.1 (never another interface): the built web app and its JSON API, behind a random
 * per-start token (the first load sets it as an HttpOnly, SameSite=Strict cookie and drops it from the address),
 * Host and Origin checks, and no CORS. The browser gets schemas, references and redacted requests and results;
 * secret values stay in this process.
 *
 * @example
 * const studio = await startStudio({ connectors, sandbox });
 * console.log(studio.url); // http://127.0.0.1:40123/?token=…
 * await studio.close();
 */
export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const token = randomBytes(24).toString('base64url');
  const files = workflowFiles(options.cwd ?? process.cwd());
  const runs = new WorkflowRuns(options);
  const root = webRoot();
  let port = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const refusal = refuse(request, url, port, token);
    if (refusal) return sendJson(response, refusal.status, { error: refusal.message });
    if (url.searchParams.has('token')) {
      // First load: keep the token in a cookie the page's scripts cannot read, and take it out of the address.
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        location: '/',
        'set-cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return response.end();
    }
    const handle = url.pathname.startsWith('/api/')
      ? api(request, response, url.pathname, options, files, runs)
      : serveStatic(root, url.pathname, response).then((served) => {
          if (!served) sendJson(response, 404, { error: `no ${url.pathname}` });
        });
    handle.catch((error: unknown) => {
      if (response.headersSent) return response.end();
      const status = error instanceof RequestProblem ? error.status : 500;
      sendJson(response, status, {
        error: error instanceof RequestProblem ? error.message : 'the studio failed on this request (a bug)',
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        runs.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
