/**
 * The rule for connectors' peer range on core: its lower bound is at least the first core version that ships every
 * connector-spec feature the connector's generated code relies on (packages/compiler/core-features.json), and it
 * admits every later 0.x minor (`>=x.y.z <1.0.0`). Used by `check:packages` and by `version-packages`.
 */
import { join } from 'node:path';
import {
  type CoreFeatureVersions,
  compareVersions,
  coreFeaturesUsed,
  coreFeatureVersions,
  loadConnector,
  peerLowerBound,
  requiredCoreVersion,
} from '../packages/compiler/src/index.ts';
import { root, type WorkspacePackage } from './packages.ts';

/** Why a connector's peer range on core is too low, with the range it needs; undefined when it is right. */
export async function corePeerProblem(
  pkg: WorkspacePackage,
  coreVersion: string,
  versions: CoreFeatureVersions = coreFeatureVersions,
): Promise<{ message: string; needed: string } | undefined> {
  const range = (pkg.json.peerDependencies as Record<string, string> | undefined)?.['@convoflow/core'];
  if (!range) return undefined; // reported by the shape rule
  const { connector } = await loadConnector(join(root, pkg.path), root);
  if (!connector) return undefined; // the compiler reports a connector it cannot load
  const { version, because } = requiredCoreVersion(coreFeaturesUsed(connector), coreVersion, versions);
  const lower = peerLowerBound(range);
  if (lower !== undefined && compareVersions(lower, version) >= 0) return undefined;
  const needed = `>=${version} <1.0.0`;
  return {
    needed,
    message: `peer range "${range}" admits cores without ${because.join(', ')} (first in core ${version}): use "${needed}"`,
  };
}
