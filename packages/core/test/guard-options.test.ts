/**
 * The private-network guard's settings and address reading, entry by entry: exemptions by address, bracketed
 * address, CIDR (with a prefix that must be a number in range) and host name (trimmed, any case, a trailing dot
 * ignored); what is refused as an entry; the policy key; and which IPv6 addresses carry an IPv4 address inside.
 * Pure checks: nothing is resolved or dialled.
 */
import * as net from 'node:net';
import { describe, expect, it } from 'vitest';
import { compileGuard, embeddedIPv4, guardKey } from '../src/transports/private-network-guard.js';

const guardAllowing = (...allow: string[]) => compileGuard({ denyPrivate: true, allow }, net);

describe('exemptions', () => {
  it('exempts a single address, bracketed or not, and only that address', () => {
    const guard = guardAllowing('127.0.0.1', '[::1]');
    expect(guard.refuses('127.0.0.1')).toBe(false);
    expect(guard.refuses('127.0.0.2')).toBe(true);
    expect(guard.refuses('::1')).toBe(false);
    expect(guard.allowsHost('127.0.0.1')).toBe(false);
  });

  it('exempts an IPv6 CIDR with a prefix longer than 32', () => {
    const guard = guardAllowing('fd00::/64');
    expect(guard.refuses('fd00::1')).toBe(false);
    expect(guard.refuses('fd00:0:0:1::1')).toBe(true);
  });

  it('refuses an entry whose prefix is not a number, with a message naming it', () => {
    for (const entry of ['10.0.0.0/8x', '10.0.0.0/x8', '10.0.0.0/33', 'bad_host', 'a b'])
      expect(() => guardAllowing(entry), entry).toThrow(
        `network.allow entry "${entry}" is not an address, CIDR or host name`,
      );
  });

  it('exempts a host name trimmed, in any case, with or without a trailing dot', () => {
    const guard = guardAllowing(' Sandbox.Internal ', 'mock.local.');
    expect(guard.allowsHost('sandbox.internal')).toBe(true);
    expect(guard.allowsHost('SANDBOX.internal.')).toBe(true);
    expect(guard.allowsHost('mock.local')).toBe(true);
    expect(guard.allowsHost('other.internal')).toBe(false);
  });

  it('takes off brackets only when they are on both ends', () => {
    const guard = guardAllowing('example.co');
    expect(guard.allowsHost('[example.com')).toBe(false);
    expect(guard.allowsHost('example.co]')).toBe(false);
    expect(guardAllowing('xample.co').allowsHost('example.co]')).toBe(false);
  });

  it('refuses what is not an IP address at all', () => {
    expect(guardAllowing().refuses('example.com')).toBe(true);
    expect(guardAllowing('example.com').refuses('example.com')).toBe(true);
  });
});

describe('the policy key', () => {
  it('names the exemptions trimmed, lowercased and sorted', () => {
    expect(guardKey({ denyPrivate: true })).toBe('deny-private:');
    expect(guardKey({ denyPrivate: true, allow: [' Sandbox.Internal ', '10.0.0.0/8'] })).toBe(
      'deny-private:10.0.0.0/8,sandbox.internal',
    );
    expect(guardKey({ allow: ['b', 'a'] })).toBe(guardKey({ allow: ['a', 'b'] }));
  });
});

describe('IPv4 inside IPv6', () => {
  it('reads NAT64 only with the whole well-known prefix, and 6to4', () => {
    expect(embeddedIPv4('64:ff9b::10.0.0.1', net)).toBe('10.0.0.1');
    expect(embeddedIPv4('64:ff9b::', net)).toBe('0.0.0.0');
    expect(embeddedIPv4('64:ff9b::10.0.0.1%eth0', net)).toBe('10.0.0.1');
    expect(embeddedIPv4('2002:a00:1::', net)).toBe('10.0.0.1');
    for (const address of [
      '64::a00:1',
      '1:ff9b::a00:1',
      '64:ff9b:1::a00:1',
      '64:ff9b:0:1::a00:1',
      '64:ff9b:0:0:1::a00:1',
      '64:ff9b:0:0:0:1:a00:1',
      '2003:a00:1::',
      '10.0.0.1',
      '2002:a00:1',
    ])
      expect(embeddedIPv4(address, net), address).toBeUndefined();
  });
});
