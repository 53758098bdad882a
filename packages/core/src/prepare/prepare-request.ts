import { headerValueProblem } from '../config/header-rules.js';
import { isPlainJson, sameJson } from '../config/same-json.js';
import type { CustomApiNodeConfig } from '../config/types.js';
import { validateConfig } from '../config/validate-config.js';
import { bodyProblem, defaultContentType, encodeBody } from '../encoding/encode-body.js';
import { unsendableValues } from '../encoding/unsendable.js';
import { ConfigError } from '../errors/config-error.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { InputError } from '../errors/input-error.js';
import { originEntry } from '../execute/hosts.js';
import { type ResolvedGrant, rememberGrant } from '../oauth/grant.js';
import { BoundedCache } from '../references/bounded-cache.js';
import { childPointer } from '../references/json-pointer.js';
import { mayHoldReferences } from '../references/parse-template.js';
import { collectSecretNames, type ResolveScope, resolveDeep, resolveString } from '../references/resolve.js';
import { envSecrets, type SecretProvider } from '../secrets/secret-provider.js';
import { SecretSet } from '../secrets/secret-set.js';
import { applyAuth, authHeaderOf, recordCredentialHeader } from './apply-auth.js';
import { type BuiltUrl, buildUrl } from './build-url.js';
import { type FetchedSecrets, fetchSecrets, type MissingSecrets } from './fetch-secrets.js';
import { encodeByPlan, type FormBodyPlan, planFormBody } from './form-body-plan.js';
import { PreparedRequest, rememberUrl } from './prepared-request.js';
import { checkedPresetConfig, presetOperationKey } from './preset-configs.js';

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
  /** Each secret the config names, with the pointer of its first use. */
  secretNames: ReadonlyArray<readonly [name: string, pointer: string]>;
  /** How to encode the form body quickly, when it is one (kept for cached configs only). */
  formPlan?: FormBodyPlan | undefined;
}

/**
 * What can be known from a config alone (its issues, the secrets it names), memoised by content: a workflow or
 * preset prepares the same config many times, and the key is its JSON, so a mutated config is checked again.
 */
const checkedConfigs = new BoundedCache<string, CheckedConfig>(500);
/** By object, with its JSON when checked (parsed into a snapshot when the object is seen again). */
const checkedByObject = new WeakMap<object, { json: string; snapshot: unknown; checked: CheckedConfig }>();
/** Configs larger than this (a big body) are checked every time rather than kept in memory. */
const MAX_CACHED_CONFIG_CHARS = 8192;
function checkedConfig(config: CustomApiNodeConfig): CheckedConfig {
  const check = (): CheckedConfig => {
    const secretNames = new Map<string, string>();
    for (const field of REFERENCE_FIELDS) collectSecretNames(config[field], `/${field}`, secretNames);
    return { issues: validateConfig(config), secretNames: [...secretNames] };
  };
  const checkAndPlan = (): CheckedConfig => {
    const checked = check();
    return checked.issues.length > 0 ? checked : { ...checked, formPlan: planFormBody(config) };
  };
  // A preset's config is new on every call and used once: checked once per operation (see preset-configs.ts), no
  // form plan (its body holds values, not references).
  const operationKey = presetOperationKey(config);
  if (operationKey !== undefined) return checkedPresetConfig(config, operationKey, check);
  // The same object again, unchanged (the usual case), is found by comparing it with a copy of what it was when it
  // was checked; that costs less than serialising it. A changed object is looked up by its JSON, or checked again.
  const known = checkedByObject.get(config);
  if (known) {
    known.snapshot ??= JSON.parse(known.json);
    if (sameJson(config, known.snapshot)) return known.checked;
  }
  let key: string | undefined;
  try {
    key = JSON.stringify(config) as string | undefined;
  } catch {
    // A BigInt or a cycle: validation says what is wrong with it.
    return check();
  }
  // Only plain JSON is looked up by its JSON: a config holding bytes or a Date serialises like a different one.
  if (key === undefined || key.length > MAX_CACHED_CONFIG_CHARS || !isPlainJson(config)) return check();
  const checked = checkedConfigs.get(key, checkAndPlan);
  if (typeof config === 'object' && config !== null)
    checkedByObject.set(config, { json: key, snapshot: undefined, checked });
  return checked;
}

const AS_TEXT = { asText: true } as const;

function resolveHeaders(config: CustomApiNodeConfig, scope: ResolveScope): Record<string, string> {
  const headers: Record<string, string> = {};
  const configured = config.headers ?? {};
  for (const name in configured) {
    const raw = configured[name];
    let value: string;
    if (typeof raw === 'string' && mayHoldReferences(raw)) {
      const pointer = childPointer('/headers', name);
      value = resolveString(raw, pointer, scope, AS_TEXT) as string;
      const problem = headerValueProblem(value);
      if (problem) scope.issues.push({ pointer, message: `resolves to a value that ${problem}` });
    } else {
      // Literal values were checked with the config.
      value = String(raw);
    }
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
 * network call, or an {@link InputError} when only values taken from input or a step cannot be sent (NaN, a BigInt).
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
  return prepareNow(config, options);
}

/**
 * {@link prepareRequest} without a promise when nothing needs one (a synchronous secret provider, no multipart
 * body): `executeNode` calls this on every request. Throws a {@link ConfigError} the same way.
 */
export function prepareNow(
  config: CustomApiNodeConfig,
  options: PrepareOptions = {},
): PreparedRequest | Promise<PreparedRequest> {
  const checked = checkedConfig(config);
  if (checked.issues.length > 0) throw new ConfigError(checked.issues);

  const provider = options.secrets ?? envSecrets({ allow: options.allowEnvSecrets ?? [] });
  const fetched = fetchSecrets(checked.secretNames, provider, options.missingSecrets ?? 'error');
  return fetched instanceof Promise
    ? fetched.then((values) => resolveAndEncode(config, options, values, checked.formPlan))
    : resolveAndEncode(config, options, fetched, checked.formPlan);
}

function resolveAndEncode(
  config: CustomApiNodeConfig,
  options: PrepareOptions,
  fetched: FetchedSecrets,
  formPlan: FormBodyPlan | undefined,
): PreparedRequest | Promise<PreparedRequest> {
  if (fetched.issues.length > 0) throw new ConfigError(fetched.issues);
  const scope: ResolveScope = {
    context: options.context ?? {},
    secretValues: fetched.values,
    placeholders: fetched.placeholders,
    secrets: new SecretSet(),
    issues: [],
  };
  const built = buildUrl(config, scope);
  const url = built?.url;
  const headers = resolveHeaders(config, scope);
  const issuesBeforeBody = scope.issues.length;
  const planned = formPlan && encodeByPlan(formPlan, scope);
  // A value the plan cannot place: resolve and encode the whole body the general way (its issues, once).
  if (formPlan && planned === undefined) scope.issues.length = issuesBeforeBody;
  const body =
    config.body === undefined || planned !== undefined ? undefined : resolveDeep(config.body, '/body', scope);
  let grant: ResolvedGrant | undefined;
  if (url) {
    grant = applyAuth(config.auth, url, headers, scope);
    // The auth header is checked as it will be sent (config headers were checked as they resolved).
    const authValue = authHeaderOf(config.auth);
    const problem = authValue && headers[authValue] !== undefined && headerValueProblem(headers[authValue]);
    if (problem)
      scope.issues.push({ pointer: '/auth', message: `resolves to a header value that ${problem}` });
  }

  if (planned !== undefined) return finish(config, scope, built, headers, planned, grant);
  if (body === undefined) return finish(config, scope, built, headers, undefined, grant);
  // Literal values were checked with the config; what input or a step put in is checked here.
  const unsendable = unsendableValues(body, '/body');
  if (unsendable.length > 0) {
    if (scope.issues.length > 0) throw new ConfigError([...scope.issues, ...unsendable]);
    throw new InputError('the request body', unsendable);
  }
  const contentType = headers['content-type'] ?? defaultContentType(body);
  const problem = bodyProblem(body, contentType);
  if (problem) {
    scope.issues.push({ pointer: '/body', message: problem });
    return finish(config, scope, built, headers, undefined, grant);
  }
  const encoded = encodeBody(body, contentType, config.formArrayFormat ?? 'indices');
  if (encoded instanceof Promise) {
    return encoded.then((multipart) => {
      headers['content-type'] = multipart.contentType;
      return finish(config, scope, built, headers, multipart.body, grant);
    });
  }
  headers['content-type'] = encoded.contentType;
  return finish(config, scope, built, headers, encoded.body, grant);
}

/** The prepared request, or every issue found on the way as a {@link ConfigError}. */
function finish(
  config: CustomApiNodeConfig,
  scope: ResolveScope,
  built: BuiltUrl | undefined,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  grant: ResolvedGrant | undefined,
): PreparedRequest {
  if (scope.issues.length > 0 || !built) throw new ConfigError(scope.issues);
  const { url } = built;
  const prepared = new PreparedRequest({
    method: config.method ?? 'GET',
    url: built.display ?? url.href,
    headers,
    body,
    // Secrets go only to the config's own origin (scheme, host and port). When input or an earlier step chose the
    // host, nothing is allowed unless the config says which hosts may receive secrets.
    allowedHosts: config.allowedHosts ?? (built.hostFromData ? [] : [originEntry(url)]),
    config,
    secrets: scope.secrets,
  });
  if (built.display === undefined) rememberUrl(prepared, url);
  if (grant) rememberGrant(prepared, grant);
  return prepared;
}
