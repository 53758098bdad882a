import type { CustomApiNodeConfig, RateLimitOptions } from '../config/types.js';
import { AbortedError } from '../errors/aborted-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { UpstreamError } from '../errors/upstream-error.js';
import { type ExecuteOptions, executeNode } from '../execute/execute-node.js';
import { toError } from '../execute/execute-node-or-throw.js';
import type { NodeFailure, NodeSuccess } from '../execute/node-result.js';
import { parseRetryAfter } from '../execute/retry-after.js';
import { nextPage, pageItems } from './next-page.js';
import type { PaginationSpec } from './pagination-spec.js';

/** Limits of one pagination, on top of the options every call takes. */
export interface PaginateLimits {
  /** Stop after this many pages (default 100). */
  maxPages?: number;
  /** Stop once this many items have been fetched; `.items()` yields exactly this many at most. */
  maxItems?: number;
  /** A rate limit for every page request (its bucket is shared across pages, and with other calls using it). */
  rateLimit?: RateLimitOptions;
  /** The longest wait a successful page's Retry-After may ask for before the next page (default 60 s). */
  maxRetryAfterMs?: number;
}

/**
 * The pages of an operation, fetched one by one as they are read. Iterating yields each page's successful result;
 * a failed page throws its error class (`HttpError`, `RateLimitedError`, …, as `executeNodeOrThrow` does).
 */
export interface Paginator<Page = unknown, Item = unknown> extends AsyncIterable<NodeSuccess<Page>> {
  /** The items of every page, in order, up to `maxItems`. */
  items(): AsyncIterable<Item>;
}

const DEFAULT_MAX_PAGES = 100;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

function failed(page: NodeSuccess, message: string): NodeFailure {
  return { ...page, ok: false, error: { kind: 'upstream', message } };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Fetches page after page of one operation: each page goes through {@link executeNode} (retries, Retry-After,
 * rate limits), the next request comes from the spec, and it stops at the last page, `maxPages`, `maxItems` or the
 * signal. A provider that sends a page already fetched, or a next URL off the allowed hosts, ends it with an
 * `UpstreamError`.
 */
export function paginate<Page, Item>(
  first: CustomApiNodeConfig,
  spec: PaginationSpec,
  options: ExecuteOptions & PaginateLimits,
): Paginator<Page, Item> {
  const { maxPages = DEFAULT_MAX_PAGES, maxItems, rateLimit, maxRetryAfterMs, ...execute } = options;
  const allowed = [...(first.allowedHosts ?? []), ...(options.allowHosts ?? [])];
  async function* pages(): AsyncGenerator<{ page: NodeSuccess<Page>; items: unknown[] }> {
    let config: CustomApiNodeConfig = rateLimit ? { ...first, rateLimit } : first;
    const seen = new Set<string>();
    let previous: string | undefined;
    let fetched = 0;
    for (let count = 0; count < maxPages; count++) {
      if (options.signal?.aborted) throw new AbortedError(abortedAt(config), 'was aborted');
      const result = await executeNode(config, execute);
      if (!result.ok) throw toError(result);
      const page = result as NodeSuccess<Page>;
      const items = pageItems(spec, page.body);
      if (!items) {
        const where = spec.items ? `at "${spec.items}"` : 'as the body';
        throw new InvalidResponseError(failed(page, `no item array ${where}`), `has no item array ${where}`);
      }
      const fingerprint = items.length > 0 ? JSON.stringify(items) : undefined;
      if (fingerprint !== undefined && fingerprint === previous)
        throw new UpstreamError(failed(page, 'the same page came twice'), 'sent the same page twice');
      previous = fingerprint;
      yield { page, items };
      fetched += items.length;
      if (maxItems !== undefined && fetched >= maxItems) return;
      const next = nextPage(spec, config, page as NodeSuccess, items, allowed);
      if (next.kind === 'done') return;
      if (next.kind === 'refused') throw new UpstreamError(failed(page, next.message), next.message);
      if (seen.has(next.key))
        throw new UpstreamError(failed(page, 'the next page repeats one already fetched'), 'repeats a page');
      seen.add(next.key);
      const wait = parseRetryAfter(page.headers['retry-after']);
      if (wait !== undefined)
        await sleep(Math.min(wait, maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS), options.signal);
      config = next.config;
    }
  }
  return {
    async *[Symbol.asyncIterator]() {
      for await (const { page } of pages()) yield page;
    },
    async *items() {
      let left = maxItems ?? Number.POSITIVE_INFINITY;
      for await (const { items } of pages()) {
        for (const item of items.slice(0, left)) yield item as Item;
        left -= items.length;
        if (left <= 0) return;
      }
    },
  };
}

function abortedAt(config: CustomApiNodeConfig): NodeFailure {
  return {
    ok: false,
    headers: {},
    durationMs: 0,
    attempts: 0,
    request: { method: config.method ?? 'GET', url: config.url, headers: {} },
    error: { kind: 'aborted', message: 'the call was aborted' },
  };
}
