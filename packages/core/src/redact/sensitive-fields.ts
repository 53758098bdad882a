/**
 * Key names that hold credentials in any API's responses: `*_secret`, `*token*`, `password`, `*_key` names such as
 * `api_key` and `private_key`, `cookie` and `set-cookie`. Matched case-insensitively against the whole key.
 */
export const DEFAULT_SENSITIVE_KEY =
  /(^|[_-])secret$|token|^password$|^passwd$|(^|[_-])(api|private|secret|access)[_-]?key$|^(set-)?cookie$/i;

/** What a masked value is replaced by. */
export const MASK = '***';

/**
 * A copy of a response body (or any JSON value) with the values of sensitive keys replaced by `***`: keys that
 * match {@link DEFAULT_SENSITIVE_KEY} and the `keys` a connector declares (`sensitiveResponseFields`). For showing
 * results (debug output, traces, printed JSON); later steps still get the real values. Walks with an explicit stack,
 * so deep values never overflow; cycles are cut.
 *
 * @example
 * maskSensitiveFields({ id: 'pi_1', client_secret: 'pi_1_secret_abc' }) // { id: 'pi_1', client_secret: '***' }
 */
export function maskSensitiveFields(value: unknown, keys: readonly string[] = []): unknown {
  const declared = new Set(keys.map((key) => key.toLowerCase()));
  const sensitive = (key: string) => declared.has(key.toLowerCase()) || DEFAULT_SENSITIVE_KEY.test(key);
  const copies = new Map<object, unknown>();
  const copyOf = (item: unknown): unknown => {
    if (item === null || typeof item !== 'object' || item instanceof Uint8Array) return item;
    const known = copies.get(item);
    if (known) return known;
    const copy: Record<string, unknown> | unknown[] = Array.isArray(item) ? [] : {};
    copies.set(item, copy);
    pending.push([item, copy]);
    return copy;
  };
  const pending: Array<[object, Record<string, unknown> | unknown[]]> = [];
  const root = copyOf(value);
  while (pending.length > 0) {
    const [source, target] = pending.pop() as [object, Record<string, unknown>];
    for (const [key, item] of Object.entries(source)) {
      const masked = !Array.isArray(source) && item !== null && item !== undefined && sensitive(key);
      // Defined, not assigned: a `__proto__` key stays data.
      Object.defineProperty(target, key, {
        value: masked ? MASK : copyOf(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}
