import type { LookupAddress } from 'node:dns';
import type { buildConnector } from 'undici';
import { type AddressGuard, blockedConnection } from './private-network-guard.js';

/** Resolves a host name to every address it has (the shape of `dns.lookup` with `{ all: true }`). */
export type LookupAll = (
  hostname: string,
  options: { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * Wraps an undici connector so that every connection is checked by the private-network guard on the address it is
 * made to: an IP literal as it is, a name after resolving it here. The name's addresses are all checked (a DNS answer
 * mixing public and private addresses is refused) and the connection is made to the checked address, so a second DNS
 * answer (rebinding) never comes into it. A name exempt by `allow` is resolved here too, only not checked. TLS still verifies the certificate for the name (undici derives the server
 * name from `host`, which is left as it was).
 */
export function guardedConnector(
  guard: AddressGuard,
  connect: buildConnector.connector,
  lookup: LookupAll,
  isIP: (input: string) => number,
): buildConnector.connector {
  return (options, callback) => {
    checkHost(guard, options.hostname, lookup, isIP, (error, address) => {
      if (error) return callback(error, null);
      connect(address === options.hostname ? options : { ...options, hostname: address }, callback);
    });
  };
}

/**
 * Checks a host by the guard: an IP literal as it is, a name by every address it resolves to (a name exempt by
 * `allow` is resolved, not checked). Calls back with the address to connect to, or with the `blocked` failure or
 * the lookup's error.
 */
export function checkHost(
  guard: AddressGuard,
  hostname: string,
  lookup: LookupAll,
  isIP: (input: string) => number,
  done: (error: Error | null, address: string) => void,
): void {
  const exempt = guard.allowsHost(hostname);
  if (isIP(hostname) !== 0) {
    if (!exempt && guard.refuses(hostname)) done(blockedConnection(hostname, hostname), hostname);
    else done(null, hostname);
    return;
  }
  lookup(hostname, { all: true }, (error, addresses) => {
    if (error) return done(error, '');
    const refused = exempt ? undefined : addresses.find(({ address }) => guard.refuses(address));
    if (refused) return done(blockedConnection(hostname, refused.address), refused.address);
    const first = addresses[0];
    if (!first) return done(Object.assign(new Error('no address found'), { code: 'ENOTFOUND' }), '');
    done(null, first.address);
  });
}
