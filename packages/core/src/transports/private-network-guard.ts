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
/**
 * The IPv6 ranges of IANA's special-purpose registry that are not globally reachable, and a few that are but that no
 * API lives in. NAT64 (`64:ff9b::/96`) and 6to4 (`2002::/16`) addresses are public transition addresses that carry
 * an IPv4 address inside: they are judged by that address (see {@link embeddedIPv4}).
 */
const PRIVATE_IPV6: readonly [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible (deprecated)
  ['::ffff:0:0:0', 96], // IPv4-translated (SIIT, RFC 2765)
  ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215)
  ['100::', 64], // discard-only
  ['100:0:0:1::', 64], // dummy prefix (RFC 9780)
  // IETF protocol assignments: Teredo (2001::/32, a tunnel whose client address is obfuscated inside), benchmarking
  // (2001:2::/48), ORCHID and the few anycast services; none is an API's address.
  ['2001::', 23],
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation (RFC 9637)
  ['5f00::', 16], // SRv6 segment identifiers (RFC 9602)
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

/**
 * The eight 16-bit groups of an IPv6 address (`::` expanded, a dotted IPv4 tail turned into two groups), or undefined
 * for anything else.
 */
function ipv6Groups(address: string, net: Net): number[] | undefined {
  if (!net.isIPv6(address)) return undefined;
  // Hexadecimal digits are read in any case.
  let text = address;
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  // Stryker disable next-line StringLiteral: split always gives a first element
  const [head = '', tail] = text.split('::');
  const parse = (part: string) =>
    // Stryker disable next-line ConditionalExpression,StringLiteral,ArrayDeclaration: an empty part read as [NaN] (or one stray element) takes the place of one of the zeros filled in next to it, and such a group counts as 0 in the bit operations below and matches no prefix
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  // A valid IPv6 address has 8 groups once `::` is filled in.
  return [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
}

const dottedQuad = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/**
 * The IPv4 address an IPv6 transition address stands for: NAT64's well-known prefix `64:ff9b::/96` (RFC 6052; the
 * last 32 bits) and 6to4's `2002::/16` (RFC 3056; the 32 bits after the prefix). A NAT64 gateway or 6to4 relay
 * connects to that IPv4 address, so it is the one the guard must judge.
 */
export function embeddedIPv4(address: string, net: Net): string | undefined {
  const groups = ipv6Groups(address, net);
  if (!groups) return undefined;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return dottedQuad(g6, g7);
  if (g0 === 0x2002) return dottedQuad(g1, g2);
  return undefined;
}

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
    refuses: (address) => {
      if (net.isIP(address) === 0) return true;
      if (check(allowed, address)) return false;
      if (check(denied, address)) return true;
      const inner = embeddedIPv4(address, net);
      return inner !== undefined && check(denied, inner) && !check(allowed, inner);
    },
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
