/**
 * The order in which a mutant's tests run under Stryker (`vitest.mutation.config.ts` of each package). Stryker's
 * vitest runner runs one file at a time and stops at the first failing test (bail), so a killed mutant costs only the
 * files run before its killer. vitest's own order runs the slowest files first, which makes every killed mutant pay for
 * the server-heavy files. Here: the files that failed in the previous run first (the previous mutant's killer is likely
 * to kill its neighbour on the next line), then the fastest files. A survivor still runs every test that reaches it, so
 * the order changes the cost of a run, never its result.
 */
import { relative } from 'node:path';
import { BaseSequencer } from 'vitest/node';

export class FastFirstSequencer extends BaseSequencer {
  /** @param {import('vitest/node').TestSpecification[]} files */
  async sort(files) {
    const { cache, config } = this.ctx;
    /** @param {import('vitest/node').TestSpecification} spec */
    const rank = (spec) => {
      const key = `${spec.project.name}:${relative(config.root, spec.moduleId)}`;
      const results = cache.getFileTestResults(key);
      const size = cache.getFileStats(key)?.size ?? Number.MAX_SAFE_INTEGER;
      return {
        failed: results?.failed === true,
        duration: results?.duration ?? Number.MAX_SAFE_INTEGER,
        size,
      };
    };
    const ranked = files.map((spec) => ({ spec, ...rank(spec) }));
    ranked.sort(
      (a, b) =>
        Number(b.failed) - Number(a.failed) ||
        a.duration - b.duration ||
        a.size - b.size ||
        a.spec.moduleId.localeCompare(b.spec.moduleId),
    );
    return ranked.map(({ spec }) => spec);
  }
}
