// The vitest config Stryker runs (see stryker.config.base.mjs). Each mutant reruns every test that reaches it, and
// on the hot path (encoders, references, auth) that is nearly every request test, so three things keep a run short:
// - The slowest files (real waits, property runs, the transports and their connection waits, the build) are left
//   out; the mutated modules are judged by the other tests, which target them directly. Leaving tests out can only
//   lower the score, never raise it.
// - Most files share one module graph per mutant run (`isolate: false`): importing core again for every file cost
//   more than the tests themselves (a run of 6 small files: 2.4 s isolated, 0.5 s shared). Stryker starts a fresh
//   worker for each mutant, so nothing is shared between mutants. Files that fake timers, or set the environment or
//   globals, keep their own module graph (`isolate: true`), as in a normal run.
// - FastFirstSequencer: the last run's failing file first, then the fastest (a killed mutant stops at its killer).
import { defineConfig } from 'vitest/config';
import { FastFirstSequencer } from '../../mutation-sequencer.mjs';

/** Left out of mutation runs (see above). */
const slow = [
  'test/dist.test.ts',
  'test/execute-behaviour.test.ts',
  'test/hot-path.test.ts',
  'test/form-encoding.test.ts',
  'test/undici-transport.test.ts',
  'test/connection-wait.test.ts',
];

/** Fake timers, `process.env` or stubbed globals: each in a module graph of its own. */
const isolated = [
  'test/policy-defaults.test.ts',
  'test/proxy.test.ts',
  'test/retry-after-dates.test.ts',
  'test/secrets.test.ts',
];

export default defineConfig({
  test: {
    sequence: { sequencer: FastFirstSequencer },
    projects: [
      {
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...slow, ...isolated],
          isolate: false,
        },
      },
      { test: { name: 'isolated', include: isolated, isolate: true } },
    ],
  },
});
