/**
 * Run by the build of core and each connector, after tsup, in the package's folder: copies dist/index.d.ts to
 * dist/index.d.cts, the declarations of the `require` export. The JavaScript is one ES module build for both
 * (`require()` loads ES modules on every Node the packages support); TypeScript needs the `.d.cts` to let a CommonJS
 * file (`module: node16`) import it. The same declarations as the ES build's, so they cannot drift.
 */
import { copyFileSync } from 'node:fs';

copyFileSync('dist/index.d.ts', 'dist/index.d.cts');
