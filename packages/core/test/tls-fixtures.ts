/**
 * A private CA, a server certificate for 127.0.0.1 and a client certificate, made for each test run with the
 * openssl binary (nothing is committed, nothing is fetched).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TlsFixtures {
  ca: string;
  serverKey: string;
  serverCert: string;
  clientKey: string;
  clientCert: string;
}

/** Makes the fixtures in a temporary folder (removed again) and returns them as PEM text. */
export function makeTlsFixtures(): TlsFixtures {
  const dir = mkdtempSync(join(tmpdir(), 'convoflow-tls-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  try {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.crt'),
      '-subj',
      '/CN=ConvoFlow test CA',
      '-days',
      '2',
    );
    for (const [name, extension] of [
      ['server', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n'],
      ['client', 'extendedKeyUsage=clientAuth\n'],
    ] as const) {
      writeFileSync(file(`${name}.ext`), extension);
      openssl(
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        file(`${name}.key`),
        '-out',
        file(`${name}.csr`),
        '-subj',
        `/CN=${name === 'server' ? '127.0.0.1' : 'convoflow-client'}`,
      );
      openssl(
        'x509',
        '-req',
        '-in',
        file(`${name}.csr`),
        '-CA',
        file('ca.crt'),
        '-CAkey',
        file('ca.key'),
        '-set_serial',
        name === 'server' ? '2' : '3',
        '-out',
        file(`${name}.crt`),
        '-days',
        '2',
        '-extfile',
        file(`${name}.ext`),
      );
    }
    const read = (name: string) => readFileSync(file(name), 'utf8');
    return {
      ca: read('ca.crt'),
      serverKey: read('server.key'),
      serverCert: read('server.crt'),
      clientKey: read('client.key'),
      clientCert: read('client.crt'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
