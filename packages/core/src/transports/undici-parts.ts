/**
 * The parts of undici the transport uses, loaded on its first send, each from its own file: the Agent, the
 * connector and the header parser. `import('undici')` would evaluate everything else too (fetch, WebSocket, caches,
 * mocks, interceptors): about 5 MB of heap against 1.7 MB for these. A transport with a proxy loads the whole
 * package (see undici-transport.ts).
 * undici has no `exports` map, so the files are reachable; should a later undici move one, the whole package is
 * loaded instead (test/undici-parts.test.ts holds the parts to the package's own exports).
 */
import type * as Undici from 'undici';

/** What the transport takes from undici. */
export type UndiciParts = Pick<
  typeof Undici,
  'Agent' | 'ProxyAgent' | 'EnvHttpProxyAgent' | 'buildConnector' | 'util'
>;

const PART_FILES = {
  Agent: 'undici/lib/dispatcher/agent.js',
  buildConnector: 'undici/lib/core/connect.js',
  util: 'undici/lib/core/util.js',
} as const;

/** A CommonJS file's `module.exports`, however the ES module loader presents it. */
function exportsOf(module: unknown): unknown {
  return (module as { default?: unknown }).default ?? module;
}

/** Loads the parts (the whole package when a file is not where undici 7 keeps it). */
export async function loadUndiciParts(): Promise<UndiciParts> {
  const names = Object.keys(PART_FILES) as Array<keyof typeof PART_FILES>;
  try {
    // A specifier in a variable: bundlers and TypeScript leave it to the runtime (the files have no types).
    const loaded = await Promise.all(names.map((name) => import(PART_FILES[name] as string)));
    const parts = Object.fromEntries(names.map((name, index) => [name, exportsOf(loaded[index])]));
    if (
      typeof parts.Agent !== 'function' ||
      typeof (parts.util as typeof Undici.util | undefined)?.parseHeaders !== 'function'
    )
      throw new Error('undici moved its files');
    return parts as unknown as UndiciParts;
  } catch {
    return import('undici');
  }
}
