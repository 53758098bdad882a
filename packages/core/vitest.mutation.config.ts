// The vitest config Stryker runs (see stryker.config.base.mjs). The dist test checks the build, not src: left out.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.ts'], exclude: ['test/dist.test.ts'] } });
