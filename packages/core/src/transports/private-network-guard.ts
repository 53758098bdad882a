import type { Transport } from './transport.js';
import { TransportFailure } from './transport.js';

type Net = typeof import('node:net');

/**
 * The private-network guard (`ExecuteOptions.network`). With `denyPrivate`, a request may only connect to public
 * addresses: the check runs on the address the connection is actually made to, after DNS, on every hop.
 */
export interface NetworkOptions {
  /** Refuse connections to loopback, private, link-local, CGNAT, multicast and reserved addresses. */
  denyPrivate?: boolean;
  /**
   * Exemptions from the guard (and nothing more: they grant no access to secrets): CIDRs (`10.1.0.0/16`,
   * `fd00::/8`), single addresses (`127.0.0.1`, `::1`) and host names (`sandbox.internal`, matched exactly).
   */
  allow?: readonly string[];
}

/**
 * Ranges no request from a platform should reach unless allowed: [address, prefix length]. IPv4-mapped IPv6
 * addresses (`::ffff:10.0.0.1`) are matched against the IPv4 ranges by node:net's BlockList itself.
 */
const PRIVATE_IPV4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];
const PRIVATE_IPV6: readonly [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible (deprecated)
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

/** A compiled {@link NetworkOptions}: what the undici transport checks each connection against. */
export interface AddressGuard {
  /** True when the host name is exempt by name. */
  allowsHost(hostname: string): boolean;
  /** True when a connection to this IP address must be refused. */
  refuses(address: string): boolean;
}

function addRange(list: InstanceType<Net['BlockList']>, net: Net, entry: string): boolean {
  const slash = entry.indexOf('/');
  const address = unbracket(slash === -1 ? entry : entry.slice(0, slash));
  const family = net.isIP(address);
  if (family === 0) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (slash === -1) {
    list.addAddress(address, type);
    return true;
  }
  const prefix = Number(entry.slice(slash + 1));
  if (!/^\d+$/.test(entry.slice(slash + 1)) || prefix > (family === 4 ? 32 : 128)) return false;
  list.addSubnet(address, prefix, type);
  return true;
}

const unbracket = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);
const HOST_NAME = /^[a-z0-9.-]+$/;

/** Compiles the guard's settings; an `allow` entry that is neither an address, a CIDR nor a host name is refused. */
export function compileGuard(options: NetworkOptions, net: Net): AddressGuard {
  const denied = new net.BlockList();
  for (const [address, prefix] of PRIVATE_IPV4) denied.addSubnet(address, prefix, 'ipv4');
  for (const [address, prefix] of PRIVATE_IPV6) denied.addSubnet(address, prefix, 'ipv6');
  const allowed = new net.BlockList();
  const names = new Set<string>();
  for (const entry of options.allow ?? []) {
    const trimmed = entry.trim().toLowerCase();
    if (addRange(allowed, net, trimmed)) continue;
    if (trimmed.includes('/') || !HOST_NAME.test(trimmed)) {
      throw new TransportFailure(
        'invalid',
        `network.allow entry "${entry}" is not an address, CIDR or host name`,
      );
    }
    names.add(trimmed.replace(/\.$/, ''));
  }
  const check = (list: InstanceType<Net['BlockList']>, address: string) => {
    const family = net.isIP(address);
    return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
  return {
    allowsHost: (hostname) => names.has(unbracket(hostname).toLowerCase().replace(/\.$/, '')),
    // An address that is not an IP at all is refused: only checked addresses are dialled.
    refuses: (address) => net.isIP(address) === 0 || (check(denied, address) && !check(allowed, address)),
  };
}

/** The identity of a policy: connections made under one policy are never reused under another. */
export function guardKey(options: NetworkOptions): string {
  return `deny-private:${[...(options.allow ?? [])]
    .map((entry) => entry.trim().toLowerCase())
    .sort()
    .join(',')}`;
}

/** The failure for a refused connection: nothing was sent. */
export function blockedConnection(host: string, address: string): TransportFailure {
  return new TransportFailure(
    'blocked',
    `connecting to ${host} (${address}) is refused by the private-network guard`,
    {
      host,
      address,
    },
  );
}

const guardingTransports = new WeakSet<Transport>();

/** Marks a transport that enforces `TransportRequest.network` at connect time (core's undici transport). */
export function markGuarding<T extends Transport>(transport: T): T {
  guardingTransports.add(transport);
  return transport;
}

/** True when the transport checks each connection's address; the guard refuses to run over any other. */
export function canGuardNetwork(transport: Transport): boolean {
  return guardingTransports.has(transport);
}
