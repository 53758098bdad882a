// The vitest config Stryker runs (see stryker.config.base.mjs). Each mutant reruns every test that reaches it, and
// on the hot path (encoders, references, auth) that is nearly every request test: the slowest files (real waits,
// property runs, the transports and their connection waits, the build) would make a full run take hours on two shared cores. They are left
// out; the listed modules are judged by the other tests, which target them directly. Leaving tests out can only
// lower the score, never raise it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/dist.test.ts',
      'test/execute-behaviour.test.ts',
      'test/hot-path.test.ts',
      'test/form-encoding.test.ts',
      'test/undici-transport.test.ts',
      'test/connection-wait.test.ts',
    ],
  },
});
