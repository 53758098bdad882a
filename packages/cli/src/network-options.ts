import { type NetworkOptions, type Transport, undiciTransport } from '@convoflow/core';
import type { Flags } from './command-line.js';
import { CliError } from './io.js';
import { DENY_PRIVATE_ENV } from './network-flags.js';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;

/** What every call a command sends gets: the guard (when on) and the transport (a proxy's, when one is set). */
export interface SendSettings {
  network?: NetworkOptions;
  transport?: Transport;
}

function guardFromEnvironment(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = (env[DENY_PRIVATE_ENV] ?? '').trim().toLowerCase();
  if (value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new CliError(
    `${DENY_PRIVATE_ENV} must be 1 or 0 (it is "${value.slice(0, 40)}")`,
    `Set ${DENY_PRIVATE_ENV}=1 to refuse private addresses, or unset it.`,
  );
}

/**
 * The guard and the transport for a command that sends to the real services. The guard is on with
 * --deny-private-networks or CONVOFLOW_DENY_PRIVATE_NETWORKS=1, exempting each --allow-network. With HTTPS_PROXY or
 * HTTP_PROXY set, requests go through undici's env proxy agent (NO_PROXY honoured), and the guard checks each
 * target's addresses before the request is handed to the proxy. `close` ends the transport's connections.
 */
export function sendSettings(
  flags: Flags,
  env: Readonly<Record<string, string | undefined>>,
): { settings: SendSettings; close: () => Promise<void> } {
  const deny = flags['deny-private-networks'] === true || guardFromEnvironment(env);
  const allow = Array.isArray(flags['allow-network']) ? flags['allow-network'] : [];
  if (allow.length > 0 && !deny) {
    throw new CliError(
      '--allow-network only exempts addresses from the private-network guard, which is off',
      `Add --deny-private-networks (or set ${DENY_PRIVATE_ENV}=1), or drop --allow-network.`,
    );
  }
  const settings: SendSettings = {};
  if (deny) settings.network = { denyPrivate: true, ...(allow.length > 0 ? { allow } : {}) };
  const proxied = PROXY_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
  if (!proxied) return { settings, close: async () => {} };
  const transport = undiciTransport({ proxy: 'env' });
  settings.transport = transport;
  return { settings, close: async () => transport.close?.() };
}
