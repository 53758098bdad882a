import type { Agent, buildConnector, Dispatcher } from 'undici';
import type { ConnectionWaits } from './connection-waits.js';
import { guardedConnector, type LookupAll } from './guarded-connector.js';
import { type AddressGuard, compileGuard, guardKey, type NetworkOptions } from './private-network-guard.js';
import type { ProxyAgents } from './proxy.js';
import { checkProxyTarget, type ProxyOption, proxyDispatcher } from './proxy.js';
import type { UndiciParts } from './undici-parts.js';

/** The modules the agents need, loaded lazily by the transport. */
export interface AgentModules {
  undici: UndiciParts;
  /** undici's proxy agents: given (from the whole package) when the transport has a proxy. */
  proxies?: ProxyAgents;
  net: typeof import('node:net');
  dns: typeof import('node:dns');
}

/** The connection settings undiciTransport's agents share. */
export interface AgentSettings {
  connections?: number | undefined;
  keepAliveTimeoutMs?: number | undefined;
  lookup?: LookupAll | undefined;
  connect?: buildConnector.BuildOptions | buildConnector.connector | undefined;
  proxy?: ProxyOption | undefined;
}

/** The most guard policies kept at once (each has its own pool); past it the oldest pool is closed. */
const MAX_GUARDED_AGENTS = 16;

/**
 * undiciTransport's keep-alive agents: one for unguarded requests, and one per private-network guard policy, so a
 * connection checked under one policy is never reused under another (or by an unguarded request and then a guarded
 * one).
 */
export class UndiciAgents {
  readonly #guarded = new Map<string, Agent>();
  /** Compiled guard policies for requests through the proxy (checked before the request is handed over). */
  readonly #proxyGuards = new Map<string, AddressGuard>();
  #plain: Agent | undefined;
  #proxy: Dispatcher | undefined;

  constructor(
    readonly modules: AgentModules,
    readonly settings: AgentSettings,
    /** Watches the connections the agents open (for the connect and queue phases). */
    readonly waits: ConnectionWaits,
  ) {}

  #connector(): buildConnector.connector {
    const { connect, lookup } = this.settings;
    if (typeof connect === 'function') return connect;
    const { undici } = this.modules;
    return undici.buildConnector({ ...connect, ...(lookup ? { lookup: lookup as never } : {}) });
  }

  #agent(connect: buildConnector.connector | undefined): Agent {
    const { connections, keepAliveTimeoutMs, lookup } = this.settings;
    const { undici } = this.modules;
    const connectOption =
      connect ?? this.settings.connect ?? (lookup ? { lookup: lookup as never } : undefined);
    return new undici.Agent({
      connections: connections ?? 10,
      keepAliveTimeout: keepAliveTimeoutMs ?? 4000,
      ...(connectOption ? { connect: connectOption } : {}),
    });
  }

  /**
   * Through a proxy, the guard checks the target before the request is handed over: the proxy connects by name, so
   * the name is resolved here and every address checked (see {@link checkProxyTarget}). Resolves at once otherwise.
   */
  checkTarget(url: string, network: NetworkOptions | undefined): Promise<void> | undefined {
    if (this.settings.proxy === undefined || !network?.denyPrivate) return undefined;
    const key = guardKey(network);
    let guard = this.#proxyGuards.get(key);
    if (!guard) {
      guard = compileGuard(network, this.modules.net);
      if (this.#proxyGuards.size >= MAX_GUARDED_AGENTS) this.#proxyGuards.clear();
      this.#proxyGuards.set(key, guard);
    }
    const { net, dns } = this.modules;
    return checkProxyTarget(url, guard, this.settings.lookup ?? (dns.lookup as LookupAll), net.isIP);
  }

  /** The agent for a request: the proxy's, the plain one, or the one of its guard policy. */
  get(network: NetworkOptions | undefined): Dispatcher {
    const { proxy } = this.settings;
    if (proxy !== undefined) {
      // A guarded request comes here only after checkTarget passed.
      const { proxies } = this.modules;
      if (!proxies) throw new TypeError('undiciTransport: a proxy was set but its agents were not loaded');
      this.#proxy ??= proxyDispatcher(proxies, proxy, this.settings);
      return this.#proxy;
    }
    if (!network?.denyPrivate) {
      this.#plain ??= this.#agent(this.#connector());
      return this.#plain;
    }
    const key = guardKey(network);
    let agent = this.#guarded.get(key);
    if (!agent) {
      const { net, dns } = this.modules;
      const guard = compileGuard(network, net);
      const lookup = this.settings.lookup ?? (dns.lookup as LookupAll);
      agent = this.#agent(guardedConnector(guard, this.#connector(), lookup, net.isIP));
      this.#guarded.set(key, agent);
      if (this.#guarded.size > MAX_GUARDED_AGENTS) this.#evictOldest();
    }
    return agent;
  }

  #evictOldest(): void {
    const [key, agent] = this.#guarded.entries().next().value as [string, Agent];
    this.#guarded.delete(key);
    void agent.close();
  }

  async close(): Promise<void> {
    const agents: Dispatcher[] = [...this.#guarded.values(), ...(this.#plain ? [this.#plain] : [])];
    if (this.#proxy) agents.push(this.#proxy);
    this.#guarded.clear();
    this.#plain = undefined;
    this.#proxy = undefined;
    await Promise.all(agents.map((agent) => agent.close()));
  }
}
