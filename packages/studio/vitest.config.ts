import { defineProject } from 'vitest/config';

/**
 * The studio's tests start the built CLI and a real Chromium: slow on a shared machine, so long timeouts, and
 * `expect.poll` waits up to 30 s for the page (a send or a run) instead of 1 s.
 */
export default defineProject({
  test: { testTimeout: 120_000, hookTimeout: 120_000, expect: { poll: { timeout: 30_000, interval: 100 } } },
});
