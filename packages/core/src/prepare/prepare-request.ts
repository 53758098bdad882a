import { headerValueProblem } from '../config/header-rules.js';
import type { CustomApiNodeConfig, HttpMethod } from '../config/types.js';
import { validateConfig } from '../config/validate-config.js';
import { bodyProblem, defaultContentType, encodeBody } from '../encoding/encode-body.js';
import { ConfigError } from '../errors/config-error.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { BoundedCache } from '../references/bounded-cache.js';
import { childPointer } from '../references/json-pointer.js';
import { collectSecretNames, type ResolveScope, resolveDeep, resolveString } from '../references/resolve.js';
import { envSecrets, type SecretProvider } from '../secrets/secret-provider.js';
import { SecretSet } from '../secrets/secret-set.js';
import { applyAuth, recordCredentialHeader } from './apply-auth.js';
import { buildUrl } from './build-url.js';
import { fetchSecrets, type MissingSecrets } from './fetch-secrets.js';
import { PreparedRequest } from './prepared-request.js';

/** Options for {@link prepareRequest}. */
export interface PrepareOptions {
  /**
   * Where `{{secrets.NAME}}` values come from. Default: the environment, limited to `allowEnvSecrets`
   * (so with neither option, no secret can be read).
   */
  secrets?: SecretProvider;
  /** Names the default environment provider may read. Ignored when `secrets` is given. */
  allowEnvSecrets?: Iterable<string>;
  /** The other reference roots: `{ input, steps }` in a workflow. Their values are data, never resolved again. */
  context?: Readonly<Record<string, unknown>>;
  /** `placeholder` renders a missing secret as `<NAME>` (for dry runs); default `error`. */
  missingSecrets?: MissingSecrets;
}

/** The parts of a config that may hold references, in the order they are resolved. */
const REFERENCE_FIELDS = ['url', 'headers', 'query', 'body', 'auth'] as const;

interface CheckedConfig {
  issues: ValidationIssue[];
  secretNames: ReadonlyMap<string, string>;
}

/**
 * What can be known from a config alone (its issues, the secrets it names), memoised by content: a workflow or
 * preset prepares the same config many times, and the key is its JSON, so a mutated config is checked again.
 */
const checkedConfigs = new BoundedCache<string, CheckedConfig>(500);
/** Configs larger than this (a big body) are checked every time rather than kept in memory. */
const MAX_CACHED_CONFIG_CHARS = 8192;
function checkedConfig(config: CustomApiNodeConfig): CheckedConfig {
  const check = (): CheckedConfig => {
    const secretNames = new Map<string, string>();
    for (const field of REFERENCE_FIELDS) collectSecretNames(config[field], `/${field}`, secretNames);
    return { issues: validateConfig(config), secretNames };
  };
  const key = JSON.stringify(config) as string | undefined;
  return key === undefined || key.length > MAX_CACHED_CONFIG_CHARS ? check() : checkedConfigs.get(key, check);
}

function resolveHeaders(config: CustomApiNodeConfig, scope: ResolveScope): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(config.headers ?? {})) {
    const pointer = childPointer('/headers', name);
    const value =
      typeof raw === 'string'
        ? (resolveString(raw, pointer, scope, { asText: true }) as string)
        : String(raw);
    const problem = headerValueProblem(value);
    if (problem) scope.issues.push({ pointer, message: `resolves to a value that ${problem}` });
    const lower = name.toLowerCase();
    headers[lower] = value;
    recordCredentialHeader(lower, value, scope);
  }
  return headers;
}

/**
 * Turns a Custom API node config into the exact request to send, without sending it: validates the config
 * (every problem at once), fetches the secrets it names, resolves references in one pass, encodes the URL, query
 * and body for their places, and applies auth. Throws a {@link ConfigError} listing every problem, before any
 * network call.
 *
 * @example
 * const prepared = await prepareRequest(
 *   {
 *     url: 'https://api.stripe.com/v1/payment_intents',
 *     method: 'POST',
 *     headers: { Authorization: 'Bearer {{secrets.STRIPE_SECRET_KEY}}', 'Content-Type': 'application/x-www-form-urlencoded' },
 *     body: { amount: 2000, currency: 'usd', 'payment_method_types[]': 'card' },
 *   },
 *   { secrets: { STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY } },
 * );
 * prepared.body // 'amount=2000&currency=usd&payment_method_types[]=card'
 */
export async function prepareRequest(
  config: CustomApiNodeConfig,
  options: PrepareOptions = {},
): Promise<PreparedRequest> {
  const { issues: staticIssues, secretNames } = checkedConfig(config);
  if (staticIssues.length > 0) throw new ConfigError(staticIssues);

  const provider = options.secrets ?? envSecrets({ allow: options.allowEnvSecrets ?? [] });
  const fetched = await fetchSecrets(secretNames, provider, options.missingSecrets ?? 'error');
  if (fetched.issues.length > 0) throw new ConfigError(fetched.issues);

  const scope: ResolveScope = {
    context: options.context ?? {},
    secretValues: fetched.values,
    placeholders: fetched.placeholders,
    secrets: new SecretSet(),
    issues: [],
  };
  const method: HttpMethod = config.method ?? 'GET';
  const built = buildUrl(config, scope);
  const url = built?.url;
  const headers = resolveHeaders(config, scope);
  const body = config.body === undefined ? undefined : resolveDeep(config.body, '/body', scope);
  if (url) {
    applyAuth(config.auth, url, headers, scope);
    // Auth values (and everything else) are checked as they will be sent: no CR/LF, no non-Latin-1 text.
    for (const [name, value] of Object.entries(headers)) {
      const problem = headerValueProblem(value);
      if (problem && config.headers?.[name] === undefined) {
        scope.issues.push({ pointer: '/auth', message: `resolves to a header value that ${problem}` });
      }
    }
  }

  let encoded: string | Uint8Array | undefined;
  if (body !== undefined) {
    const contentType = headers['content-type'] ?? defaultContentType(body);
    const problem = bodyProblem(body, contentType);
    if (problem) scope.issues.push({ pointer: '/body', message: problem });
    else {
      const result = await encodeBody(body, contentType, config.formArrayFormat ?? 'indices');
      encoded = result.body;
      headers['content-type'] = result.contentType;
    }
  }
  if (scope.issues.length > 0 || !url) throw new ConfigError(scope.issues);

  return new PreparedRequest({
    method,
    url: built?.display ?? url.href,
    headers,
    body: encoded,
    // Secrets go only to the config's own host. When input or an earlier step chose the host, nothing is allowed
    // unless the config says which hosts may receive secrets.
    allowedHosts: config.allowedHosts ?? (built?.hostFromData ? [] : [url.host]),
    config,
    secrets: scope.secrets,
  });
}
