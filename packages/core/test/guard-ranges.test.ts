/**
 * The private-network guard's ranges, address by address: IANA's special-purpose ranges and the IPv6 transition
 * addresses (NAT64, 6to4) judged by the IPv4 address inside them. Pure checks: nothing is resolved or dialled.
 */
import * as net from 'node:net';
import { describe, expect, it } from 'vitest';
import { compileGuard, embeddedIPv4 } from '../src/transports/private-network-guard.js';

const guard = compileGuard({ denyPrivate: true }, net);

describe('the guard ranges', () => {
  it.each([
    ['64:ff9b::10.0.0.1', 'NAT64 of 10.0.0.1, dotted'],
    ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1, hex'],
    ['64:FF9B:0:0:0:0:7F00:1', 'NAT64 of 127.0.0.1, long and upper case'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 of the metadata address'],
    ['64:ff9b:1::5db8:d822', 'local-use NAT64, whatever it embeds'],
    ['2002:a00:1::', '6to4 of 10.0.0.1'],
    ['2002:7f00:1:0:0:0:0:1', '6to4 of 127.0.0.1, long'],
    ['2002:c0a8:101::42', '6to4 of 192.168.1.1'],
    ['2002:a9fe:a9fe::1', '6to4 of the metadata address'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['2001:2::1', 'benchmarking'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation (3fff::/20)'],
    ['100::1', 'discard-only'],
    ['100:0:0:1::1', 'dummy prefix'],
    ['5f00::1', 'SRv6 segment identifiers'],
    ['::ffff:0:a00:1', 'IPv4-translated'],
    ['::a00:1', 'IPv4-compatible'],
    ['fec0::1', 'site-local'],
    ['fd12:3456::1', 'unique local'],
    ['fe80::1%eth0', 'link-local with a zone'],
    ['ff02::1', 'multicast'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['198.19.255.255', 'benchmarking'],
    ['255.255.255.255', 'broadcast'],
  ])('refuses %s (%s)', (address) => {
    expect(guard.refuses(address)).toBe(true);
  });

  it.each([
    ['64:ff9b::5db8:d822', 'NAT64 of the public 93.184.216.34'],
    ['64:ff9b::93.184.216.34', 'the same, dotted'],
    ['2002:5db8:d822::1', '6to4 of 93.184.216.34'],
    ['2606:4700::1111', 'a public IPv6 address'],
    ['2001:4860:4860::8888', 'a public address just past 2001::/23'],
    ['93.184.216.34', 'a public IPv4 address'],
  ])('lets %s (%s) through', (address) => {
    expect(guard.refuses(address)).toBe(false);
  });

  it('exempts a transition address when allow names the IPv4 address inside it, or the address itself', () => {
    expect(compileGuard({ denyPrivate: true, allow: ['10.0.0.0/8'] }, net).refuses('64:ff9b::a00:1')).toBe(
      false,
    );
    expect(compileGuard({ denyPrivate: true, allow: ['2002::/16'] }, net).refuses('2002:a00:1::')).toBe(
      false,
    );
    expect(compileGuard({ denyPrivate: true, allow: ['10.0.0.0/8'] }, net).refuses('2002:c0a8:101::')).toBe(
      true,
    );
  });

  it('finds the IPv4 address inside NAT64 and 6to4 addresses only', () => {
    expect(embeddedIPv4('64:ff9b::c000:221', net)).toBe('192.0.2.33');
    expect(embeddedIPv4('2002:c000:221::1', net)).toBe('192.0.2.33');
    expect(embeddedIPv4('64:ff9b:1::c000:221', net)).toBeUndefined();
    expect(embeddedIPv4('2001:db8::1', net)).toBeUndefined();
    expect(embeddedIPv4('10.0.0.1', net)).toBeUndefined();
  });
});
