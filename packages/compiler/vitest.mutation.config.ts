// The vitest config Stryker runs (see stryker.config.base.mjs). Rules and template analysis are judged by their
// unit tests: the tests that compile whole connectors take seconds each (and the preset and scaffold tests compile
// while their file loads, outside any test, so every mutant they reach would rerun the whole suite). Leaving tests
// out can only lower the score, never raise it. FastFirstSequencer: the last run's failing file first, then the fastest
// (a killed mutant stops at its killer).
import { defineConfig } from 'vitest/config';
import { FastFirstSequencer } from '../../mutation-sequencer.mjs';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/presets.test.ts',
      'test/scaffold.test.ts',
      'test/bad-manifests.test.ts',
      'test/compile-connector.test.ts',
    ],
    sequence: { sequencer: FastFirstSequencer },
  },
});
