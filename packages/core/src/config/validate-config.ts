import { bodyProblem, defaultContentType } from '../encoding/encode-body.js';
import { unsendableValues } from '../encoding/unsendable.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { hostEntryProblem } from '../execute/hosts.js';
import { validateConfigSchema } from '../generated/validate-config.js';
import { childPointer } from '../references/json-pointer.js';
import { mayHoldReferences, parseTemplate } from '../references/parse-template.js';
import { knownConfigFields } from './config-schema.js';
import { formatAjvErrors } from './format-ajv-errors.js';
import { headerNameProblem, headerValueProblem } from './header-rules.js';
import type { CustomApiNodeConfig } from './types.js';

/** Methods whose requests carry no body unless `allowBodyOnGet` says so. */
const BODYLESS_METHODS = new Set(['GET', 'HEAD']);

function templateIssues(value: unknown, pointer: string, issues: ValidationIssue[]): void {
  if (typeof value === 'string') {
    if (!mayHoldReferences(value)) return;
    for (const message of parseTemplate(value).errors) issues.push({ pointer, message });
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) templateIssues(item, childPointer(pointer, index), issues);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) templateIssues(item, childPointer(pointer, key), issues);
  }
}

/** Problems with a URL as written in a config (references not resolved yet), when they can be judged yet. */
export function urlProblem(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return `must be an http: or https: URL, not ${scheme}:`;
  }
  if (mayHoldReferences(url)) {
    return scheme === undefined && !url.startsWith('{{')
      ? 'must be an absolute http: or https: URL'
      : undefined;
  }
  return absoluteUrlProblem(url);
}

/** Problems with a complete URL (no reference syntax is special here: this runs on resolved URLs too). */
export function absoluteUrlProblem(url: string): string | undefined {
  const parsed = parseAbsoluteUrl(url);
  return typeof parsed === 'string' ? parsed : undefined;
}

/** The URL parsed, or the problem with it (see {@link absoluteUrlProblem}). */
export function parseAbsoluteUrl(url: string): URL | string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute http: or https: URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must be an http: or https: URL';
  if (parsed.username || parsed.password)
    return 'must not hold credentials; use auth {"type": "basic"} instead';
  return parsed;
}

function headerIssues(config: CustomApiNodeConfig, issues: ValidationIssue[]): void {
  const seen = new Map<string, string>();
  for (const [name, value] of Object.entries(config.headers ?? {})) {
    const pointer = childPointer('/headers', name);
    const nameProblem = headerNameProblem(name);
    if (nameProblem) issues.push({ pointer, message: nameProblem });
    const lower = name.toLowerCase();
    if (seen.has(lower))
      issues.push({ pointer, message: `repeats the header ${seen.get(lower)} (names are case-insensitive)` });
    seen.set(lower, name);
    if (typeof value === 'string' && !mayHoldReferences(value)) {
      const valueProblem = headerValueProblem(value);
      if (valueProblem) issues.push({ pointer, message: valueProblem });
    }
  }
  const auth = config.auth;
  if (!auth) return;
  const authHeader =
    auth.type === 'apiKey' ? (auth.in === 'header' ? auth.name : undefined) : 'Authorization';
  if (authHeader && seen.has(authHeader.toLowerCase())) {
    issues.push({
      pointer: childPointer('/headers', seen.get(authHeader.toLowerCase()) ?? authHeader),
      message: `conflicts with auth, which sets ${authHeader}; keep one of them`,
    });
  }
  if (auth.type === 'apiKey' && auth.in === 'header') {
    const problem = headerNameProblem(auth.name);
    if (problem) issues.push({ pointer: '/auth/name', message: problem });
  }
}

function bodyIssues(config: CustomApiNodeConfig, issues: ValidationIssue[]): void {
  if (config.body === undefined) return;
  const method = config.method ?? 'GET';
  if (BODYLESS_METHODS.has(method) && !config.allowBodyOnGet) {
    issues.push({
      pointer: '/body',
      message: `is not allowed on ${method} (set allowBodyOnGet to send one anyway)`,
    });
  }
  const contentTypeEntry = Object.entries(config.headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'content-type',
  );
  const contentType = contentTypeEntry ? String(contentTypeEntry[1]) : defaultContentType(config.body);
  if (mayHoldReferences(contentType)) return;
  const problem = bodyProblem(config.body, contentType);
  if (problem) issues.push({ pointer: '/body', message: problem });
  unsendableValues(config.body, '/body', issues);
}

/**
 * Checks a Custom API node config without resolving anything or touching the network: the JSON Schema (every
 * problem, in plain English, with a JSON pointer), reference syntax, the URL, header names and literal values,
 * auth conflicts, and whether the body fits its method and Content-Type. Returns the issues; empty means valid.
 *
 * @example
 * validateConfig({ url: 'https://api.example.com', method: 'FETCH' })
 * // [{ pointer: '/method', message: 'must be one of GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS' }]
 */
export function validateConfig(config: unknown): ValidationIssue[] {
  const issues = validateConfigSchema(config)
    ? []
    : formatAjvErrors(validateConfigSchema.errors ?? [], knownConfigFields);
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return issues;
  // The rules below also run on a config that broke the schema, on the fields that have the right shape, so that
  // every problem is reported at once.
  const shaped = withWellShapedFields(config as Record<string, unknown>);
  if (typeof shaped.url === 'string') {
    const problem = urlProblem(shaped.url);
    if (problem) issues.push({ pointer: '/url', message: problem });
  }
  for (const field of ['url', 'headers', 'query', 'body', 'auth'] as const) {
    templateIssues(shaped[field], `/${field}`, issues);
  }
  headerIssues(shaped, issues);
  bodyIssues(shaped, issues);
  hostListIssues(shaped.allowedHosts, '/allowedHosts', issues);
  return issues;
}

/** Problems with each entry of a host list (`allowedHosts`, `allowHosts`). */
export function hostListIssues(list: unknown, pointer: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(list)) return;
  for (const [index, entry] of list.entries()) {
    const problem = typeof entry === 'string' ? hostEntryProblem(entry) : undefined;
    if (problem) issues.push({ pointer: childPointer(pointer, index), message: problem });
  }
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** The config with each field the semantic rules read dropped unless it has the shape the schema requires. */
function withWellShapedFields(config: Record<string, unknown>): CustomApiNodeConfig {
  const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
  const shaped: Record<string, unknown> = { ...config };
  if (typeof shaped.url !== 'string') delete shaped.url;
  if (!METHODS.has(shaped.method as string)) delete shaped.method;
  if (!isObject(shaped.headers)) delete shaped.headers;
  const auth = shaped.auth as Record<string, unknown> | undefined;
  if (!isObject(auth) || !['apiKey', 'bearer', 'basic', 'oauth2'].includes(auth?.type as string))
    delete shaped.auth;
  else if (auth?.type === 'apiKey' && typeof auth.name !== 'string') delete shaped.auth;
  return shaped as unknown as CustomApiNodeConfig;
}
