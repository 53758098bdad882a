/**
 * undiciTransport talks to undici's dispatcher through its handler API and collects bodies itself, so the parts that
 * request() used to do are pinned here: content codings, 1xx responses, repeated headers, the body cap, aborts while
 * queued, and connections that stay usable.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNode, type TransportRequest, undiciTransport } from '../src/index.js';

const JSON_BODY = JSON.stringify({ greeting: 'hello', items: [1, 2, 3] });
let server: CaptureServer;
const transport = undiciTransport({ connections: 1 });
let releaseSlow: (() => void) | undefined;
/** Lets the pending /slow request answer (once). */
function release(): void {
  const answer = releaseSlow;
  releaseSlow = undefined;
  answer?.();
}

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/deflate') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'deflate' });
      response.end(deflateSync(JSON_BODY));
    } else if (path === '/gzip-then-br') {
      // Applied in order gzip, then br: undone br first.
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip, br' });
      response.end(brotliCompressSync(gzipSync(JSON_BODY)));
    } else if (path === '/unknown-coding') {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'zstd-ish' });
      response.end('as sent');
    } else if (path === '/bomb') {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      response.end(gzipSync(Buffer.alloc(1024 * 1024, 'a')));
    } else if (path === '/early-hints') {
      response.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON_BODY);
    } else if (path === '/cookies') {
      response.setHeader('set-cookie', ['a=1', 'b=2']);
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('ok');
    } else if (path === '/big') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('x'.repeat(64 * 1024));
    } else if (path === '/slow') {
      releaseSlow = () => {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('slow');
      };
    } else {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(`path ${path}`);
    }
  });
});
afterAll(async () => {
  release();
  await transport.close?.();
  await server.close();
});

function send(path: string, changes: Partial<TransportRequest> = {}) {
  return transport.send({
    method: 'GET',
    url: `${server.origin}${path}`,
    headers: {},
    signal: new AbortController().signal,
    maxResponseBytes: 10 * 1024 * 1024,
    ...changes,
  });
}

const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe('undiciTransport', () => {
  it('undoes deflate and a chain of codings in reverse order, and drops the headers that described them', async () => {
    for (const path of ['/deflate', '/gzip-then-br']) {
      const response = await send(path);
      expect(JSON.parse(text(response.body))).toEqual(JSON.parse(JSON_BODY));
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers['content-length']).toBeUndefined();
    }
    expect(server.requests.at(-1)?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('passes a body with an unknown coding on as it came, header kept', async () => {
    const response = await send('/unknown-coding');
    expect(text(response.body)).toBe('as sent');
    expect(response.headers['content-encoding']).toBe('zstd-ish');
  });

  it('stops a small gzip body that decodes past the cap (a decompression bomb) as too_large', async () => {
    await expect(send('/bomb', { maxResponseBytes: 64 * 1024 })).rejects.toMatchObject({ kind: 'too_large' });
    const result = await executeNode(
      { url: `${server.origin}/bomb`, maxResponseBytes: 64 * 1024 },
      { transport },
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'too_large' } });
  });

  it('skips a 103 Early Hints response and returns the final one', async () => {
    const response = await send('/early-hints');
    expect(response.status).toBe(200);
    expect(response.headers.link).toBeUndefined();
    expect(JSON.parse(text(response.body))).toEqual(JSON.parse(JSON_BODY));
  });

  it('joins repeated headers with a comma', async () => {
    expect((await send('/cookies')).headers['set-cookie']).toBe('a=1, b=2');
  });

  it('stops reading past the cap and leaves the pool usable', async () => {
    await expect(send('/big', { maxResponseBytes: 1024 })).rejects.toMatchObject({ kind: 'too_large' });
    expect(text((await send('/after-big')).body)).toBe('path /after-big');
  });

  it('sends the path with its query, without the fragment', async () => {
    const response = await send('/where?x=1&y=%5B2%5D#part');
    expect(text(response.body)).toBe('path /where');
    expect(server.requests.at(-1)?.url).toBe('/where?x=1&y=%5B2%5D');
  });

  it('aborts a request still queued for a connection, at once, and the connection serves the next one', async () => {
    // One connection: the slow request holds it, so the next one waits in undici's queue.
    const slow = send('/slow');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const controller = new AbortController();
    const queued = send('/queued', { signal: controller.signal });
    controller.abort();
    await expect(queued).rejects.toMatchObject({ kind: 'aborted' });
    release();
    expect(text((await slow).body)).toBe('slow');
    expect(text((await send('/next')).body)).toBe('path /next');
    expect(server.requests.some((request) => request.url === '/queued')).toBe(false);
  });

  it('reports an abort while the server is still answering as aborted, and a new connection serves the next', async () => {
    const controller = new AbortController();
    const pending = send('/slow', { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    expect(text((await send('/after-abort')).body)).toBe('path /after-abort');
  });

  it("works with a dispatcher that speaks undici's older handler API (Node's own global dispatcher)", async () => {
    // Node's fetch creates its global dispatcher on first use; on Node 20 it comes from undici 6, which calls
    // onConnect/onHeaders/onData/onComplete rather than the undici 7 handler methods.
    await fetch(`${server.origin}/warm-up`);
    const nodeDispatcher = (globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.1')];
    expect(nodeDispatcher).toBeDefined();
    const own = undiciTransport({ dispatcher: nodeDispatcher as never });
    const response = await own.send({
      method: 'GET',
      url: `${server.origin}/through-node`,
      headers: {},
      signal: new AbortController().signal,
      maxResponseBytes: 1024,
    });
    expect([response.status, text(response.body)]).toEqual([200, 'path /through-node']);
    await expect(
      own.send({
        method: 'GET',
        url: `${server.origin}/big`,
        headers: {},
        signal: new AbortController().signal,
        maxResponseBytes: 1024,
      }),
    ).rejects.toMatchObject({ kind: 'too_large' });
  });
});
