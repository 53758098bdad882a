/**
 * The built package (dist/, made by `pnpm build`, which `pnpm test` runs first) is ES modules only, and loads from ES
 * modules and from CommonJS (`require()` of ES modules, unflagged on Node ^20.19 and >=22.12); its generated validator
 * works in both (ajv's runtime helpers are bundled, no `require` in ESM).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const script = (load: string) => `
${load}
const issues = core.validateConfig({ url: 'https://a.example', method: 'FETCH', auth: { type: 'bearer' } });
core.prepareRequest(
  { url: 'https://api.stripe.com/v1/payment_intents', method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    auth: { type: 'bearer', token: '{{secrets.K}}' },
    body: { amount: 2000, metadata: { order_id: '6735' } } },
  { secrets: { K: 'sk_test_dist' } },
).then((prepared) => console.log(JSON.stringify({ issues, body: prepared.body, printed: JSON.stringify(prepared) })));
`;

function run(args: string[]): { issues: unknown[]; body: string; printed: string } {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8' }));
}

describe('built package', () => {
  it('has been built', () => {
    expect(existsSync(join(packageDir, 'dist/index.js')), 'run `pnpm build` first').toBe(true);
  });

  for (const [kind, args] of [
    ['ESM import', ['--input-type=module', '-e', script("import * as core from '@convoflow/core';")]],
    ['CommonJS require', ['--input-type=commonjs', '-e', script("const core = require('@convoflow/core');")]],
  ] as const) {
    it(`works through ${kind}`, () => {
      const result = run([...args]);
      expect(result.issues).toEqual([
        { pointer: '/method', message: 'must be one of GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS' },
        { pointer: '/auth/token', message: 'is required' },
      ]);
      expect(result.body).toBe('amount=2000&metadata[order_id]=6735');
      expect(result.printed).toContain('Bearer ***');
      expect(result.printed).not.toContain('sk_test_dist');
    });
  }
});
