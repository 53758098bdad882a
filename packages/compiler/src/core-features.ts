import { connectionSecrets } from '@convoflow/core';
import coreFeatureVersions from '../core-features.json' with { type: 'json' };
import type { LoadedConnector } from './load-connector.js';

/** A connector-spec feature the generated code relies on, and how to tell that a connector uses it. */
interface CoreFeature {
  id: keyof typeof coreFeatureVersions;
  uses(connector: LoadedConnector): boolean;
}

const anyOperation = (connector: LoadedConnector, test: (operation: Record<string, unknown>) => boolean) =>
  connector.operations.some((operation) => test(operation.operation));

const errorRules = (connector: LoadedConnector): Array<Record<string, unknown>> =>
  [connector.manifest.errors, ...connector.operations.map((operation) => operation.operation.errors)].filter(
    (rules): rules is Record<string, unknown> => rules !== null && typeof rules === 'object',
  );

/** Every feature, in the order they were added. */
const FEATURES: readonly CoreFeature[] = [
  { id: 'connectorSpec', uses: () => true },
  { id: 'pagination', uses: (c) => anyOperation(c, (op) => op.pagination !== undefined) },
  { id: 'outputSchema', uses: (c) => c.operations.some((operation) => operation.output !== undefined) },
  { id: 'connection', uses: (c) => c.manifest.connection !== undefined },
  {
    id: 'errorFields',
    uses: (c) =>
      errorRules(c).some((rules) => rules.fields !== undefined || rules.messageFormat !== undefined),
  },
  { id: 'rateLimitRules', uses: (c) => errorRules(c).some((rules) => rules.rateLimited !== undefined) },
  {
    id: 'rawPathValues',
    uses: (c) =>
      anyOperation(
        c,
        (op) =>
          Array.isArray(op.reservedPathParams) &&
          op.reservedPathParams.some((param) => typeof param === 'object'),
      ),
  },
  {
    id: 'bearerPrefix',
    uses: (c) =>
      Object.values((c.manifest.auth ?? {}) as Record<string, { prefix?: unknown }>).some(
        (scheme) => scheme.prefix !== undefined,
      ),
  },
  {
    id: 'queryOptions',
    uses: (c) =>
      c.manifest.queryEncoding !== undefined ||
      anyOperation(
        c,
        (op) =>
          op.queryEncoding !== undefined || op.queryArrayFormat !== undefined || typeof op.query === 'string',
      ),
  },
  {
    id: 'connectionSecrets',
    uses: (c) => Object.keys(connectionSecrets(c.manifest.connection as Record<string, unknown>)).length > 0,
  },
];

/** The versions of core that first ship each feature (`next`: not released yet). */
export type CoreFeatureVersions = Readonly<Record<string, string>>;

/** The features a connector's manifests use. */
export function coreFeaturesUsed(connector: LoadedConnector): string[] {
  return FEATURES.filter((feature) => feature.uses(connector)).map((feature) => feature.id);
}

/** Compares two x.y.z versions (pre-release tags are not used by this workspace). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split(/[.+-]/).slice(0, 3).map(Number));
  for (let i = 0; i < 3; i++) {
    const diff = (x?.[i] ?? 0) - (y?.[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/**
 * The lowest core version a connector may peer-depend on: the newest `since` of the features it uses. A feature
 * still marked `next` counts as `nextCoreVersion` (core's version once the pending release is versioned; before
 * that, its current version).
 */
export function requiredCoreVersion(
  features: readonly string[],
  nextCoreVersion: string,
  versions: CoreFeatureVersions = coreFeatureVersions,
): { version: string; because: string[] } {
  let version = '0.0.0';
  let because: string[] = [];
  for (const feature of features) {
    const since =
      versions[feature] === 'next' || versions[feature] === undefined
        ? nextCoreVersion
        : (versions[feature] as string);
    const order = compareVersions(since, version);
    if (order > 0) {
      version = since;
      because = [feature];
    } else if (order === 0) because.push(feature);
  }
  return { version, because };
}

/** The lower bound of a `>=x.y.z <1.0.0` peer range, or undefined for another shape. */
export function peerLowerBound(range: string): string | undefined {
  return /^>=(\d+\.\d+\.\d+)(?:\s|$)/.exec(range)?.[1];
}

/** The feature table with every `next` stamped as `version` (what `pnpm version-packages` writes). */
export function stampNext(versions: CoreFeatureVersions, version: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(versions).map(([feature, since]) => [feature, since === 'next' ? version : since]),
  );
}

export { coreFeatureVersions };
