// The vitest config Stryker runs (see stryker.config.base.mjs).
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
