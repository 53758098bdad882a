/**
 * Stripe's error shape and its form-parameter checks (`amount`, `metadata[…]`, `expand[]`, lists), shared by the
 * Stripe service. Messages follow the ones Stripe sends.
 */
import { isObject } from './http.js';
import type { JsonObject } from './types.js';

/** Form parameters as `qs` parses them (bracket/indices convention). */
export type Params = Record<string, unknown>;

/** A Stripe error to answer with. `save` marks results Stripe stores for idempotent replay (the endpoint ran). */
export class StripeFault extends Error {
  constructor(
    readonly status: number,
    readonly error: JsonObject,
    readonly save = false,
  ) {
    super(String(error['message']));
  }
}

/** The documentation page Stripe links from an error code. */
export function docUrl(code: string): string {
  return `https://docs.stripe.com/error-codes/${code.replaceAll('_', '-')}`;
}

/** An `invalid_request_error` (400 unless told otherwise). */
export function fault(
  message: string,
  options: { param?: string; code?: string; status?: number; type?: string } = {},
): StripeFault {
  const error: JsonObject = {};
  if (options.code) {
    error['code'] = options.code;
    error['doc_url'] = docUrl(options.code);
  }
  error['message'] = message;
  if (options.param !== undefined) error['param'] = options.param;
  error['type'] = options.type ?? 'invalid_request_error';
  return new StripeFault(options.status ?? 400, error);
}

/** `Missing required param: x.` */
export function missing(param: string): StripeFault {
  return fault(`Missing required param: ${param}.`, { param, code: 'parameter_missing' });
}

/** `No such customer: 'cus_x'` (404 for an object in the URL, 400 for one named by a parameter). */
export function noSuch(kind: string, id: string, param: string, status = 400): StripeFault {
  return fault(`No such ${kind}: '${id}'`, { param, code: 'resource_missing', status });
}

/** Whitespace-separated parameter names → list (keeps long allow-lists readable). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Refuses parameters the endpoint does not know, as Stripe does. */
export function checkUnknown(params: Params, allowed: readonly string[], prefix = ''): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key)) {
      const param = prefix ? `${prefix}[${key}]` : key;
      throw fault(`Received unknown parameter: ${param}`, { param, code: 'parameter_unknown' });
    }
  }
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** A string parameter (`undefined` when absent). */
export function readString(params: Params, name: string, path = name): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw fault(`Invalid string: ${describe(value)}`, { param: path });
  return value;
}

/** A string that may be unset with `''` (returns `null` then). */
export function readNullableString(params: Params, name: string, path = name): string | null | undefined {
  const value = readString(params, name, path);
  return value === '' ? null : value;
}

/** An integer parameter with optional bounds. */
export function readInt(
  params: Params,
  name: string,
  options: { min?: number; max?: number; path?: string } = {},
): number | undefined {
  const path = options.path ?? name;
  const text = readString(params, name, path);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text))
    throw fault(`Invalid integer: ${text}`, { param: path, code: 'parameter_invalid_integer' });
  const value = Number(text);
  if (options.min !== undefined && value < options.min) {
    throw fault(`This value must be greater than or equal to ${options.min}.`, {
      param: path,
      code: 'parameter_invalid_integer',
    });
  }
  if (options.max !== undefined && value > options.max) {
    throw fault(`This value must be less than or equal to ${options.max}.`, {
      param: path,
      code: 'parameter_invalid_integer',
    });
  }
  return value;
}

/** A boolean parameter (`true`/`false`). */
export function readBool(params: Params, name: string, path = name): boolean | undefined {
  const text = readString(params, name, path);
  if (text === undefined) return undefined;
  if (text !== 'true' && text !== 'false') throw fault(`Invalid boolean: ${text}`, { param: path });
  return text === 'true';
}

/** One of a fixed set of values. */
export function readEnum<T extends string>(
  params: Params,
  name: string,
  values: readonly T[],
  path = name,
): T | undefined {
  const text = readString(params, name, path);
  if (text === undefined) return undefined;
  if (!(values as readonly string[]).includes(text)) {
    const list =
      values.length > 1 ? `${values.slice(0, -1).join(', ')}, or ${values.at(-1)}` : values.join('');
    throw fault(`Invalid ${name}: must be one of ${list}`, { param: path });
  }
  return text as T;
}

/** A hash parameter (`name[key]=…`); `''` is returned for an explicit unset. */
export function readHash(params: Params, name: string, path = name): Params | '' | undefined {
  const value = params[name];
  if (value === undefined || value === '') return value;
  if (!isObject(value)) throw fault(`Invalid object`, { param: path });
  return value;
}

/** An array parameter (`name[0]=…`); a lone value counts as a one-item array. */
export function readArray(params: Params, name: string, path = name): unknown[] | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (value === '') return [];
  if (Array.isArray(value)) return value;
  if (isObject(value)) {
    // qs turns sparse or very large indices into an object keyed by index.
    if (Object.keys(value).every((key) => /^\d+$/.test(key))) return Object.values(value);
    throw fault(`Invalid array`, { param: path });
  }
  return [value];
}

/** An array of strings. */
export function readStringArray(params: Params, name: string, path = name): string[] | undefined {
  const items = readArray(params, name, path);
  if (!items) return undefined;
  return items.map((item, i) => {
    if (typeof item !== 'string')
      throw fault(`Invalid string: ${describe(item)}`, { param: `${path}[${i}]` });
    return item;
  });
}

/** `expand[]` paths. */
export function readExpand(params: Params): string[] {
  return readStringArray(params, 'expand') ?? [];
}

/** Stripe's metadata rules: ≤50 keys, keys ≤40 characters, string values ≤500 characters. `''` unsets all. */
export function readMetadata(params: Params, name = 'metadata'): Record<string, string> | '' | undefined {
  const hash = readHash(params, name);
  if (hash === undefined || hash === '') return hash;
  const entries = Object.entries(hash);
  if (entries.length > 50) {
    throw fault('Metadata can have up to 50 keys, but you passed in more than 50 keys.', { param: name });
  }
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    const param = `${name}[${key}]`;
    if (key.length > 40) {
      throw fault(
        `Metadata keys can have up to 40 characters, but you passed in a key with ${key.length} characters.`,
        {
          param,
        },
      );
    }
    if (typeof value !== 'string') throw fault(`Invalid string: ${describe(value)}`, { param });
    if (value.length > 500) {
      throw fault(
        `Metadata values can have up to 500 characters, but you passed in a value that is ${value.length} characters.`,
        { param },
      );
    }
    out[key] = value;
  }
  return out;
}

/** Applies a metadata update: an empty value removes a key, `''` for the whole hash removes all. */
export function mergeMetadata(
  current: Record<string, string>,
  update: Record<string, string> | '' | undefined,
): Record<string, string> {
  if (update === undefined) return current;
  if (update === '') return {};
  const out = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === '') delete out[key];
    else out[key] = value;
  }
  return out;
}

/** A three-letter currency code, lower-cased. */
export function readCurrency(params: Params, name = 'currency', path = name): string | undefined {
  const text = readString(params, name, path);
  if (text === undefined) return undefined;
  if (!/^[A-Za-z]{3}$/.test(text)) throw fault(`Invalid currency: ${text}.`, { param: path });
  return text.toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address (`''` unsets it). */
export function readEmail(params: Params, name: string): string | null | undefined {
  const value = readNullableString(params, name);
  if (typeof value === 'string' && !EMAIL.test(value)) {
    throw fault(`Invalid email address: ${value}`, { param: name, code: 'email_invalid' });
  }
  return value;
}

/** An absolute http(s) URL. */
export function readUrl(params: Params, name: string): string | undefined {
  const value = readString(params, name);
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+/i.test(value))
    throw fault('Not a valid URL', { param: name, code: 'url_invalid' });
  return value;
}

const ZERO_DECIMAL = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
]);

/** An amount in the smallest unit, written the way Stripe writes it in messages (`$5.00`, `500 JPY`). */
export function formatAmount(amount: number, currency: string): string {
  if (ZERO_DECIMAL.has(currency)) return `${amount} ${currency.toUpperCase()}`;
  const major = (amount / 100).toFixed(2);
  return currency === 'usd' ? `$${major}` : `${major} ${currency.toUpperCase()}`;
}

/**
 * Replaces expandable id fields by their objects. `expand[]` paths must name an expandable field (nested paths
 * like `latest_charge.balance_transaction` expand their first level only).
 */
export function expandObject(
  object: JsonObject,
  paths: string[],
  expanders: Record<string, (id: string) => unknown>,
  prefix = '',
): JsonObject {
  const out: JsonObject = { ...object };
  for (const path of paths) {
    const field = (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path).split('.')[0]!;
    const expander =
      (prefix === '' || path.startsWith(prefix)) && Object.hasOwn(expanders, field) && expanders[field];
    if (!expander) throw fault(`This property cannot be expanded (${path}).`);
    const id = out[field];
    if (typeof id === 'string') out[field] = expander(id) ?? id;
  }
  return out;
}

/** Sorts object keys recursively: Stripe writes error fields in alphabetical order, and idempotency compares params. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}

/** A list page: `limit` (1–100, default 10), `starting_after`, `ending_before`, `created` filters; newest first. */
export function listPage<T extends { id: string; created: number }>(
  items: T[],
  params: Params,
  url: string,
  objectName: string,
): { object: 'list'; data: T[]; has_more: boolean; url: string } {
  const limit = readInt(params, 'limit', { min: 1, max: 100 }) ?? 10;
  let rows = [...items].reverse();
  const created = params['created'];
  if (created !== undefined) {
    if (typeof created === 'string') {
      const at = readInt(params, 'created');
      rows = rows.filter((row) => row.created === at);
    } else if (isObject(created)) {
      checkUnknown(created, ['gt', 'gte', 'lt', 'lte'], 'created');
      const bound = (op: string) => readInt(created, op, { path: `created[${op}]` });
      const [gt, gte, lt, lte] = [bound('gt'), bound('gte'), bound('lt'), bound('lte')];
      rows = rows.filter(
        (row) =>
          (gt === undefined || row.created > gt) &&
          (gte === undefined || row.created >= gte) &&
          (lt === undefined || row.created < lt) &&
          (lte === undefined || row.created <= lte),
      );
    }
  }
  const after = readString(params, 'starting_after');
  const before = readString(params, 'ending_before');
  if (after !== undefined) {
    const at = rows.findIndex((row) => row.id === after);
    if (at === -1) throw noSuch(objectName, after, 'starting_after');
    rows = rows.slice(at + 1);
  } else if (before !== undefined) {
    const at = rows.findIndex((row) => row.id === before);
    if (at === -1) throw noSuch(objectName, before, 'ending_before');
    const earlier = rows.slice(0, at);
    return { object: 'list', data: earlier.slice(-limit), has_more: earlier.length > limit, url };
  }
  return { object: 'list', data: rows.slice(0, limit), has_more: rows.length > limit, url };
}
