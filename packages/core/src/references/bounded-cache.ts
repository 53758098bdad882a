/**
 * A small memo with a size bound: when full it starts over (cheaper than LRU bookkeeping on a hot path, and the
 * working set of a process — its configs' template strings — is far below the bound).
 */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, V>();
  constructor(readonly maxEntries: number) {}

  get(key: K, compute: (key: K) => V): V {
    let value = this.#entries.get(key);
    if (value === undefined) {
      if (this.#entries.size >= this.maxEntries) this.#entries.clear();
      value = compute(key);
      this.#entries.set(key, value);
    }
    return value;
  }
}
