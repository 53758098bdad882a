import type { ExchangePhase } from './transport.js';

type Report = (phase: ExchangePhase) => void;
// biome-ignore lint/suspicious/noExplicitAny: undici's connector types its options and callback itself
type Connector = (options: any, callback: (...args: any[]) => void) => void;

/**
 * Which exchanges are waiting for a connection to each origin, so that each can say whether it waited for a
 * pooled connection to free up (`queue`) or for a new one being opened (`connect`). undici opens connections per
 * origin, not per request: an exchange counts as connecting while a connection to its origin is being opened.
 */
export class ConnectionWaits {
  readonly #waiting = new Map<string, Set<Report>>();
  readonly #opening = new Map<string, number>();

  /** Registers an exchange waiting for a connection to `origin`; returns the call that ends its wait. */
  wait(origin: string, report: Report): () => void {
    const waiting = this.#waiting.get(origin) ?? new Set<Report>();
    this.#waiting.set(origin, waiting);
    waiting.add(report);
    report((this.#opening.get(origin) ?? 0) > 0 ? 'connect' : 'queue');
    return () => {
      waiting.delete(report);
      if (waiting.size === 0 && this.#waiting.get(origin) === waiting) this.#waiting.delete(origin);
    };
  }

  /** undici's connector, watched: waiting exchanges hear when a connection to their origin opens and settles. */
  watch<T extends Connector>(connector: T): T {
    return ((options, callback) => {
      const origin = `${(options as { protocol: string }).protocol}//${(options as { host: string }).host}`;
      this.#opening.set(origin, (this.#opening.get(origin) ?? 0) + 1);
      this.#tell(origin, 'connect');
      connector(options, (...args: unknown[]) => {
        const left = (this.#opening.get(origin) ?? 1) - 1;
        if (left === 0) this.#opening.delete(origin);
        else this.#opening.set(origin, left);
        if (left === 0) this.#tell(origin, 'queue');
        callback(...args);
      });
    }) as T;
  }

  #tell(origin: string, phase: ExchangePhase): void {
    const waiting = this.#waiting.get(origin);
    if (waiting) for (const report of waiting) report(phase);
  }
}
