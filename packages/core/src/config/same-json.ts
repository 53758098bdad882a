/**
 * True when `value` would serialise to the same JSON as `snapshot` (a JSON-parsed copy), ignoring key order.
 * Properties holding `undefined` are skipped, as JSON.stringify skips them. Anything JSON would transform (a Date,
 * a class instance with `toJSON`, a function) counts as different, so the caller falls back to a full check.
 *
 * Comparing against a snapshot walks the value once and allocates nothing, where JSON.stringify builds a string.
 */
export function sameJson(value: unknown, snapshot: unknown): boolean {
  if (value === snapshot) return true;
  if (typeof value !== 'object' || value === null || typeof snapshot !== 'object' || snapshot === null)
    return false;
  if (Array.isArray(value)) {
    if (!Array.isArray(snapshot) || value.length !== snapshot.length) return false;
    for (let i = 0; i < value.length; i++) if (!sameJson(value[i], snapshot[i])) return false;
    return true;
  }
  if (Array.isArray(snapshot) || Object.getPrototypeOf(value) !== Object.prototype) {
    // Null-prototype objects serialise like plain ones; anything else (Date, Map, a class) is not compared here.
    if (Object.getPrototypeOf(value) !== null || Array.isArray(snapshot)) return false;
  }
  const expected = snapshot as Record<string, unknown>;
  let count = 0;
  // for…in also visits inherited enumerable keys; the snapshot has none of its own, so they compare as different.
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    if (!Object.hasOwn(expected, key) || !sameJson(item, expected[key])) return false;
    count++;
  }
  for (const _ in expected) count--;
  return count === 0;
}

/**
 * True when `value` is plain JSON data: strings, finite numbers, booleans, null, arrays without holes or
 * `undefined`, and objects with the plain (or no) prototype, whose `undefined` properties JSON skips. A value that
 * holds anything else (bytes, a Date, a class instance) would serialise to JSON that stands for something else.
 */
export function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || value[i] === undefined || !isPlainJson(value[i])) return false;
    }
    return true;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined && !isPlainJson(item)) return false;
  }
  return true;
}
