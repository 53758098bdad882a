/** The parts of a JSON Schema the form reads. */
export interface Schema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
  $ref?: string;
  definitions?: Record<string, Schema>;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

/** A schema with its `#/definitions/…` reference followed (one level at a time). */
export function resolveRef(schema: Schema, root: Schema): Schema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 10; hops++) {
    const name = current.$ref.replace('#/definitions/', '');
    const target = root.definitions?.[name];
    if (!target) return current;
    const { $ref: _ref, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

/** The first type a schema names. */
export function typeOf(schema: Schema): string | undefined {
  return Array.isArray(schema.type) ? (schema.type.length === 1 ? schema.type[0] : 'json') : schema.type;
}

/** A label from a property name: `payment_method_types` → `payment_method_types` (names are kept: users copy them). */
export function labelOf(name: string, schema: Schema): string {
  return schema.title && !/Auth$/.test(schema.title) ? schema.title : name;
}

/** The alternatives of an either-or rule: `oneOf` or `anyOf`. */
export function alternatives(schema: Schema): Schema[] | undefined {
  return schema.oneOf ?? schema.anyOf;
}

/** The discriminator of object alternatives (`type` of auth, `grant` of OAuth 2.0): its const per branch. */
export function discriminator(
  branches: Schema[],
  root: Schema,
): { name: string; values: unknown[] } | undefined {
  const resolved = branches.map((branch) => resolveRef(branch, root));
  const first = resolved[0]?.properties;
  if (!first) return undefined;
  for (const name of Object.keys(first)) {
    const values = resolved.map((branch) => branch.properties?.[name]?.const);
    if (values.every((value) => value !== undefined) && new Set(values).size === values.length) {
      // A discriminator shared by every branch at one level (`type: oauth2` in every grant) is not this level's.
      return { name, values };
    }
  }
  return undefined;
}

/** The JSON type of a value, as a schema names it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/** Whether a value fits a schema's `type` at first glance (to pick the alternative a value belongs to). */
export function fitsType(value: unknown, schema: Schema): boolean {
  const types = ([] as string[]).concat(schema.type ?? []);
  if (types.length === 0) return schema.enum ? schema.enum.includes(value) : true;
  const type = jsonType(value);
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}
