/**
 * The private-network options as the command line declares them. Kept apart from network-options.ts, which builds
 * the transport, so that parsing a command line loads no part of core.
 */
import type { ParseArgsConfig } from 'node:util';

/** The options of every command that sends: the private-network guard and its exemptions. */
export const NETWORK_OPTIONS = {
  'deny-private-networks': { type: 'boolean' },
  'allow-network': { type: 'string', multiple: true },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Their lines in a command's help. */
export const NETWORK_DETAILS = [
  '--deny-private-networks  refuse requests to loopback, private, link-local and reserved addresses (checked on',
  '                     the address connected to, every redirect too); also CONVOFLOW_DENY_PRIVATE_NETWORKS=1',
  '--allow-network CIDR|HOST  exempt an address range, address or host name from that guard (repeatable)',
];

/** The environment variable that turns the guard on, like --deny-private-networks. */
export const DENY_PRIVATE_ENV = 'CONVOFLOW_DENY_PRIVATE_NETWORKS';
