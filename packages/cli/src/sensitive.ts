import type { Connector } from '@convoflow/core';

/** The response fields the given connectors declare sensitive (the default rule applies besides). */
export function sensitiveKeys(connectors: Iterable<Connector>): string[] {
  return [...new Set([...connectors].flatMap((connector) => connector.sensitiveResponseFields ?? []))];
}
