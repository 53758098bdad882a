import { defineProject } from 'vitest/config';

/** The studio's tests start the built CLI and a real Chromium: slow on a shared machine, so long timeouts. */
export default defineProject({
  test: { testTimeout: 120_000, hookTimeout: 120_000 },
});
