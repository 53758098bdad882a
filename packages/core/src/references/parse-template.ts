/**
 * The reference syntax of Custom API node configs: `{{root.path[0]["key"]}}` inside any string value.
 * No helpers, no expressions, no Handlebars: a reference names a value and nothing else.
 *
 * Escapes: a run of backslashes right before `{{` is halved, and when the run was odd the `{{` is literal text.
 * So `\{{x}}` is the text `{{x}}` and `\\{{input.a}}` is a backslash followed by the value of `input.a`.
 * {@link escapeReferences} writes that form, so any text can be put into a config as data.
 */

import { BoundedCache } from './bounded-cache.js';

/** One step of a reference path: a property name or an array index. */
export type PathSegment = string | number;

/** A parsed `{{…}}` reference. */
export interface Reference {
  /** The first name: `secrets`, `input`, `steps`, or another key of the caller's context. */
  root: string;
  /** The rest of the path, e.g. `['charge', 'body', 'id']` for `steps.charge.body.id`. */
  path: PathSegment[];
  /** The reference as written, e.g. `{{ steps.charge.body.id }}`. */
  source: string;
}

/** A string value split into literal text and references. */
export type TemplatePart = { kind: 'text'; text: string } | { kind: 'ref'; ref: Reference };

/** The result of {@link parseTemplate}: the parts, or the syntax problems found. */
export interface ParsedTemplate {
  parts: TemplatePart[];
  errors: string[];
}

const identifier = /^[A-Za-z_$][\w$-]*/;

/** Parses a reference expression (the text between `{{` and `}}`), or returns undefined when it is not one. */
export function parseReferencePath(expression: string): { root: string; path: PathSegment[] } | undefined {
  let rest = expression.trim();
  const rootMatch = identifier.exec(rest);
  if (!rootMatch) return undefined;
  const root = rootMatch[0];
  rest = rest.slice(root.length);
  const path: PathSegment[] = [];
  while (rest.length > 0) {
    if (rest[0] === '.') {
      const name = identifier.exec(rest.slice(1)) ?? /^\d+/.exec(rest.slice(1));
      if (!name) return undefined;
      path.push(name[0]);
      rest = rest.slice(1 + name[0].length);
      continue;
    }
    const index = /^\[(\d+)\]/.exec(rest);
    if (index) {
      path.push(Number(index[1]));
      rest = rest.slice(index[0].length);
      continue;
    }
    const quoted = /^\[(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\]/.exec(rest);
    if (quoted) {
      path.push((quoted[1] ?? (quoted[2] as string)).replace(/\\(.)/g, '$1'));
      rest = rest.slice(quoted[0].length);
      continue;
    }
    return undefined;
  }
  return { root, path };
}

/** True when `text` may hold a reference (fast path: most strings have no `{{`). */
export function mayHoldReferences(text: string): boolean {
  return text.includes('{{');
}

const parsedTemplates = new BoundedCache<string, ParsedTemplate>(5000);

/**
 * Splits a config string into text and references, applying the backslash escapes. Results are memoised per string
 * (only config strings are parsed, never data), and must not be mutated.
 */
export function parseTemplate(text: string): ParsedTemplate {
  return parsedTemplates.get(text, (source) => deepFreeze(parseTemplateUncached(source)));
}

/** Freezes a parse result: it is shared through the cache, so no caller may change it. */
function deepFreeze<T>(value: T): T {
  // Strings, numbers and null count as frozen already.
  if (!Object.isFrozen(value)) {
    for (const child of Object.values(value as object)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function parseTemplateUncached(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: string[] = [];
  let literal = '';
  let cursor = 0;
  // Stryker disable next-line EqualityOperator: at the end, indexOf finds no {{, and the pass adds nothing and stops
  while (cursor < text.length) {
    const open = text.indexOf('{{', cursor);
    if (open === -1) {
      literal += text.slice(cursor);
      break;
    }
    let slashes = 0;
    // Counting back needs no bound at `cursor`: the text before it is empty or ends with the `}}` or escaped `{{`
    // just read, never with a backslash.
    while (text[open - slashes - 1] === '\\') slashes++;
    literal += text.slice(cursor, open - slashes) + '\\'.repeat(Math.floor(slashes / 2));
    if (slashes % 2 === 1) {
      literal += '{{';
      cursor = open + 2;
      continue;
    }
    const close = text.indexOf('}}', open + 2);
    if (close === -1) {
      errors.push(`has "{{" without a closing "}}" (write \\{{ for a literal {{)`);
      literal += text.slice(open);
      break;
    }
    const source = text.slice(open, close + 2);
    const parsed = parseReferencePath(text.slice(open + 2, close));
    if (!parsed) {
      errors.push(
        `${source} is not a reference like {{input.name}} or {{secrets.NAME}} (write \\{{ for a literal {{)`,
      );
    } else {
      if (literal) parts.push({ kind: 'text', text: literal });
      literal = '';
      parts.push({ kind: 'ref', ref: { ...parsed, source } });
    }
    cursor = close + 2;
  }
  if (literal) parts.push({ kind: 'text', text: literal });
  return { parts, errors };
}

/**
 * Escapes `text` so that a config string holding it resolves to exactly `text`: every `{{` becomes literal.
 * Escape whole strings: escaped text followed by unescaped text that starts with `{{` may not compose (a trailing
 * backslash would pair with it).
 * Connector presets and workflow runners use it to put data into a config without it ever being resolved.
 *
 * @example
 * escapeReferences('{{secrets.KEY}}') // '\\{{secrets.KEY}}', which resolves to the text '{{secrets.KEY}}'
 */
export function escapeReferences(text: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without {{ the replace below changes nothing
  if (!text.includes('{{')) return text;
  return text.replace(/(\\*)\{\{/g, (_match, slashes: string) => `${slashes}${slashes}\\{{`);
}
