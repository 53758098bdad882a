// The vitest config Stryker runs (see stryker.config.base.mjs). The preset and scaffold tests compile a connector
// while their file loads, outside any test, so every mutant they reach would count as static and rerun the whole
// suite; left out, the rules are judged by the tests written for them (which can only lower the score).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/**/*.test.ts'], exclude: ['test/presets.test.ts', 'test/scaffold.test.ts'] },
});
