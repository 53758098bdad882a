import type { CompileIssue } from './compile-issue.js';
import type { LoadedConnector, LoadedOperation } from './load-connector.js';
import { pascalCase } from './names.js';

/** The output type's name of an operation with an output schema (`ListCustomersOutput`). */
export function outputTypeName(operation: LoadedOperation): string | undefined {
  return operation.output ? `${pascalCase(operation.stem)}Output` : undefined;
}

function itemsPath(operation: LoadedOperation): string | undefined {
  const pagination = operation.operation.pagination as { items?: string } | undefined;
  return pagination ? (pagination.items ?? '') : undefined;
}

/**
 * The item type of a paginated operation: the element type of the output schema's array at the items path, as a
 * type expression over the output type (`NonNullable<ListCustomersOutput['data']>[number]`). A path the output
 * schema does not describe as an array is an error naming the operation file.
 */
function itemType(operation: LoadedOperation, issues: CompileIssue[]): string {
  const output = outputTypeName(operation);
  const path = itemsPath(operation);
  if (!output || path === undefined || !operation.output) return 'unknown';
  let schema: Record<string, unknown> | undefined = operation.output;
  let type = output;
  for (const segment of path.split('.').filter(Boolean)) {
    const properties = schema?.properties as Record<string, Record<string, unknown>> | undefined;
    schema = properties && Object.hasOwn(properties, segment) ? properties[segment] : undefined;
    type = `NonNullable<${type}[${JSON.stringify(segment)}]>`;
  }
  if (schema?.type !== 'array') {
    issues.push({
      file: operation.operationFile,
      pointer: '/pagination/items',
      message: `${path || '(the body)'}: ${operation.outputFile} does not describe an array there`,
    });
    return 'unknown';
  }
  return `${type}[number]`;
}

/** The three maps from operation id to input, output and item types that type `connector.run` and `paginate`. */
export function emitTypeMaps(connector: LoadedConnector): { source: string; issues: CompileIssue[] } {
  const issues: CompileIssue[] = [];
  const name = pascalCase(connector.folder);
  const title = String(connector.manifest.title);
  const map = (kind: string, what: string, type: (operation: LoadedOperation) => string) =>
    [
      `/** Every operation of the ${title} connector, with its ${what}. */`,
      `export interface ${name}Operation${kind} {`,
      ...connector.operations.map((operation) => `  ${operation.id}: ${type(operation)};`),
      '}',
    ].join('\n');
  const source = [
    map('Inputs', 'input type', (operation) => operation.inputType),
    map(
      'Outputs',
      'response body type (unknown without an output schema)',
      (o) => outputTypeName(o) ?? 'unknown',
    ),
    map('Items', 'item type when it paginates (unknown otherwise)', (operation) =>
      itemType(operation, issues),
    ),
  ].join('\n\n');
  return { source, issues };
}
