import type { CompileIssue } from './compile-issue.js';
import type { LoadedConnector } from './load-connector.js';
import { wholeQueryIsAnObject } from './rule-query.js';
import { rawPathValuesArePatterned } from './rule-raw-path.js';

/** What a rule found: errors stop compilation, warnings are printed. */
export interface RuleResult {
  errors: CompileIssue[];
  warnings: CompileIssue[];
}

type Rule = (connector: LoadedConnector) => RuleResult;

const ok = (): RuleResult => ({ errors: [], warnings: [] });

/** The manifest id equals the folder name, and the package is named after it. */
export const idMatchesFolder: Rule = (connector) => {
  const result = ok();
  const id = connector.manifest.id;
  if (typeof id === 'string' && id !== connector.folder) {
    result.errors.push({
      file: connector.manifestFile,
      pointer: '/id',
      message: `is "${id}" but the folder is "${connector.folder}"; they must be equal`,
    });
  }
  const name = connector.packageJson?.name;
  const expected = `@convoflow/connector-${connector.folder}`;
  if (connector.packageJson && name !== expected) {
    result.errors.push({
      file: `${connector.manifestFile.replace(/connector\.json$/, '')}package.json`,
      pointer: '/name',
      message: `must be "${expected}"`,
    });
  }
  return result;
};

/** Operation ids (derived from file names) are unique, ignoring case. */
export const uniqueOperationIds: Rule = (connector) => {
  const result = ok();
  const seen = new Map<string, string>();
  for (const operation of connector.operations) {
    const key = operation.id.toLowerCase();
    const other = seen.get(key);
    if (other)
      result.errors.push({
        file: operation.operationFile,
        message: `operation id ${operation.id} is already used by ${other}`,
      });
    seen.set(key, operation.operationFile);
  }
  if (connector.operations.length === 0)
    result.errors.push({ file: connector.manifestFile, message: 'the connector has no operations' });
  return result;
};

/** Calls `visit` for every property of a schema, at any depth, with its JSON pointer. */
function eachProperty(
  schema: unknown,
  pointer: string,
  visit: (property: Record<string, unknown> | undefined, pointer: string) => void,
): void {
  if (schema === null || typeof schema !== 'object') return;
  const node = schema as Record<string, unknown>;
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    const at = `${pointer}/properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    visit(property, at);
    eachProperty(property, at, visit);
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    if (node[key] && typeof node[key] === 'object') eachProperty(node[key], `${pointer}/${key}`, visit);
  }
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    (node[key] as unknown[] | undefined)?.forEach((branch, index) => {
      eachProperty(branch, `${pointer}/${key}/${index}`, visit);
    });
  }
  for (const [name, definition] of Object.entries(
    (node.definitions ?? node.$defs ?? {}) as Record<string, unknown>,
  )) {
    eachProperty(definition, `${pointer}/${node.definitions ? 'definitions' : '$defs'}/${name}`, visit);
  }
}

/** Every input property, at any depth, has a description (it becomes JSDoc, UI help and README text). */
export const propertiesHaveDescriptions: Rule = (connector) => {
  const result = ok();
  for (const operation of connector.operations) {
    if (operation.input.type !== 'object') {
      result.errors.push({
        file: operation.inputFile,
        pointer: '/type',
        message: 'an operation input must be an object schema ("type": "object")',
      });
    }
    eachProperty(operation.input, '', (property, pointer) => {
      if (typeof property?.description !== 'string' || property.description.trim() === '') {
        result.errors.push({ file: operation.inputFile, pointer, message: 'needs a description' });
      }
    });
  }
  return result;
};

const TYPING_KEYWORDS = ['type', 'enum', 'const', 'oneOf', 'anyOf', 'allOf', '$ref', 'not'];

/**
 * A property that says nothing about its type becomes `unknown` (or an open object) in the generated types, so a
 * wrong value is never a type error: a warning, because a free-form value is sometimes what the API takes.
 */
export const propertiesHaveTypes: Rule = (connector) => {
  const result = ok();
  for (const operation of connector.operations) {
    eachProperty(operation.input, '', (property, pointer) => {
      if (property && !TYPING_KEYWORDS.some((keyword) => keyword in property)) {
        result.warnings.push({
          file: operation.inputFile,
          pointer,
          message: 'has no type (add "type", "enum" or a oneOf): its generated type accepts anything',
        });
      }
    });
  }
  return result;
};

/**
 * Each operation names an auth scheme that exists (or the connector has exactly one, or an authPrecedence that
 * chooses at run time), and authPrecedence names only schemes that exist.
 */
export const authSchemesExist: Rule = (connector) => {
  const result = ok();
  const schemes = Object.keys((connector.manifest.auth ?? {}) as Record<string, unknown>);
  const precedence = connector.manifest.authPrecedence as string[] | undefined;
  for (const [index, name] of (precedence ?? []).entries()) {
    if (!schemes.includes(name)) {
      result.errors.push({
        file: connector.manifestFile,
        pointer: `/authPrecedence/${index}`,
        message: `names "${name}", which is not in auth (${schemes.join(', ')})`,
      });
    }
  }
  for (const operation of connector.operations) {
    const named = operation.operation.auth;
    if (named === undefined && schemes.length > 1 && !precedence) {
      result.errors.push({
        file: operation.operationFile,
        pointer: '/auth',
        message: `is required: the connector has several auth schemes (${schemes.join(', ')})`,
      });
    }
    if (typeof named === 'string' && !schemes.includes(named)) {
      result.errors.push({
        file: operation.operationFile,
        pointer: '/auth',
        message: `names "${named}", which is not in connector.json's auth (${schemes.join(', ')})`,
      });
    }
  }
  return result;
};

/** A body template and a JSON body are alternatives; a base URL exists unless every operation uses a URL secret. */
export const requestShapes: Rule = (connector) => {
  const result = ok();
  const auth = (connector.manifest.auth ?? {}) as Record<string, { type?: string }>;
  for (const operation of connector.operations) {
    if (operation.operation.body !== undefined && operation.operation.bodyTemplate !== undefined) {
      result.errors.push({
        file: operation.operationFile,
        pointer: '/bodyTemplate',
        message: 'cannot be used together with body',
      });
    }
    const scheme = auth[(operation.operation.auth as string | undefined) ?? Object.keys(auth)[0] ?? ''];
    if (scheme?.type !== 'url' && connector.manifest.baseUrl === undefined) {
      result.errors.push({
        file: connector.manifestFile,
        pointer: '/baseUrl',
        message: `is required: ${operation.id} does not use a URL secret`,
      });
    }
    const method = operation.operation.method;
    if (
      (method === 'GET' || method === 'HEAD') &&
      (operation.operation.body !== undefined || operation.operation.bodyTemplate !== undefined)
    ) {
      result.errors.push({
        file: operation.operationFile,
        pointer: '/body',
        message: `a ${method} request has no body`,
      });
    }
  }
  return result;
};

/** The semantic rules, run after the meta-schema check. Template names are checked while templates compile. */
export const RULES: readonly Rule[] = [
  idMatchesFolder,
  uniqueOperationIds,
  propertiesHaveDescriptions,
  propertiesHaveTypes,
  authSchemesExist,
  requestShapes,
  rawPathValuesArePatterned,
  wholeQueryIsAnObject,
];

/** Runs every rule and gathers their errors and warnings. */
export function runRules(connector: LoadedConnector): RuleResult {
  const all = ok();
  for (const rule of RULES) {
    const { errors, warnings } = rule(connector);
    all.errors.push(...errors);
    all.warnings.push(...warnings);
  }
  return all;
}
