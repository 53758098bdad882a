import { setOwn } from '../encoding/unsendable.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import type { SecretSet } from '../secrets/secret-set.js';
import { childPointer, displayPointer } from './json-pointer.js';
import { mayHoldReferences, type PathSegment, parseTemplate, type Reference } from './parse-template.js';

/**
 * Everything one resolution pass needs. Resolution is a single left-to-right pass over the config's own strings:
 * a value that comes out of `context` or a secret is written to the output and never scanned again, so data that
 * happens to contain `{{secrets.X}}` is sent literally.
 */
export interface ResolveScope {
  /** The roots a reference may start with, besides `secrets` (e.g. `input`, `steps`). */
  context: Readonly<Record<string, unknown>>;
  /** Values of the secrets the config names (or placeholders, for dry runs). */
  secretValues: ReadonlyMap<string, string>;
  /** Names whose value is a placeholder, not a secret. */
  placeholders: ReadonlySet<string>;
  /** Where every secret value that is used gets recorded, so it can be redacted later. */
  secrets: SecretSet;
  /** Problems found so far; resolution goes on so that all of them are reported at once. */
  issues: ValidationIssue[];
  /**
   * What a reference to an absent value does: `error` (the default, for configs) records an issue; `omit` (for a
   * workflow step's data, where optional input may be absent) drops a whole-value key and reads as "" in text.
   */
  missing?: 'error' | 'omit';
}

const MISSING = Symbol('missing');

function describePath(root: string, path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : `${text}.${segment}`),
    root,
  );
}

/** Looks a reference up; records an issue and returns MISSING when it does not resolve. */
function lookup(ref: Reference, pointer: string, scope: ResolveScope): unknown {
  const at = displayPointer(pointer);
  if (ref.root === 'secrets') {
    const name = ref.path[0];
    if (ref.path.length !== 1 || typeof name !== 'string') {
      scope.issues.push({
        pointer: at,
        message: `${ref.source} must name one secret, like {{secrets.API_KEY}}`,
      });
      return MISSING;
    }
    const value = scope.secretValues.get(name);
    if (value === undefined) return MISSING; // reported when the secrets were fetched
    if (!scope.placeholders.has(name)) scope.secrets.add(value);
    return value;
  }
  if (!Object.hasOwn(scope.context, ref.root)) {
    const known = ['secrets', ...Object.keys(scope.context)].join(', ');
    scope.issues.push({
      pointer: at,
      message: `${ref.source} refers to "${ref.root}", which is not available here (known: ${known})`,
    });
    return MISSING;
  }
  let current: unknown = scope.context[ref.root];
  for (let i = 0; i < ref.path.length; i++) {
    const segment = ref.path[i] as PathSegment;
    const key =
      Array.isArray(current) && typeof segment === 'string' && /^\d+$/.test(segment)
        ? Number(segment)
        : segment;
    const found =
      current !== null && typeof current === 'object' && Object.hasOwn(current as object, key)
        ? (current as Record<string | number, unknown>)[key]
        : MISSING;
    if (found === MISSING || found === undefined) {
      // Only the input may leave optional fields out; a reference into a step that lacks the field is a mistake.
      if (scope.missing === 'omit' && ref.root === 'input') return MISSING;
      scope.issues.push({
        pointer: at,
        message: `${ref.source} does not resolve: ${describePath(ref.root, ref.path.slice(0, i))} has no ${typeof key === 'number' ? `item ${key}` : `field "${key}"`}`,
      });
      return MISSING;
    }
    current = found;
  }
  return current;
}

/** How a resolved value reads inside a longer string: text as is, null as empty, objects as compact JSON. */
export function toText(value: unknown): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; String() of a string is the string
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Resolves one config string. A string that is exactly one reference keeps the referenced value's JSON type
 * (unless `asText`); otherwise each reference is interpolated as text by `encode` (identity by default).
 */
export function resolveString(
  text: string,
  pointer: string,
  scope: ResolveScope,
  options: { asText?: boolean; encode?: (value: string, outputSoFar: string, ref: Reference) => string } = {},
): unknown {
  // Stryker disable next-line ConditionalExpression: a shortcut; a text without {{ parses to itself
  if (!mayHoldReferences(text)) return text;
  const parsed = parseTemplate(text);
  for (const error of parsed.errors) scope.issues.push({ pointer: displayPointer(pointer), message: error });
  const only = parsed.parts.length === 1 ? parsed.parts[0] : undefined;
  if (only?.kind === 'ref' && !options.encode) {
    const value = lookup(only.ref, pointer, scope);
    if (value === MISSING) return scope.missing === 'omit' ? undefined : '';
    return options.asText ? toText(value) : value;
  }
  let output = '';
  for (const part of parsed.parts) {
    if (part.kind === 'text') {
      output += part.text;
      continue;
    }
    const value = lookup(part.ref, pointer, scope);
    if (value === MISSING) continue;
    output += options.encode ? options.encode(toText(value), output, part.ref) : toText(value);
  }
  return output;
}

/** Resolves every string inside a JSON value (object keys are left as written). */
export function resolveDeep(value: unknown, pointer: string, scope: ResolveScope): unknown {
  if (typeof value === 'string') return resolveString(value, pointer, scope);
  if (Array.isArray(value)) return value.map((item, index) => resolveChild(item, pointer, index, scope));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const resolved = resolveChild((value as Record<string, unknown>)[key], pointer, key, scope);
      if (resolved !== undefined) setOwn(out, key, resolved);
    }
    return out;
  }
  return value;
}

/** Resolves one child; its JSON pointer is only built when it can hold a reference (this runs per request). */
function resolveChild(item: unknown, pointer: string, key: string | number, scope: ResolveScope): unknown {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; resolveDeep hands back null, numbers, booleans and strings without {{ as they are
  if (item === null || (typeof item !== 'object' && (typeof item !== 'string' || !mayHoldReferences(item))))
    return item;
  return resolveDeep(item, childPointer(pointer, key), scope);
}

/** Every secret name referenced inside a JSON value, with the pointer of its first use (so all can be fetched at once). */
export function collectSecretNames(
  value: unknown,
  pointer: string,
  names: Map<string, string> = new Map(),
): Map<string, string> {
  if (typeof value === 'string') {
    // Stryker disable next-line ConditionalExpression: a shortcut; a text without {{ holds no reference
    if (!mayHoldReferences(value)) return names;
    for (const part of parseTemplate(value).parts) {
      const name = part.kind === 'ref' && part.ref.root === 'secrets' ? part.ref.path[0] : undefined;
      if (typeof name === 'string' && !names.has(name)) names.set(name, displayPointer(pointer));
    }
  } else if (value !== null && typeof value === 'object') {
    // An array too: its entries are its indices ("0", "1"), which make the same pointers.
    for (const [key, item] of Object.entries(value))
      collectSecretNames(item, childPointer(pointer, key), names);
  }
  return names;
}
