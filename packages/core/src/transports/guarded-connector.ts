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
    const { hostname } = options;
    const exempt = guard.allowsHost(hostname);
    if (isIP(hostname) !== 0) {
      if (!exempt && guard.refuses(hostname)) callback(blockedConnection(hostname, hostname), null);
      else connect(options, callback);
      return;
    }
    lookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, null);
      const refused = exempt ? undefined : addresses.find(({ address }) => guard.refuses(address));
      if (refused) return callback(blockedConnection(hostname, refused.address), null);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error('no address found'), { code: 'ENOTFOUND' }), null);
      connect({ ...options, hostname: first.address }, callback);
    });
  };
}
