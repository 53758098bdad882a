/** The parts of a JSON Schema that `describe` reads. */
export type Schema = {
  type?: unknown;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  items?: Schema;
  anyOf?: Schema[];
  examples?: unknown[];
};

/** A property's type as a short word: `string`, `integer[]`, `"usd" | "eur"`. */
export function typeOf(schema: Schema): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  const type = ([] as unknown[]).concat(schema.type ?? 'any').join(' | ');
  return type === 'array' && schema.items ? `${typeOf(schema.items)}[]` : type;
}

/**
 * The example `describe` shows: the schema's own first `examples` entry (every shipped operation has one, checked
 * by a test to pass validation), else the required fields with a value of the right type.
 */
export function exampleInput(schema: Schema): unknown {
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  const out: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name] ?? {};
    const type = ([] as unknown[]).concat(property.type ?? 'string')[0];
    out[name] =
      property.enum?.[0] ??
      ({ integer: 1, number: 1, boolean: true, array: [] } as Record<string, unknown>)[String(type)] ??
      (type === 'object' ? exampleInput(property) : `<${name}>`);
  }
  return out;
}
