import { join, relative } from 'node:path';
import { type CompileIssue, ManifestError } from './compile-issue.js';
import { callerConnectionSchema } from './connection-secrets.js';
import { emitConnectorModule } from './emit-connector.js';
import { emitTypeMaps } from './emit-type-maps.js';
import { emitTypes } from './emit-types.js';
import { emitValidators } from './emit-validator.js';
import { type GeneratedFile, generatedBanner } from './generated-file.js';
import { loadConnector } from './load-connector.js';
import { pascalCase } from './names.js';
import { runRules } from './rules.js';
import { validateManifests } from './validate-manifest.js';

/** The result of compiling a connector: the generated files and any warnings. */
export interface CompiledConnector {
  id: string;
  files: GeneratedFile[];
  warnings: CompileIssue[];
}

function unique(issues: CompileIssue[]): CompileIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify(issue);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Compiles one connector folder into its `generated/` files: load → validate manifests against the meta-schemas →
 * semantic rules → emit types (json-schema-to-typescript) → emit validators (ajv standalone) → emit precompiled
 * templates and typed presets. Deterministic: the same input gives byte-identical output (no timestamps, no
 * absolute paths). Throws a {@link ManifestError} listing every problem, each with its file and location.
 *
 * @example
 * const { files } = await compileConnector('connectors/stripe', { root: process.cwd() });
 */
export async function compileConnector(dir: string, options: { root: string }): Promise<CompiledConnector> {
  const folder = relative(options.root, dir).split('\\').join('/');
  const loaded = await loadConnector(dir, options.root);
  const connector = loaded.connector;
  if (!connector || loaded.issues.length > 0) throw new ManifestError(folder, unique(loaded.issues));
  const schemaIssues = validateManifests(connector);
  if (schemaIssues.length > 0) throw new ManifestError(folder, unique(schemaIssues));
  const rules = runRules(connector);
  const banner = generatedBanner(folder);
  const module = emitConnectorModule(connector, banner);
  const errors = unique([...rules.errors, ...module.issues]);
  if (errors.length > 0) throw new ManifestError(folder, errors);

  const typeChunks: string[] = [];
  for (const operation of connector.operations) {
    typeChunks.push(await emitTypes(operation.input, { typeName: operation.inputType, banner: '' }));
    if (operation.output) {
      typeChunks.push(
        await emitTypes(operation.output, { typeName: `${pascalCase(operation.stem)}Output`, banner: '' }),
      );
    }
  }
  const maps = emitTypeMaps(connector);
  if (maps.issues.length > 0) throw new ManifestError(folder, unique(maps.issues));
  const types = [banner, ...typeChunks.map((chunk) => chunk.trim()), maps.source, ''].join('\n\n');
  const connection = callerConnectionSchema(
    connector.manifest.connection as Record<string, unknown> | undefined,
  );
  const validators = emitValidators(
    Object.fromEntries([
      ...(connection ? [['validateConnection', connection] as const] : []),
      ...connector.operations.map(
        (operation) => [`validate${pascalCase(operation.stem)}`, operation.input] as const,
      ),
    ]),
    { banner },
  );
  const index = [
    banner,
    "export * from './connector.js';",
    "export type * from './types.js';",
    "export { connector as default } from './connector.js';",
    '',
  ].join('\n');
  const out = (file: string) => `${folder}/generated/${file}`;
  return {
    id: connector.folder,
    warnings: rules.warnings,
    files: [
      { path: out('types.ts'), contents: types },
      { path: out('validators.ts'), contents: validators },
      { path: out('templates.ts'), contents: module.templates },
      { path: out('connector.ts'), contents: module.source },
      { path: out('index.ts'), contents: index },
    ],
  };
}

/** The generated folder of a connector directory. */
export function generatedDir(dir: string): string {
  return join(dir, 'generated');
}
