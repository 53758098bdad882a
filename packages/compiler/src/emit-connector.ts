import { type AnalyzedLeaf, analyzeTemplate } from './analyze-template.js';
import type { CompileIssue } from './compile-issue.js';
import { outputTypeName } from './emit-type-maps.js';
import type { LoadedConnector, LoadedOperation } from './load-connector.js';
import { pascalCase } from './names.js';

/** Collects precompiled text templates while template trees are emitted, numbering them in order. */
class TemplateTable {
  readonly entries: string[] = [];
  add(precompiled: string): string {
    this.entries.push(precompiled);
    return `templates.t${this.entries.length - 1}`;
  }
}

const json = (value: unknown): string => JSON.stringify(value);

function pointerChild(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function leafCode(leaf: AnalyzedLeaf, table: TemplateTable): string {
  if (leaf.kind === 'literal') return `{ literal: ${json(leaf.value)} }`;
  if (leaf.kind === 'expr') return `{ expr: ${json(leaf.expr)} }`;
  return `{ text: ${table.add(leaf.precompiled)}, refs: ${json(leaf.refs)} }`;
}

/**
 * Emits a JSON-shaped template as core `TemplateNode` source: literals stay literal, string leaves are analysed
 * (typed expression or precompiled text), objects and arrays recurse. Issues carry the file and JSON pointer.
 */
export function emitTemplateTree(
  value: unknown,
  context: {
    file: string;
    pointer: string;
    inputSchema: Record<string, unknown>;
    table: TemplateTable;
    issues: CompileIssue[];
  },
): string {
  if (typeof value === 'string') {
    const { leaf, issues } = analyzeTemplate(value, {
      file: context.file,
      pointer: context.pointer,
      inputSchema: context.inputSchema,
    });
    context.issues.push(...issues);
    return leaf ? leafCode(leaf, context.table) : '{ literal: null }';
  }
  if (Array.isArray(value)) {
    const items = value.map((item, index) =>
      emitTemplateTree(item, { ...context, pointer: pointerChild(context.pointer, index) }),
    );
    return `{ array: [${items.join(', ')}] }`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, item]) =>
        `[${json(key)}, ${emitTemplateTree(item, { ...context, pointer: pointerChild(context.pointer, key) })}]`,
    );
    return `{ object: [${entries.join(', ')}] }`;
  }
  return `{ literal: ${json(value)} }`;
}

/** The input schema plus `connection`, for the templates that may read connection parameters (paths). */
function withConnection(input: Record<string, unknown>, connection: unknown): Record<string, unknown> {
  if (!connection) return input;
  const properties = (input.properties ?? {}) as Record<string, unknown>;
  return { ...input, properties: { ...properties, connection } };
}

/** A JSDoc block from lines of text (a comment terminator inside the text is escaped). */
function doc(lines: Array<string | undefined>, indent = ''): string {
  const body = lines
    .filter((line): line is string => line !== undefined)
    .flatMap((line) => line.split('\n'))
    .map((line) => `${indent} *${line ? ` ${line.replace(/\*\//g, '*\\/')}` : ''}`);
  return `${indent}/**\n${body.join('\n')}\n${indent} */`;
}

function operationCode(
  connector: LoadedConnector,
  operation: LoadedOperation,
  table: TemplateTable,
  issues: CompileIssue[],
): string {
  const op = operation.operation;
  const manifest = connector.manifest;
  const schemes = Object.keys((manifest.auth ?? {}) as Record<string, unknown>);
  const auth = (op.auth as string | undefined) ?? schemes[0] ?? '';
  const tree = (value: unknown, pointer: string, inputSchema = operation.input) =>
    emitTemplateTree(value, { file: operation.operationFile, pointer, inputSchema, table, issues });
  const lines: string[] = [`      title: ${json(op.title)},`, `      description: ${json(op.description)},`];
  if (op.docsUrl) lines.push(`      docsUrl: ${json(op.docsUrl)},`);
  if (op.sdkCall) lines.push(`      sdkCall: ${json(op.sdkCall)},`);
  // Path values are encoded segment by segment at run time, which only top-level fields allow: a nested field or a
  // helper's result would land in the URL unencoded.
  for (const expression of String(op.path ?? '').match(/\{\{[^}]*\}\}/g) ?? []) {
    if (!/^\{\{\s*(?:connection\.)?[A-Za-z_][\w-]*\s*\}\}$/.test(expression)) {
      issues.push({
        file: operation.operationFile,
        pointer: '/path',
        message: `${expression}: a path may only insert top-level input fields or connection parameters, like {{id}} or {{connection.account}} (nested fields and helpers are not encoded per segment)`,
      });
    }
  }
  lines.push(
    `      method: ${json(op.method)},`,
    `      auth: ${json(auth)},`,
    `      path: ${tree(op.path, '/path', withConnection(operation.input, manifest.connection))},`,
  );
  if (op.reservedPathParams) lines.push(`      reservedPathParams: ${json(op.reservedPathParams)},`);
  if (op.query !== undefined) lines.push(`      query: ${tree(op.query, '/query')},`);
  if (op.queryArrayFormat) lines.push(`      queryArrayFormat: ${json(op.queryArrayFormat)},`);
  if (op.queryEncoding) lines.push(`      queryEncoding: ${json(op.queryEncoding)},`);
  if (op.headers !== undefined) {
    const headers = Object.entries(op.headers as Record<string, string>).map(
      ([name, value]) => `[${json(name)}, ${tree(value, pointerChild('/headers', name))}]`,
    );
    lines.push(`      headers: [${headers.join(', ')}],`);
  }
  let encoding =
    (op.bodyEncoding as string | undefined) ?? (manifest.bodyEncoding as string | undefined) ?? 'json';
  if (op.body !== undefined) lines.push(`      body: ${tree(op.body, '/body')},`);
  if (operation.bodyTemplate !== undefined && operation.bodyTemplateFile) {
    const { leaf, issues: found } = analyzeTemplate(operation.bodyTemplate, {
      file: operation.bodyTemplateFile,
      inputSchema: operation.input,
    });
    issues.push(...found);
    if (leaf) lines.push(`      body: ${leafCode(leaf, table)},`);
    encoding = (op.bodyEncoding as string | undefined) ?? 'text';
  }
  lines.push(`      bodyEncoding: ${json(encoding)},`);
  if (op.contentType) lines.push(`      contentType: ${json(op.contentType)},`);
  if (op.errors) lines.push(`      errors: ${json(op.errors)},`);
  if (op.pagination) lines.push(`      pagination: ${json(op.pagination)},`);
  lines.push(`      inputSchema: ${json(operation.input)},`);
  if (operation.output) lines.push(`      outputSchema: ${json(operation.output)},`);
  lines.push(`      validate: validate${pascalCase(operation.stem)},`);
  if (operation.transformFile) lines.push(`      transform: transform${pascalCase(operation.stem)},`);
  return `    ${operation.id}: {\n${lines.join('\n')}\n    },`;
}

/** The generated `connector.ts`: the connector spec, `defineConnector`, and one typed preset per operation. */
export function emitConnectorModule(
  connector: LoadedConnector,
  banner: string,
): { source: string; templates: string; issues: CompileIssue[] } {
  const issues: CompileIssue[] = [];
  const table = new TemplateTable();
  const manifest = connector.manifest;
  const name = pascalCase(connector.folder);
  const operations = connector.operations;
  const maps = ['Inputs', 'Outputs', 'Items'].map((kind) => `${name}Operation${kind}`);
  const specLines = [
    `  id: ${json(manifest.id)},`,
    `  packageName: ${json(`@convoflow/connector-${connector.folder}`)},`,
    `  title: ${json(manifest.title)},`,
    `  description: ${json(manifest.description)},`,
    `  docsUrl: ${json(manifest.docsUrl)},`,
  ];
  if (manifest.baseUrl) specLines.push(`  baseUrl: ${json(manifest.baseUrl)},`);
  const baseUrl = manifest.baseUrl as string | undefined;
  const declared = Object.keys(
    ((manifest.connection as { properties?: object })?.properties ?? {}) as object,
  );
  for (const [, name] of (baseUrl ?? '').matchAll(/\{\{\s*connection\.([\w-]+)\s*\}\}/g)) {
    if (!declared.includes(name as string))
      issues.push({
        file: connector.manifestFile,
        pointer: '/baseUrl',
        message: `{{connection.${name}}}: connection declares no parameter "${name}"`,
      });
  }
  const templated = baseUrl?.includes('{{') ?? false;
  if (templated && !manifest.allowedHosts)
    issues.push({
      file: connector.manifestFile,
      pointer: '/allowedHosts',
      message: 'a baseUrl with connection parameters needs allowedHosts (e.g. *.example.com)',
    });
  const hosts =
    (manifest.allowedHosts as string[] | undefined) ?? (baseUrl && !templated ? [new URL(baseUrl).host] : []);
  specLines.push(`  allowedHosts: ${json(hosts)},`, `  auth: ${json(manifest.auth)},`);
  if (manifest.connection) {
    specLines.push(`  connection: ${json(manifest.connection)},`, '  validateConnection,');
  }
  for (const key of [
    'authPrecedence',
    'headers',
    'queryArrayFormat',
    'queryEncoding',
    'formArrayFormat',
    'idempotency',
    'sensitiveResponseFields',
    'errors',
  ] as const) {
    if (manifest[key] !== undefined) specLines.push(`  ${key}: ${json(manifest[key])},`);
  }
  specLines.push(
    '  operations: {',
    ...operations.map((operation) => operationCode(connector, operation, table, issues)),
    '  },',
  );

  const presets = operations.map((operation) => {
    const op = operation.operation;
    return [
      doc([
        String(op.title),
        '',
        String(op.description),
        '',
        `Validates \`input\` (throws \`InputError\` listing every problem) and returns a Custom API node config that holds`,
        'secret references, never secret values.',
        op.sdkCall ? `Sends what the official SDK sends for \`${String(op.sdkCall)}\`.` : undefined,
        op.docsUrl ? `@see ${String(op.docsUrl)}` : undefined,
      ]),
      `export function ${operation.id}(`,
      `  input: ${operation.inputType},`,
      '  options?: PresetOptions,',
      `): TypedNodeConfig<${outputTypeName(operation) ?? 'unknown'}> {`,
      `  return connector.preset(${json(operation.id)}, input, options);`,
      '}',
    ].join('\n');
  });
  const transformImports = operations
    .filter((operation) => operation.transformFile)
    .map(
      (operation) =>
        `import { transform as transform${pascalCase(operation.stem)} } from '../${(operation.transformFile as string).replace(/\.ts$/, '.js')}';`,
    );
  const source = [
    banner,
    "import { defineConnector, type PresetOptions, type TypedNodeConfig } from '@convoflow/core';",
    ...transformImports,
    "import * as templates from './templates.js';",
    `import type { ${[...maps, ...operations.flatMap((operation) => [operation.inputType, outputTypeName(operation) ?? []].flat())].sort().join(', ')} } from './types.js';`,
    `import { ${[...(manifest.connection ? ['validateConnection'] : []), ...operations.map((operation) => `validate${pascalCase(operation.stem)}`)].join(', ')} } from './validators.js';`,
    '',
    doc([
      `The ${String(manifest.title)} connector: ${String(manifest.description)}`,
      `@see ${String(manifest.docsUrl)}`,
    ]),
    `export const connector = defineConnector<${maps.join(', ')}>({`,
    ...specLines,
    '});',
    '',
    presets.join('\n\n'),
    '',
  ].join('\n');
  const templates = [
    banner,
    '// @ts-nocheck: precompiled Handlebars templates (untyped by nature); only the core runtime renders them.',
    "import { type TextTemplate, textTemplate } from '@convoflow/core';",
    '',
    ...table.entries.map(
      (precompiled, index) => `export const t${index}: TextTemplate = textTemplate(${precompiled});`,
    ),
    ...(table.entries.length === 0 ? ['export {};'] : []),
    '',
  ].join('\n');
  return { source, templates, issues };
}
