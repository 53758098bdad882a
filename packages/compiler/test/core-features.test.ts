/** The peer-range rule's inputs: which core features a connector uses, and the core version that first has them. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compareVersions,
  coreFeaturesUsed,
  coreFeatureVersions,
  loadConnector,
  peerLowerBound,
  requiredCoreVersion,
  stampNext,
} from '../src/index.js';
import { editJson, scratchRoot } from './support/compile-fixture.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function featuresAfter(edit?: (dir: string) => void): Promise<string[]> {
  const { root, dir } = scratchRoot('greeter', edit);
  roots.push(root);
  const { connector } = await loadConnector(dir, root);
  if (!connector) throw new Error('the fixture did not load');
  return coreFeaturesUsed(connector);
}

describe('coreFeaturesUsed', () => {
  it('finds only the base spec in a connector that uses nothing newer', async () => {
    expect(await featuresAfter()).toEqual(['connectorSpec']);
  });

  it('finds pagination, connection parameters (and ones from secrets), error fields, query options and a bearer prefix', async () => {
    const features = await featuresAfter((dir) => {
      editJson(join(dir, 'connector.json'), (manifest) => {
        manifest.connection = {
          type: 'object',
          properties: {
            a: { type: 'string', description: 'A.' },
            b: { type: 'string', 'x-secret': 'GREETER_B', description: 'B, from a secret.' },
          },
        };
        manifest.errors = { ...(manifest.errors as object), fields: { more_info: 'more_info' } };
        (manifest.auth as Record<string, Record<string, unknown>>).token = {
          ...(manifest.auth as Record<string, object>).token,
          prefix: 'token',
        };
      });
      editJson(join(dir, 'operations', 'send-greeting.operation.json'), (op) => {
        op.pagination = { style: 'linkHeader' };
        op.queryEncoding = 'uriComponent';
      });
    });
    expect(features).toEqual([
      'connectorSpec',
      'pagination',
      'connection',
      'errorFields',
      'bearerPrefix',
      'queryOptions',
      'connectionSecrets',
    ]);
  });

  it('has a version entry for every feature it detects', async () => {
    const all = await featuresAfter((dir) => {
      editJson(join(dir, 'operations', 'send-greeting.operation.json'), (op) => {
        op.query = '{{this}}';
      });
    });
    for (const feature of all) expect(Object.keys(coreFeatureVersions)).toContain(feature);
  });
});

describe('requiredCoreVersion', () => {
  const table = { connectorSpec: '0.2.0', pagination: '0.3.0', queryOptions: 'next' };

  it('is the newest since of the features used, naming them', () => {
    expect(requiredCoreVersion(['connectorSpec'], '0.5.0', table)).toEqual({
      version: '0.2.0',
      because: ['connectorSpec'],
    });
    expect(requiredCoreVersion(['connectorSpec', 'pagination'], '0.5.0', table)).toEqual({
      version: '0.3.0',
      because: ['pagination'],
    });
  });

  it('counts a feature not released yet ("next") as the core version being released', () => {
    expect(requiredCoreVersion(['pagination', 'queryOptions'], '0.4.0', table)).toEqual({
      version: '0.4.0',
      because: ['queryOptions'],
    });
  });

  it('is stamped by version-packages: every "next" becomes the new core version', () => {
    expect(stampNext(table, '0.4.0')).toEqual({
      connectorSpec: '0.2.0',
      pagination: '0.3.0',
      queryOptions: '0.4.0',
    });
  });
});

describe('version helpers', () => {
  it('compare x.y.z numerically and read a peer range’s lower bound', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('0.2.0', '0.2.0')).toBe(0);
    expect(compareVersions('0.2.0', '1.0.0')).toBe(-1);
    expect(peerLowerBound('>=0.2.0 <1.0.0')).toBe('0.2.0');
    expect(peerLowerBound('^0.2.0')).toBeUndefined();
  });
});
