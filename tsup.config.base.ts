/**
 * The one tsup configuration every package shares: ESM + CJS, declarations for both
 * (`.d.ts` and `.d.cts`), no minification: stack traces point into readable code, so no sourcemaps are shipped (they
 * doubled every package's install size for no reader's gain). Core and connectors, which every call imports, differ:
 * ES modules only, whitespace minified, names kept (see esmLibraryConfig).
 * Each package's own `tsup.config.ts` is one line that re-exports this.
 */
import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/**
 * Generated validators (ajv's standalone code: core's config checker, each connector's input checkers) are most of a
 * package's bytes and nobody reads them in dist: they are minified, the rest stays as written. Fewer bytes to parse
 * is a faster import and a smaller install; the readable source stays in `generated/`.
 */
const minifyGeneratedValidators: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'minify-generated-validators',
  setup(build) {
    build.onLoad({ filter: /[\\/]generated[\\/]validat[\w-]*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const { code } = await build.esbuild.transform(source, {
        loader: 'ts',
        minify: true,
        target: 'node20',
      });
      return { contents: code, loader: 'js' };
    });
  },
};

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
  esbuildPlugins: [minifyGeneratedValidators],
};

export default defineConfig(sharedOptions);

/**
 * Core and connectors ship ES modules only: every Node our engines admit (^20.19, >=22.12) loads them with
 * `require()` too (require(esm), unflagged), so a CommonJS copy would only double the install (and let one process
 * hold two copies of core). packages/core/test/dist.test.ts requires the built package from CommonJS.
 */
const esmLibraryOptions: Options = {
  ...sharedOptions,
  format: ['esm'],
  // What every call's process parses at import: whitespace and syntax minified (about a quarter fewer bytes, a
  // tenth off the cold import), names kept, so a stack trace still names each function.
  minifyWhitespace: true,
  minifySyntax: true,
};
/**
 * The ES module build. Its declarations are also needed as `.d.cts` (for `require()`: a TypeScript user whose file is
 * CommonJS, `module: node16`, may then import the package, which loads through require(esm)): the package's build
 * script copies them after tsup (scripts/declarations-for-require.mjs).
 */
export const esmLibraryConfig = defineConfig(esmLibraryOptions);

/** The one-line config of a connector package: the same ESM-only build, from its generated entry point. */
export const connectorConfig = defineConfig({ ...esmLibraryOptions, entry: ['generated/index.ts'] });

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
