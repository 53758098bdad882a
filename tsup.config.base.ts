/**
 * The one tsup configuration every package shares: ESM + CJS, declarations for both
 * (`.d.ts` and `.d.cts`), no minification: stack traces point into readable code, so no sourcemaps are shipped (they
 * doubled every package's install size for no reader's gain).
 * Each package's own `tsup.config.ts` is one line that re-exports this.
 */
import { defineConfig, type Options } from 'tsup';

export const sharedOptions: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  splitting: false,
  treeshake: true,
  // Generated ajv validators import ajv's small runtime helpers; bundle them so no package needs ajv at run time.
  // Precompiled templates need only the Handlebars runtime (not the 3.2 MB package with its compiler): bundle it too.
  noExternal: [/^ajv\/dist\/runtime\//, /^handlebars\/runtime/],
};

export default defineConfig(sharedOptions);

/** The one-line config of a connector package: the same build, from its generated entry point. */
export const connectorConfig = defineConfig({ ...sharedOptions, entry: ['generated/index.ts'] });

/** The CLI: the library entry plus the `convoflow` bin (ESM, with its shebang). */
export const cliConfig = defineConfig([
  { ...sharedOptions, entry: ['src/index.ts'], platform: 'node' },
  // The bin uses top-level await: ESM only, and no declarations. Split, so that each command's modules (and the
  // packages they import) load only when that command runs.
  {
    ...sharedOptions,
    entry: ['src/bin.ts'],
    format: ['esm'],
    dts: false,
    platform: 'node',
    clean: false,
    splitting: true,
  },
]);

/** The studio's server module (the web app is built by Vite into dist/web; `shims` gives CJS its import.meta.url). */
export const studioConfig = defineConfig({ ...sharedOptions, platform: 'node', shims: true });
