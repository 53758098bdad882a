import schema from '../../schema/custom-api-node.schema.json' with { type: 'json' };

/**
 * The published JSON Schema of a Custom API node config (draft-07). Editors can use it for autocompletion
 * (`"$schema"` in a config file, or the `@convoflow/core/schema/custom-api-node.schema.json` export), and UIs can
 * render a configuration panel from it.
 */
export const customApiNodeConfigSchema: Readonly<Record<string, unknown>> = schema;

type SchemaNode = { properties?: Record<string, unknown>; oneOf?: unknown[]; $ref?: string };

function definition(ref: string): SchemaNode {
  const name = ref.replace('#/definitions/', '');
  return ((schema as { definitions: Record<string, SchemaNode> }).definitions[name] ?? {}) as SchemaNode;
}

function propertyNames(node: SchemaNode): string[] {
  const resolved = node.$ref ? definition(node.$ref) : node;
  const own = Object.keys(resolved.properties ?? {});
  const branches = (resolved.oneOf ?? []).flatMap((branch) => propertyNames(branch as SchemaNode));
  return [...new Set([...own, ...branches])];
}

/** The field names by pointer, built on the first "did you mean" hint (not when core is imported). */
let knownByPointer: Map<string, string[]> | undefined;
function fieldsByPointer(): Map<string, string[]> {
  if (knownByPointer) return knownByPointer;
  const rootProperties = (schema as { properties: Record<string, SchemaNode> }).properties;
  knownByPointer = new Map<string, string[]>([['', Object.keys(rootProperties)]]);
  for (const [name, node] of Object.entries(rootProperties)) {
    const names = propertyNames(node);
    if (names.length > 0) knownByPointer.set(`/${name}`, names);
  }
  return knownByPointer;
}

/** The field names the schema knows at a pointer (for "did you mean" hints). */
export function knownConfigFields(pointer: string): readonly string[] {
  return fieldsByPointer().get(pointer) ?? [];
}
