import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as it arrived on the socket. */
export interface CapturedRequest {
  method: string;
  /** The request target exactly as sent (path and query). */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** When the request arrived (ms since epoch), for ordering and lower-bound spacing checks. */
  arrivedAt: number;
}

/** A handler that answers a captured request; the default answers 200 `{}`. */
export type CaptureHandler = (request: CapturedRequest, response: ServerResponse) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 (random port) that records every request's bytes. */
export interface CaptureServer {
  origin: string;
  requests: CapturedRequest[];
  close(): Promise<void>;
}

/** Starts a {@link CaptureServer}. Always close it (`afterAll`/`afterEach`). */
export async function startCaptureServer(handler?: CaptureHandler): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const captured: CapturedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
        arrivedAt: Date.now(),
      };
      requests.push(captured);
      if (handler) {
        try {
          await handler(captured, res);
        } catch (error) {
          // A broken handler answers 500 instead of leaving the request hanging (and the test with it).
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`capture handler failed: ${(error as Error).message}`);
        }
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A loopback port with nothing listening on it (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
