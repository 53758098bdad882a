/**
 * `pnpm codegen [id…] [--write]`: regenerates every generated file in the repository — core's config types and
 * validator, and each connector's generated/ folder and README operations table.
 * Check mode by default (exit 1 and list what is stale, write nothing); `--write` updates the files.
 * The same command is CI's staleness check and the developer's fix.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileConnector,
  emitReadmeSection,
  emitTypes,
  emitValidator,
  formatIssue,
  type GeneratedFile,
  generatedBanner,
  isManifestError,
  loadConnector,
  spliceReadme,
  writeOrCheck,
} from '../packages/compiler/src/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Package schemas that get generated types and a standalone validator. */
const PACKAGE_SCHEMAS = [
  {
    source: 'packages/workflow/schema/workflow.schema.json',
    typeName: 'Workflow',
    out: 'packages/workflow/src/generated',
    validator: 'validateWorkflowSchema',
  },
] as const;

async function packageSchemaFiles(): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const entry of PACKAGE_SCHEMAS) {
    const schema = JSON.parse(await readFile(join(root, entry.source), 'utf8')) as object;
    const banner = generatedBanner(entry.source);
    files.push(
      {
        path: `${entry.out}/types.ts`,
        contents: await emitTypes(schema, { typeName: entry.typeName, banner }),
      },
      {
        path: `${entry.out}/validate.ts`,
        contents: emitValidator(schema, { banner, exportName: entry.validator }),
      },
    );
  }
  return files;
}

async function coreFiles(): Promise<GeneratedFile[]> {
  const source = 'packages/core/schema/custom-api-node.schema.json';
  const schema = JSON.parse(await readFile(join(root, source), 'utf8')) as object;
  const banner = generatedBanner(source);
  return [
    {
      path: 'packages/core/src/generated/config-types.ts',
      contents: await emitTypes(schema, { typeName: 'CustomApiNodeConfig', banner }),
    },
    {
      path: 'packages/core/src/generated/validate-config.ts',
      contents: emitValidator(schema, { banner, exportName: 'validateConfigSchema' }),
    },
  ];
}

/** Every folder in connectors/ that holds a connector.json (optionally only the named ones). */
export async function connectorDirs(only: readonly string[] = []): Promise<string[]> {
  const base = join(root, 'connectors');
  const names = existsSync(base) ? (await readdir(base)).sort() : [];
  return names
    .filter(
      (name) => existsSync(join(base, name, 'connector.json')) && (only.length === 0 || only.includes(name)),
    )
    .map((name) => join(base, name));
}

async function connectorFiles(dir: string): Promise<GeneratedFile[]> {
  const { files, warnings } = await compileConnector(dir, { root });
  for (const warning of warnings) console.warn(`warning: ${formatIssue(warning)}`);
  const { connector } = await loadConnector(dir, root);
  const readmePath = join(dir, 'README.md');
  if (connector && existsSync(readmePath)) {
    const readme = await readFile(readmePath, 'utf8');
    files.push({
      path: `connectors/${connector.folder}/README.md`,
      contents: spliceReadme(readme, emitReadmeSection(connector)),
    });
  }
  return files;
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const files: GeneratedFile[] =
    only.length === 0 || only.includes('core')
      ? [...(await coreFiles()), ...(await packageSchemaFiles())]
      : [];
  const owned: string[] = [];
  let failed = false;
  const connectorIds = only.filter((id) => id !== 'core');
  const dirs = only.length > 0 && connectorIds.length === 0 ? [] : await connectorDirs(connectorIds);
  for (const dir of dirs) {
    try {
      files.push(...(await connectorFiles(dir)));
      owned.push(`connectors/${dir.split(/[\\/]/).pop()}/generated`);
    } catch (error) {
      if (!isManifestError(error)) throw error;
      console.error(error.message);
      failed = true;
    }
  }
  const { stale, stray } = await writeOrCheck(root, files, { write, ownedDirs: owned });
  const changed = [...stale, ...stray.map((path) => `${path} (not generated any more)`)];
  if (changed.length === 0) console.log(`codegen: ${files.length} generated files are up to date.`);
  else if (write) console.log(`codegen: updated ${changed.length} file(s):\n  ${changed.join('\n  ')}`);
  else {
    console.error(
      `codegen: ${changed.length} generated file(s) are stale:\n  ${changed.join('\n  ')}\nRun \`pnpm codegen --write\` and commit the result.`,
    );
    failed = true;
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
