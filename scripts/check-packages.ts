/**
 * `pnpm check:packages`: packs every publishable package (after `pnpm build`) and checks it as it will be published:
 * publint and @arethetypeswrong/cli on the tarball, failing on any problem, plus consistency rules — names match
 * folders, metadata present, connectors peer-depend on core with a range that includes the current core version and
 * every later 0.x minor and starts no lower than the first core with every spec feature the connector uses
 * (scripts/core-peer-range.ts), files present in the tarball.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { corePeerProblem } from './core-peer-range.ts';
import { publishablePackages, root, type WorkspacePackage } from './packages.ts';

const PNPM = ['-y', 'pnpm@10.34.8'];
const problems: string[] = [];
const fail = (pkg: WorkspacePackage, message: string) => problems.push(`${pkg.path}: ${message}`);

function metadata(pkg: WorkspacePackage, coreVersion: string): void {
  const json = pkg.json;
  const folder = pkg.path.split('/')[1] ?? '';
  const expected = pkg.path.startsWith('connectors/')
    ? `@convoflow/connector-${folder}`
    : `@convoflow/${folder}`;
  if (json.name !== expected) fail(pkg, `name is ${json.name}, expected ${expected}`);
  for (const field of [
    'version',
    'description',
    'keywords',
    'license',
    'repository',
    'files',
    'type',
    'engines',
    'exports',
  ]) {
    if (json[field] === undefined) fail(pkg, `package.json has no "${field}"`);
  }
  const repository = json.repository as { directory?: string } | undefined;
  if (repository?.directory !== pkg.path) fail(pkg, `repository.directory should be ${pkg.path}`);
  const exportsMap = json.exports as Record<string, unknown> | undefined;
  if (!exportsMap?.['./package.json']) fail(pkg, 'exports has no "./package.json"');
  // Either one entry for both (ES modules only, which require() loads on our engines) or an import and a require
  // entry: types first in each.
  const main = exportsMap?.['.'] as Record<string, unknown> | undefined;
  const entries = main && ('import' in main || 'require' in main) ? [main.import, main.require] : [main];
  if (main && entries.some((entry) => Object.keys((entry as object | undefined) ?? {})[0] !== 'types')) {
    fail(pkg, 'exports["."] (or its import and require entries) must list "types" first');
  }
  if (pkg.path.startsWith('connectors/')) {
    const peer = (json.peerDependencies as Record<string, string> | undefined)?.['@convoflow/core'];
    if (!peer) fail(pkg, 'connectors must peer-depend on @convoflow/core');
    else if (!/^>=\d+\.\d+\.\d+ <1\.0\.0$/.test(peer) && !/^\^[1-9]/.test(peer)) {
      fail(pkg, `peer range "${peer}" must admit later 0.x minors of core (use ">=${coreVersion} <1.0.0")`);
    }
    if ((json.dependencies as Record<string, string> | undefined)?.['@convoflow/core'])
      fail(pkg, '@convoflow/core must be a peer, not a dependency');
  }
}

/**
 * publint's one objection to core's and the connectors' exports: the `require` entry's types are `.d.cts` (CommonJS)
 * for an ES module file, which it calls ambiguous for a *default* import. These packages have no default export, and
 * `require()` of the ES module returns the same named exports the `.d.cts` declares (pnpm smoke checks both), so that
 * one message is accepted; any other problem still fails.
 */
function onlyRequireTypesAsCjs(output: string): boolean {
  // Under CI (CI=true) publint colours its output: the escape codes split the words, so they go first.
  const errors = stripVTControlCharacters(output)
    .split('\n')
    .filter((line) => /^\s*\d+\. /.test(line));
  return (
    errors.length > 0 &&
    errors.every((line) => line.includes('exports["."].require.types types is interpreted as CJS'))
  );
}

const core = publishablePackages().find((pkg) => pkg.json.name === '@convoflow/core');
const out = mkdtempSync(join(tmpdir(), 'convoflow-pack-'));
try {
  for (const pkg of publishablePackages()) {
    metadata(pkg, core?.json.version ?? '0.0.0');
    if (pkg.path.startsWith('connectors/')) {
      const problem = await corePeerProblem(pkg, core?.json.version ?? '0.0.0');
      if (problem) fail(pkg, problem.message);
    }
    execFileSync('npx', [...PNPM, 'pack', '--pack-destination', out], { cwd: pkg.dir, stdio: 'pipe' });
    const tarball = readdirSync(out).find(
      (name) => name.startsWith(pkg.json.name.replace('@', '').replace('/', '-')) && name.endsWith('.tgz'),
    );
    if (!tarball) {
      fail(pkg, 'pnpm pack produced no tarball');
      continue;
    }
    const path = join(out, tarball);
    const listing = execFileSync('tar', ['-tzf', path], { encoding: 'utf8' });
    // Core and connectors: one ES module build, which `require` loads too (require(esm)), with its `.d.cts`.
    const dotExport = (pkg.json.exports as Record<string, { require?: { default?: string } }> | undefined)?.[
      '.'
    ];
    const esmOnly = dotExport?.require?.default === './dist/index.js';
    for (const needed of [
      'package/README.md',
      'package/CHANGELOG.md',
      'package/dist/index.js',
      'package/dist/index.d.ts',
      'package/dist/index.d.cts',
      ...(esmOnly ? [] : ['package/dist/index.cjs']),
    ]) {
      if (!listing.includes(needed)) fail(pkg, `the tarball lacks ${needed.slice('package/'.length)}`);
    }
    for (const [tool, args] of [
      ['publint', [join(root, 'node_modules/publint/src/cli.js'), path, '--strict']],
      [
        'attw',
        [
          join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
          path,
          '--profile',
          'node16',
          '--format',
          'ascii',
          // attw predates require(esm): on every Node our engines admit, require() of an ES-module-only package works
          // (packages/core/test/dist.test.ts requires core from CommonJS; pnpm smoke typechecks a CommonJS user under
          // node16 against the .d.cts), so "resolves to ESM" and "types say CJS" are not problems here.
          ...(esmOnly ? ['--ignore-rules', 'cjs-resolves-to-esm', 'false-cjs'] : []),
        ],
      ],
    ] as const) {
      try {
        execFileSync(process.execPath, [...args], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
      } catch (error) {
        const output =
          `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`.trim();
        if (tool === 'publint' && esmOnly && onlyRequireTypesAsCjs(output)) continue;
        fail(
          pkg,
          `${tool} reports problems:\n${output
            .split('\n')
            .map((line) => `    ${line}`)
            .join('\n')}`,
        );
      }
    }
    console.log(`checked ${pkg.json.name}@${pkg.json.version}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`check:packages: ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('check:packages: every package passes publint, arethetypeswrong and the consistency rules.');
}
