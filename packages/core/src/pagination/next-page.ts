import type { CustomApiNodeConfig } from '../config/types.js';
import { readBodyPath } from '../connector/error-rules.js';
import { isHostAllowed } from '../execute/hosts.js';
import type { NodeSuccess } from '../execute/node-result.js';
import { escapeReferences } from '../references/parse-template.js';
import { nextLink } from './link-header.js';
import type { PaginationSpec } from './pagination-spec.js';

/** What comes after a page: the next page's config (and a key naming that page), the end, or a refusal. */
export type NextPage =
  | { kind: 'next'; config: CustomApiNodeConfig; key: string }
  | { kind: 'done' }
  | { kind: 'refused'; message: string };

/** The items of a page, or undefined when the body has no array where the spec says. */
export function pageItems(spec: PaginationSpec, body: unknown): unknown[] | undefined {
  const value = spec.items ? readBodyPath(body, spec.items) : body;
  return Array.isArray(value) ? value : undefined;
}

function readNext(path: string, body: unknown, items: readonly unknown[]): unknown {
  if (path.startsWith('$last.')) return readBodyPath(items[items.length - 1], path.slice('$last.'.length));
  return readBodyPath(body, path);
}

function withParam(
  config: CustomApiNodeConfig,
  where: 'query' | 'body' | undefined,
  param: string,
  value: string | number,
): CustomApiNodeConfig {
  const safe = typeof value === 'string' ? escapeReferences(value) : value;
  if (where === 'body') {
    const body = config.body !== null && typeof config.body === 'object' ? config.body : {};
    return { ...config, body: { ...(body as Record<string, unknown>), [param]: safe } };
  }
  return { ...config, query: { ...config.query, [param]: safe } };
}

function paramOf(config: CustomApiNodeConfig, where: 'query' | 'body' | undefined, param: string): unknown {
  const holder = where === 'body' ? config.body : config.query;
  return holder !== null && typeof holder === 'object'
    ? (holder as Record<string, unknown>)[param]
    : undefined;
}

/** A next-page URL from the provider: resolved against the current URL, on an allowed host, never downgraded. */
function followUrl(config: CustomApiNodeConfig, target: unknown, allowedHosts: readonly string[]): NextPage {
  if (typeof target !== 'string' || target === '') return { kind: 'done' };
  let current: URL;
  let next: URL;
  try {
    current = new URL(config.url);
    next = new URL(target, current);
  } catch {
    return { kind: 'refused', message: 'the next page URL is not a valid URL' };
  }
  if (next.protocol !== current.protocol && next.protocol !== 'https:')
    return { kind: 'refused', message: `the next page URL uses ${next.protocol} after ${current.protocol}` };
  if (!isHostAllowed(next, allowedHosts))
    return { kind: 'refused', message: `the next page URL's host ${next.host} is not in allowedHosts` };
  const { query: _query, ...rest } = config;
  return { kind: 'next', config: { ...rest, url: escapeReferences(next.href) }, key: next.href };
}

/** Works out the request for the page after `page`, from the operation's pagination spec. */
export function nextPage(
  spec: PaginationSpec,
  config: CustomApiNodeConfig,
  page: NodeSuccess,
  items: readonly unknown[],
  allowedHosts: readonly string[],
): NextPage {
  switch (spec.style) {
    case 'cursor': {
      if (spec.hasMore !== undefined && readBodyPath(page.body, spec.hasMore) !== true)
        return { kind: 'done' };
      const cursor = readNext(spec.next, page.body, items);
      if ((typeof cursor !== 'string' && typeof cursor !== 'number') || cursor === '')
        return { kind: 'done' };
      return {
        kind: 'next',
        config: withParam(config, spec.in, spec.param, String(cursor)),
        key: String(cursor),
      };
    }
    case 'nextUrl':
      return followUrl(config, readNext(spec.next, page.body, items), allowedHosts);
    case 'linkHeader':
      return followUrl(config, nextLink(page.headers.link), allowedHosts);
    case 'page': {
      if (items.length === 0) return { kind: 'done' };
      const size = spec.sizeParam ? Number(paramOf(config, spec.in, spec.sizeParam)) : Number.NaN;
      if (Number.isFinite(size) && items.length < size) return { kind: 'done' };
      const byItems = spec.counts === 'items';
      const given = Number(paramOf(config, spec.in, spec.param));
      const current = Number.isFinite(given) ? given : (spec.start ?? (byItems ? 0 : 1));
      const value = current + (byItems ? items.length : 1);
      return { kind: 'next', config: withParam(config, spec.in, spec.param, value), key: String(value) };
    }
  }
}
