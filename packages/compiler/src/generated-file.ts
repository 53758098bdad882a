/** A file the code generators produce: a path relative to the repository root and its exact contents. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/**
 * The banner on the first lines of every generated file: that it is generated, from which source, and the
 * command that regenerates it. No timestamps or absolute paths, so reruns are byte-identical.
 *
 * @example
 * generatedBanner('packages/core/schema/custom-api-node.schema.json')
 * // "// Generated from packages/core/schema/custom-api-node.schema.json by `pnpm codegen --write`. Do not edit."
 */
export function generatedBanner(source: string): string {
  return `// Generated from ${source} by \`pnpm codegen --write\`. Do not edit.`;
}
