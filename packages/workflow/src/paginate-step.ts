import {
  type Connector,
  isConvoFlowError,
  type NodeFailure,
  type NodeResult,
  type NodeSuccess,
  type RunOptions,
  readBodyPath,
} from '@convoflow/core';

/**
 * The limits of a connector step's `paginate`: the defaults when the step leaves them out, and the most it may ask
 * for (the workflow schema refuses more). Every item is kept in memory and in the run's journal, hence the caps.
 */
export const PAGINATE_LIMITS = {
  defaultMaxPages: 10,
  maxPages: 100,
  defaultMaxItems: 1000,
  maxItems: 10_000,
} as const;

/** What a paginated step collected, next to the last page's result. */
export interface CollectedPages {
  /** The last page's result (or the failure that ended the pagination), with attempts and duration summed. */
  result: NodeResult;
  items: unknown[];
  /** Pages fetched successfully. */
  pages: number;
  /** True when maxPages or maxItems stopped it (there may be more). */
  capped: boolean;
}

/** The failure a paginator's thrown error stands for. */
function failureOf(error: unknown, fallback: NodeFailure['request']): NodeFailure {
  const carried = (error as { result?: NodeFailure }).result;
  if (carried) return carried;
  const kind = isConvoFlowError(error) ? error.code : 'input';
  const issues = (error as { issues?: NodeFailure['error']['issues'] }).issues;
  return {
    ok: false,
    headers: {},
    durationMs: 0,
    attempts: 0,
    request: fallback,
    error: { kind, message: (error as Error).message ?? String(error), ...(issues ? { issues } : {}) },
  };
}

/**
 * Follows the pages of `operation` and collects their items, up to the step's limits (clamped to
 * {@link PAGINATE_LIMITS}). Never throws: a failed page is a failed result, with the items collected so far.
 */
export async function collectPages(
  connector: Connector,
  operation: string,
  input: unknown,
  options: RunOptions,
  limits: { maxPages?: number; maxItems?: number },
): Promise<CollectedPages> {
  const maxPages = Math.min(limits.maxPages ?? PAGINATE_LIMITS.defaultMaxPages, PAGINATE_LIMITS.maxPages);
  const maxItems = Math.min(limits.maxItems ?? PAGINATE_LIMITS.defaultMaxItems, PAGINATE_LIMITS.maxItems);
  const itemsPath = connector.operations[operation]?.pagination?.items;
  const items: unknown[] = [];
  let pages = 0;
  let attempts = 0;
  let durationMs = 0;
  let last: NodeSuccess | undefined;
  const method = connector.operations[operation]?.method ?? 'GET';
  try {
    const paginator = connector.paginate(operation as never, input as never, {
      ...options,
      maxPages,
      maxItems,
    });
    for await (const page of paginator as AsyncIterable<NodeSuccess>) {
      pages++;
      attempts += page.attempts;
      durationMs += page.durationMs;
      last = page;
      const list = itemsPath ? readBodyPath(page.body, itemsPath) : page.body;
      if (Array.isArray(list)) items.push(...list.slice(0, maxItems - items.length));
    }
  } catch (error) {
    const failure = failureOf(error, last?.request ?? { method, url: connector.baseUrl ?? '', headers: {} });
    return {
      result: {
        ...failure,
        attempts: attempts + failure.attempts,
        durationMs: durationMs + failure.durationMs,
      },
      items,
      pages,
      capped: false,
    };
  }
  const capped = pages >= maxPages || items.length >= maxItems;
  if (!last) throw new Error('a pagination ended without a page or an error');
  return { result: { ...last, attempts, durationMs }, items, pages, capped };
}
