/**
 * A local HTTP proxy for the proxy tests: forwards absolute-form requests and tunnels CONNECT, to 127.0.0.1 only,
 * and records what it was asked. `aliases` are test names it connects to 127.0.0.1 instead (it never resolves a
 * name, so nothing leaves the machine).
 */
import { createServer, request as httpRequest } from 'node:http';
import { type AddressInfo, connect } from 'node:net';

export interface ProxyServer {
  origin: string;
  port: number;
  /** Each request: method, target as sent (absolute URL or host:port) and its Proxy-Authorization. */
  seen: Array<{ method: string; target: string; auth: string | undefined }>;
  close(): Promise<void>;
}

export async function startProxyServer(aliases: readonly string[] = []): Promise<ProxyServer> {
  const local = (host: string) => (host === '127.0.0.1' || aliases.includes(host) ? '127.0.0.1' : undefined);
  const seen: ProxyServer['seen'] = [];
  const tunnels = new Set<{ destroy(): void }>();
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', target: req.url ?? '', auth: req.headers['proxy-authorization'] });
    const target = new URL(req.url ?? '');
    const address = local(target.hostname);
    if (!address) return void res.writeHead(403).end();
    target.hostname = address;
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket, head) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '', auth: req.headers['proxy-authorization'] });
    const [host = '', port] = (req.url ?? '').split(':');
    const address = local(host);
    if (!address) return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    tunnels.add(socket);
    const upstream = connect(Number(port), address, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    tunnels.add(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const tunnel of tunnels) tunnel.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
