import { compile, type JSONSchema } from 'json-schema-to-typescript';

/** Options for {@link emitTypes}. */
export interface EmitTypesOptions {
  /** The name of the root type, e.g. `CreatePaymentIntentInput`. */
  typeName: string;
  /** The banner written as the first lines of the file (already a comment). */
  banner: string;
}

/**
 * Turns a JSON Schema into TypeScript declarations with json-schema-to-typescript.
 * `additionalProperties: false` is the default, so a misspelt field is a type error; descriptions become JSDoc;
 * `unknown` replaces `any`; index signatures include `undefined` (strict mode).
 *
 * @example
 * const source = await emitTypes(schema, { typeName: 'CustomApiNodeConfig', banner: '// Generated…' });
 */
export async function emitTypes(schema: object, options: EmitTypesOptions): Promise<string> {
  const copy = structuredClone(schema) as JSONSchema & { $id?: string };
  // The $id would become the type name; the caller chooses the name instead.
  delete copy.$id;
  copy.title = options.typeName;
  const source = await compile(copy, options.typeName, {
    bannerComment: options.banner,
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: true,
    declareExternallyReferenced: true,
    enableConstEnums: false,
    format: true,
    style: { singleQuote: true, printWidth: 110, trailingComma: 'all' },
  });
  return source;
}
