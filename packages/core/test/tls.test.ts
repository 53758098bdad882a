/**
 * A private CA and client certificates (mTLS) through undiciTransport's connect option, against a local https server
 * with certificates made for the run; also with the private-network guard on.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNode, type Transport } from '../src/index.js';
import { madeTransports } from './made-transports.js';
import { makeTlsFixtures } from './tls-fixtures.js';

const tls = makeTlsFixtures();
let server: Server;
let origin: string;
const { make, closeAll } = madeTransports();

beforeAll(async () => {
  // Asks for a client certificate, answers with the name in it (or 401 without one).
  server = createServer(
    { key: tls.serverKey, cert: tls.serverCert, ca: tls.ca, requestCert: true, rejectUnauthorized: false },
    (request, response) => {
      const socket = request.socket as TLSSocket;
      const client = socket.authorized ? socket.getPeerCertificate().subject?.CN : undefined;
      response.writeHead(client ? 200 : 401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ client: client ?? null }));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await closeAll();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const call = (transport: Transport, network?: { denyPrivate: true; allow: string[] }) =>
  executeNode({ url: `${origin}/`, retry: { limit: 0 } }, { transport, ...(network && { network }) });

describe('TLS options', () => {
  it('refuses a certificate from an unknown CA, and accepts it with the CA given in connect', async () => {
    expect(await call(make({}))).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(await call(make({ connect: { ca: tls.ca } }))).toMatchObject({ ok: false, status: 401 });
  });

  it('presents a client certificate (mTLS)', async () => {
    const transport = make({ connect: { ca: tls.ca, cert: tls.clientCert, key: tls.clientKey } });
    expect(await call(transport)).toMatchObject({ ok: true, body: { client: 'convoflow-client' } });
  });

  it('keeps the CA and the client certificate with the private-network guard on', async () => {
    const transport = make({ connect: { ca: tls.ca, cert: tls.clientCert, key: tls.clientKey } });
    expect(await call(transport, { denyPrivate: true, allow: ['127.0.0.1'] })).toMatchObject({
      ok: true,
      body: { client: 'convoflow-client' },
    });
  });
});
