/**
 * The Stryker settings every package shares (`pnpm test:mutation`; see CONTRIBUTING.md). Each package's
 * `stryker.config.mjs` names only the files it mutates.
 *
 * - `inPlace`: mutants are written into the package itself, not a sandbox copy, because tests read files outside it
 *   (the examples folder, the connectors' fixtures). Stryker puts every file back when it stops.
 * - `vitest.mutation.config.ts`: a package-local vitest config, since the root one lists workspace projects, which the
 *   vitest runner cannot resolve.
 * - `disableTypeChecks: false`: vitest strips types without checking them, so no `// @ts-nocheck` is needed, and a
 *   test compares a generated file byte for byte.
 * - `incremental`: the committed `stryker-incremental.json` lets a run re-test only mutants whose code or tests
 *   changed; `--force` runs everything. `thresholds.break` fails the run below 90%.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @param {string[]} mutate files (or `file:startLine-endLine` ranges) to mutate, relative to the package */
export function mutationConfig(mutate) {
  return {
    testRunner: 'vitest',
    plugins: [require.resolve('@stryker-mutator/vitest-runner')],
    vitest: { configFile: 'vitest.mutation.config.ts' },
    coverageAnalysis: 'perTest',
    inPlace: true,
    disableTypeChecks: false,
    concurrency: 2,
    timeoutMS: 10_000,
    incremental: true,
    incrementalFile: 'stryker-incremental.json',
    thresholds: { high: 95, low: 90, break: 90 },
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: 'reports/mutation/index.html' },
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    mutate,
  };
}
