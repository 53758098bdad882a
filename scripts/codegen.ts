/**
 * `pnpm codegen [--write]`: regenerates every generated file in the repository.
 * Check mode by default (exit 1 and list what is stale, write nothing); `--write` updates the files.
 * The same command is CI's staleness check and the developer's fix.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  emitTypes,
  emitValidator,
  type GeneratedFile,
  generatedBanner,
} from '../packages/compiler/src/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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

async function readOrEmpty(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const files = [...(await coreFiles())];
  const stale: string[] = [];
  for (const file of files) {
    const absolute = join(root, file.path);
    const current = await readOrEmpty(absolute);
    if (current === file.contents) continue;
    stale.push(file.path);
    if (write) {
      await mkdir(dirname(absolute), { recursive: true });
      await writeFile(absolute, file.contents);
    }
  }
  if (stale.length === 0) {
    console.log(`codegen: ${files.length} generated files are up to date.`);
    return;
  }
  if (write) {
    console.log(`codegen: wrote ${stale.length} file(s):\n  ${stale.join('\n  ')}`);
    return;
  }
  console.error(
    `codegen: ${stale.length} generated file(s) are stale:\n  ${stale.join('\n  ')}\nRun \`pnpm codegen --write\` and commit the result.`,
  );
  process.exitCode = 1;
}

await main();
