// Measures the built web app's JavaScript, gzipped (what a browser downloads), and fails the build over the budget.
// Run by `pnpm --filter @convoflow/studio build`; `node scripts/bundle-size.mjs --write` also records the numbers
// in bench/results/studio-bundle-size.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 300 * 1024;
const here = dirname(fileURLToPath(import.meta.url));
const assets = join(here, '..', 'dist', 'web', 'assets');
const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
const sizes = files.map((name) => {
  const bytes = readFileSync(join(assets, name));
  return {
    file: name.replace(/-[\w-]{8}\.js$/, '.js'),
    bytes: bytes.length,
    gzipped: gzipSync(bytes, { level: 9 }).length,
  };
});
const total = sizes.reduce((sum, item) => sum + item.gzipped, 0);
console.log(
  `studio web app JavaScript: ${(total / 1024).toFixed(1)} kB gzipped (${files.length} file${files.length === 1 ? '' : 's'}, budget ${BUDGET / 1024} kB)`,
);
if (process.argv.includes('--write')) {
  const result = {
    command: 'pnpm --filter @convoflow/studio build && node packages/studio/scripts/bundle-size.mjs --write',
    budgetBytes: BUDGET,
    gzippedBytes: total,
    files: sizes,
  };
  writeFileSync(
    join(here, '..', '..', '..', 'bench', 'results', 'studio-bundle-size.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
}
if (total > BUDGET) {
  console.error(`over the budget by ${((total - BUDGET) / 1024).toFixed(1)} kB`);
  process.exit(1);
}
