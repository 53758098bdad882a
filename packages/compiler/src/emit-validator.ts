import { Ajv, type Options as AjvOptions } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';

/** ajv's standalone entry is CommonJS with `exports.default`; ESM and CJS builds see it differently. */
const standaloneCode: typeof standaloneModule.default =
  (standaloneModule as unknown as { default?: typeof standaloneModule.default }).default ??
  (standaloneModule as unknown as typeof standaloneModule.default);

/** Options for {@link emitValidator}. */
export interface EmitValidatorOptions {
  /** The banner written as the first lines of the file (already a comment). */
  banner: string;
  /** The name of the exported validate function. Default `validate`. */
  exportName?: string;
}

/** The ajv options every generated validator is compiled with. */
export const validatorAjvOptions: AjvOptions = {
  allErrors: true,
  strict: true,
  strictTypes: false,
  discriminator: true,
  useDefaults: false,
  coerceTypes: false,
  code: { source: true, esm: true, lines: true, optimize: true },
};

/** The type every generated validator module declares for its export (self-contained: no import needed). */
const GENERATED_VALIDATOR_TYPE = `export interface GeneratedValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export type GeneratedValidator = ((data: unknown) => boolean) & { errors?: GeneratedValidatorError[] | null };`;

const runtimeRequire = /require\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)(\.default)?/g;

/** Keywords whose value maps names to subschemas: their keys are names, never annotations. */
const namedSubschemaKeywords = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependentSchemas',
]);
/** Keywords that only annotate: validation does not read them, so the generated code need not carry them. */
const annotationKeywords = new Set([
  '$schema',
  'title',
  'description',
  'examples',
  '$comment',
  'default',
  'deprecated',
]);

/** A copy of `schema` without annotations (descriptions, titles, examples), walking only schema positions. */
export function stripAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (annotationKeywords.has(key)) continue;
    if (key === 'enum' || key === 'const') {
      out[key] = value;
    } else if (namedSubschemaKeywords.has(key) && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub)]),
      );
    } else {
      out[key] = stripAnnotations(value);
    }
  }
  return out;
}

/**
 * Compiles JSON Schemas into standalone ajv validators, one export per schema, as TypeScript source that imports
 * only ajv's small runtime helpers (no schema compilation at run time, so it works where `new Function` is
 * forbidden).
 *
 * ajv's standalone output calls `require("ajv/dist/runtime/…")` even in ESM mode; those calls are rewritten to
 * imports here, so the module loads from ES modules and, once bundled, from CommonJS too.
 *
 * @example
 * const source = emitValidators({ validateConfig: schema }, { banner: '// Generated…' });
 */
export function emitValidators(
  schemas: Readonly<Record<string, object>>,
  options: { banner: string },
): string {
  const ajv = new Ajv(validatorAjvOptions);
  const refs: Record<string, string> = {};
  for (const [exportName, schema] of Object.entries(schemas)) {
    const copy = stripAnnotations(schema) as Record<string, unknown>;
    delete copy.$id;
    ajv.addSchema(copy, exportName);
    refs[exportName] = exportName;
  }
  const code = standaloneCode(ajv, refs);
  const helpers = new Map<string, string>();
  const body = code.replace(runtimeRequire, (_match: string, helper: string) => {
    const local = `ajvRuntime_${helper}`;
    helpers.set(helper, local);
    return local;
  });
  const imports = [...helpers]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([helper, local]) =>
        `import ${local}Module from 'ajv/dist/runtime/${helper}.js';\nconst ${local} = (${local}Module as { default?: unknown }).default ?? ${local}Module;`,
    )
    .join('\n');
  const typed = body
    .replace(/^"use strict";/, '')
    .replace(
      /^export const (\w+) = (\w+);$/gm,
      '/** Checks data against the schema; on failure its `errors` holds every problem. */\nexport const $1: GeneratedValidator = $2;',
    );
  return [options.banner, '// @ts-nocheck', GENERATED_VALIDATOR_TYPE, imports, typed.trim(), '']
    .filter((part) => part !== '')
    .join('\n');
}

/** {@link emitValidators} for one schema. */
export function emitValidator(schema: object, options: EmitValidatorOptions): string {
  return emitValidators({ [options.exportName ?? 'validate']: schema }, options);
}
