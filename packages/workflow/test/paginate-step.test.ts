/** A connector step's `paginate`: items collected across pages, capped, readable by later steps, journaled. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConnector, type InputValidator } from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fileRunStore, PAGINATE_LIMITS, planWorkflow, runWorkflow, type Workflow } from '../src/index.js';

/** Pages 0…4 of two items each (`next` empty on the last); `?fail=N` answers page N with a 400. */
let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname !== '/items') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    const page = Number(url.searchParams.get('cursor') ?? 0);
    if (url.searchParams.get('fail') === String(page)) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'bad page' } }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', 'x-page': String(page) });
    response.end(
      JSON.stringify({
        data: [{ id: `i${page * 2}` }, { id: `i${page * 2 + 1}` }],
        next: page < 4 ? String(page + 1) : '',
      }),
    );
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const anything = Object.assign(() => true, { errors: null }) as unknown as InputValidator;
const pager = () =>
  defineConnector({
    id: 'pager',
    packageName: '@convoflow/connector-pager',
    title: 'Pager',
    description: 'A test API with a cursor-paged list.',
    docsUrl: 'https://pager.example.com',
    baseUrl: server.origin,
    allowedHosts: [server.origin],
    auth: {},
    errors: { message: ['error.message'] },
    operations: {
      list: {
        title: 'List',
        description: 'Lists items.',
        method: 'GET',
        auth: '',
        path: { literal: '/items' },
        query: { expr: { path: [] } },
        bodyEncoding: 'json',
        pagination: { style: 'cursor', items: 'data', next: 'next', param: 'cursor' },
        inputSchema: { type: 'object' },
        validate: anything,
      },
      one: {
        title: 'One',
        description: 'One page.',
        method: 'GET',
        auth: '',
        path: { literal: '/one' },
        bodyEncoding: 'json',
        inputSchema: { type: 'object' },
        validate: anything,
      },
    },
  } as never);

const run = (steps: unknown[], extra: Record<string, unknown> = {}) =>
  runWorkflow({ steps } as Workflow, { connectors: { pager: pager() }, ...extra });

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}` }));

describe('a connector step with paginate', () => {
  it('collects every page’s items, which later steps and conditions read', async () => {
    const result = await run([
      { type: 'connector', id: 'list', operation: 'pager.list', input: {}, paginate: {} },
      {
        type: 'condition',
        if: { equals: ['{{steps.list.pages}}', 5] },
        then: [
          {
            type: 'customApi',
            id: 'report',
            config: {
              url: `${server.origin}/report`,
              method: 'POST',
              body: {
                items: '{{steps.list.items}}',
                capped: '{{steps.list.capped}}',
                last: '{{steps.list.body.next}}',
              },
              allowedHosts: [server.origin],
            },
          },
        ],
      },
    ]);
    expect(result.ok).toBe(true);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/items',
      '/items?cursor=1',
      '/items?cursor=2',
      '/items?cursor=3',
      '/items?cursor=4',
      '/report',
    ]);
    expect(JSON.parse(server.requests[5]?.body.toString() ?? '')).toEqual({
      items: ids(10),
      capped: false,
      last: '',
    });
    expect(result.steps[0]).toMatchObject({
      id: 'list',
      ok: true,
      attempts: 5,
      status: 200,
      pagination: { pages: 5, items: 10, capped: false },
    });
  });

  it('stops at maxItems or maxPages, and says it was capped', async () => {
    const byItems = await run([
      { type: 'connector', id: 'list', operation: 'pager.list', input: {}, paginate: { maxItems: 3 } },
    ]);
    expect(byItems.steps[0]?.pagination).toEqual({ pages: 2, items: 3, capped: true });
    expect(server.requests).toHaveLength(2);
    server.requests.length = 0;
    const byPages = await run([
      { type: 'connector', id: 'list', operation: 'pager.list', input: {}, paginate: { maxPages: 1 } },
    ]);
    expect(byPages.steps[0]?.pagination).toEqual({ pages: 1, items: 2, capped: true });
    expect(server.requests).toHaveLength(1);
  });

  it('journals the collected items with the step', async () => {
    const store = fileRunStore(mkdtempSync(join(tmpdir(), 'convoflow-paginate-')));
    const result = await run(
      [{ type: 'connector', id: 'list', operation: 'pager.list', input: {}, paginate: { maxPages: 2 } }],
      { journal: store, runId: 'paged-run' },
    );
    expect(result.ok).toBe(true);
    const end = (await store.read('paged-run'))?.find((entry) => entry.type === 'step-end');
    expect(end).toMatchObject({
      record: { pagination: { pages: 2, items: 4, capped: true } },
      view: { items: ids(4), pages: 2, capped: true, ok: true },
    });
  });

  it('hands the journaled items to a resumed run without fetching the pages again', async () => {
    const store = fileRunStore(mkdtempSync(join(tmpdir(), 'convoflow-paginate-')));
    const steps = [
      { type: 'connector', id: 'list', operation: 'pager.list', input: {}, paginate: { maxPages: 2 } },
      { type: 'delay', ms: 50 },
      {
        type: 'customApi',
        id: 'after',
        config: {
          url: `${server.origin}/after`,
          method: 'POST',
          body: { items: '{{steps.list.items}}' },
          allowedHosts: [server.origin],
        },
      },
    ];
    const controller = new AbortController();
    const stopped = await run(steps, {
      journal: store,
      runId: 'paged-resume',
      signal: controller.signal,
      onEvent: (event: { type: string; step?: { type: string } }) => {
        if (event.type === 'step-start' && event.step?.type === 'delay') controller.abort();
      },
    });
    expect(stopped.error?.kind).toBe('aborted');
    expect(server.requests).toHaveLength(2);
    const resumed = await run(steps, { journal: store, runId: 'paged-resume', resume: true });
    expect(resumed.ok).toBe(true);
    expect(server.requests.map((request) => request.url)).toEqual(['/items', '/items?cursor=1', '/after']);
    expect(JSON.parse(server.requests[2]?.body.toString() ?? '')).toEqual({ items: ids(4) });
  });

  it('fails the step when a page fails, keeping the items collected before it', async () => {
    const result = await run([
      {
        type: 'connector',
        id: 'list',
        operation: 'pager.list',
        input: { fail: '2' },
        paginate: {},
        continueOnError: true,
      },
      {
        type: 'customApi',
        id: 'after',
        config: {
          url: `${server.origin}/after`,
          method: 'POST',
          body: { items: '{{steps.list.items}}' },
          allowedHosts: [server.origin],
        },
      },
    ]);
    expect(result.ok).toBe(true);
    expect(result.steps[0]).toMatchObject({
      ok: false,
      handled: true,
      status: 400,
      error: { kind: 'http', message: 'bad page' },
      pagination: { pages: 2, items: 4, capped: false },
    });
    expect(JSON.parse(server.requests.at(-1)?.body.toString() ?? '')).toEqual({
      items: [{ id: 'i0' }, { id: 'i1' }, { id: 'i2' }, { id: 'i3' }],
    });
  });

  it('is refused before anything is sent on a one-page operation or above the caps', async () => {
    const one = await run([{ type: 'connector', id: 'x', operation: 'pager.one', input: {}, paginate: {} }]);
    expect(one.error?.issues).toEqual([
      {
        pointer: '/steps/0/paginate',
        message: 'pager.one returns one page (its manifest declares no pagination): remove paginate',
      },
    ]);
    const over = await run([
      {
        type: 'connector',
        id: 'x',
        operation: 'pager.list',
        input: {},
        paginate: { maxPages: PAGINATE_LIMITS.maxPages + 1, maxItems: 0 },
      },
    ]);
    expect(over.error?.issues).toEqual([
      { pointer: '/steps/0/paginate/maxPages', message: 'must be <= 100' },
      { pointer: '/steps/0/paginate/maxItems', message: 'must be >= 1' },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('dry-runs as the first page’s request, with the limits that apply', async () => {
    const plan = await planWorkflow(
      {
        steps: [
          {
            type: 'connector',
            id: 'list',
            operation: 'pager.list',
            input: { q: 'a' },
            paginate: { maxItems: 50 },
          },
        ],
      } as Workflow,
      { connectors: { pager: pager() } },
    );
    expect(plan.steps[0]).toMatchObject({
      paginate: { maxPages: PAGINATE_LIMITS.defaultMaxPages, maxItems: 50 },
      request: { method: 'GET', url: `${server.origin}/items?q=a` },
    });
    expect(server.requests).toHaveLength(0);
  });
});
