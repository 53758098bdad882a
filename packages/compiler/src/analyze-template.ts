import { TEMPLATE_HELPERS } from '@convoflow/core';
import Handlebars from 'handlebars';
import type { CompileIssue } from './compile-issue.js';

type Schema = Record<string, unknown>;
type Node = hbs.AST.Node;

/** Handlebars' block helpers that templates may use. */
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
/** Data variables Handlebars provides inside blocks. */
const DATA_VARIABLES = new Set(['index', 'key', 'first', 'last', 'root']);
const HELPERS = new Set(Object.keys(TEMPLATE_HELPERS));

/** Where a template comes from, for error messages and name checks. */
export interface TemplateSource {
  file: string;
  /** JSON pointer of the template inside a JSON file (absent for .hbs files, which get line:column). */
  pointer?: string;
  /** The operation's input schema: every variable must exist in it. */
  inputSchema: Schema;
}

/** The result of analysing one template leaf. */
export type AnalyzedLeaf =
  | { kind: 'literal'; value: string }
  | { kind: 'expr'; expr: unknown; refs: string[][] }
  | { kind: 'text'; precompiled: string; refs: string[][] };

/** Compile options shared by every precompiled template (the runtime in core must match them). */
export const PRECOMPILE_OPTIONS = {
  noEscape: true,
  strict: false,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries([...HELPERS, ...BLOCK_HELPERS].map((name) => [name, true])),
} as const;

function resolveRef(root: Schema, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/'))
    target = (target as Record<string, unknown> | undefined)?.[part];
  return (target as Schema | undefined) ?? {};
}

/** The schema of a property, `undefined` when any name is allowed, or `null` when the name does not exist. */
function propertySchema(root: Schema, schema: Schema | undefined, name: string): Schema | undefined | null {
  if (!schema) return undefined;
  const resolved = resolveRef(root, schema);
  const branches = [
    resolved,
    ...((resolved.oneOf ?? resolved.anyOf ?? resolved.allOf ?? []) as Schema[]).map((b) =>
      resolveRef(root, b),
    ),
  ];
  let declaresProperties = false;
  for (const branch of branches) {
    const properties = branch.properties as Record<string, Schema> | undefined;
    if (properties) declaresProperties = true;
    if (properties && Object.hasOwn(properties, name)) return properties[name];
    const additional = branch.additionalProperties;
    if (additional && typeof additional === 'object') return additional as Schema;
    if (additional === true) return undefined;
  }
  if (declaresProperties) return null;
  // A string, number or boolean has no properties at all.
  const types = ([] as unknown[]).concat(resolved.type ?? []);
  return types.length > 0 && types.every((type) => type !== 'object' && type !== 'array') ? null : undefined;
}

function itemsSchema(root: Schema, schema: Schema | undefined): Schema | undefined {
  if (!schema) return undefined;
  const items = resolveRef(root, schema).items;
  return items && typeof items === 'object' && !Array.isArray(items) ? (items as Schema) : undefined;
}

/** Walks a template's AST: checks every name and helper, collects the root inputs it reads. */
class TemplateChecker {
  readonly issues: CompileIssue[] = [];
  readonly #refs = new Map<string, string[]>();

  /** The root inputs the template reads, each once, in order of first use. */
  get refs(): string[][] {
    return [...this.#refs.values()];
  }

  constructor(
    private readonly source: TemplateSource,
    private readonly lineOffset: number,
  ) {}

  private report(node: Node | undefined, message: string): void {
    if (this.source.pointer !== undefined) {
      this.issues.push({ file: this.source.file, pointer: this.source.pointer, message });
    } else {
      const start = node?.loc?.start;
      this.issues.push({
        file: this.source.file,
        line: (start?.line ?? 1) + this.lineOffset,
        column: (start?.column ?? 0) + 1,
        message,
      });
    }
  }

  /** Checks a path against the context stack (innermost last). Returns the schema it reaches. */
  checkPath(path: hbs.AST.PathExpression, contexts: Array<Schema | undefined>): Schema | undefined {
    if (path.data) {
      const name = path.parts[0] ?? '';
      if (!DATA_VARIABLES.has(name)) this.report(path, `@${name} is not a known data variable`);
      return undefined;
    }
    const depth = path.depth ?? 0;
    if (depth >= contexts.length) {
      this.report(path, `${path.original} goes above the input`);
      return undefined;
    }
    let schema = contexts[contexts.length - 1 - depth];
    const atRoot = contexts.length - 1 - depth === 0;
    if (atRoot && path.parts.length > 0) this.#refs.set(path.parts.join('.'), [...path.parts]);
    const walked: string[] = [];
    for (const part of path.parts) {
      const next = propertySchema(this.source.inputSchema, schema, part);
      if (next === null) {
        const where = walked.length > 0 ? walked.join('.') : atRoot ? 'the input schema' : 'the current item';
        this.report(path, `${path.original}: ${where} has no property "${part}"`);
        return undefined;
      }
      walked.push(part);
      schema = next;
    }
    return schema;
  }

  checkExpression(node: hbs.AST.Expression, contexts: Array<Schema | undefined>): void {
    if (node.type === 'PathExpression') this.checkPath(node as hbs.AST.PathExpression, contexts);
    else if (node.type === 'SubExpression') this.checkCall(node as hbs.AST.SubExpression, contexts, false);
  }

  checkCall(
    node: hbs.AST.MustacheStatement | hbs.AST.SubExpression,
    contexts: Array<Schema | undefined>,
    mustache: boolean,
  ): void {
    const path = node.path as hbs.AST.PathExpression;
    const isCall =
      node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || node.type === 'SubExpression';
    if (!isCall) {
      if (path.type !== 'PathExpression') {
        this.report(node, 'a literal cannot stand alone in {{…}}; write it as text');
        return;
      }
      if (HELPERS.has(path.original) && path.parts.length === 1 && mustache) {
        this.report(
          node,
          `${path.original} is a helper: call it with arguments, e.g. {{${path.original} value}}`,
        );
        return;
      }
      this.checkPath(path, contexts);
      return;
    }
    const name = path.original;
    if (!HELPERS.has(name)) {
      this.report(node, `unknown helper "${name}" (allowed: ${[...HELPERS].join(', ')})`);
      return;
    }
    if ((node.hash?.pairs.length ?? 0) > 0) this.report(node, `${name} takes no name=value arguments`);
    for (const param of node.params) this.checkExpression(param, contexts);
  }

  checkProgram(program: hbs.AST.Program, contexts: Array<Schema | undefined>): void {
    for (const statement of program.body) this.checkStatement(statement, contexts);
  }

  checkStatement(node: hbs.AST.Statement, contexts: Array<Schema | undefined>): void {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        this.checkCall(node as hbs.AST.MustacheStatement, contexts, true);
        return;
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const name = (block.path as hbs.AST.PathExpression).original;
        if (!BLOCK_HELPERS.has(name)) {
          this.report(
            node,
            `unknown block helper "#${name}" (allowed: ${[...BLOCK_HELPERS].map((b) => `#${b}`).join(', ')})`,
          );
          return;
        }
        const [subject] = block.params;
        if (!subject || block.params.length !== 1) {
          this.report(node, `#${name} takes exactly one argument`);
          return;
        }
        let inner = contexts;
        if (subject.type === 'PathExpression') {
          const reached = this.checkPath(subject as hbs.AST.PathExpression, contexts);
          if (name === 'each') inner = [...contexts, itemsSchema(this.source.inputSchema, reached)];
          if (name === 'with') inner = [...contexts, reached];
        } else {
          this.checkExpression(subject, contexts);
          if (name === 'each' || name === 'with') inner = [...contexts, undefined];
        }
        if (block.program) this.checkProgram(block.program, inner);
        if (block.inverse) this.checkProgram(block.inverse, contexts);
        return;
      }
      default:
        this.report(
          node,
          `${node.type === 'PartialStatement' ? 'partials' : node.type} are not supported in connector templates`,
        );
    }
  }
}

/** A whole-value expression as core's `Expr` (only root-context paths, literals and helper calls). */
function toExpr(node: hbs.AST.Expression): unknown {
  switch (node.type) {
    case 'PathExpression':
      return { path: [...(node as hbs.AST.PathExpression).parts] };
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return { literal: (node as hbs.AST.StringLiteral).value };
    case 'NullLiteral':
      return { literal: null };
    case 'SubExpression': {
      const call = node as hbs.AST.SubExpression;
      return { helper: (call.path as hbs.AST.PathExpression).original, params: call.params.map(toExpr) };
    }
    default:
      return { literal: null };
  }
}

/**
 * Analyses one template: a JSON leaf or a .hbs body. Literal text stays literal; a leaf that is exactly one
 * expression becomes a typed expression (it keeps the input's JSON type); anything else is precompiled with
 * Handlebars for the runtime. Every variable must exist in the input schema and every helper must be on the
 * allowlist: otherwise the issues name the file, the JSON pointer (or line:column) and the name.
 */
export function analyzeTemplate(
  text: string,
  source: TemplateSource,
  lineOffset = 0,
): { leaf?: AnalyzedLeaf; issues: CompileIssue[] } {
  if (!text.includes('{{')) return { leaf: { kind: 'literal', value: text }, issues: [] };
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'parse error';
    const line = /line (\d+)/.exec(message)?.[1];
    return {
      issues: [
        source.pointer !== undefined
          ? { file: source.file, pointer: source.pointer, message: `template does not parse: ${message}` }
          : {
              file: source.file,
              line: Number(line ?? 1) + lineOffset,
              column: 1,
              message: `template does not parse: ${message}`,
            },
      ],
    };
  }
  const checker = new TemplateChecker(source, lineOffset);
  checker.checkProgram(program, [source.inputSchema]);
  if (checker.issues.length > 0) return { issues: checker.issues };
  const [only] = program.body;
  if (program.body.length === 1 && only?.type === 'MustacheStatement') {
    const mustache = only as hbs.AST.MustacheStatement;
    const expr =
      mustache.params.length > 0
        ? { helper: (mustache.path as hbs.AST.PathExpression).original, params: mustache.params.map(toExpr) }
        : toExpr(mustache.path);
    return { leaf: { kind: 'expr', expr, refs: checker.refs }, issues: [] };
  }
  const precompiled = Handlebars.precompile(text, PRECOMPILE_OPTIONS) as string;
  return { leaf: { kind: 'text', precompiled, refs: checker.refs }, issues: [] };
}
