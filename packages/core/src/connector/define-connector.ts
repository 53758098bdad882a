import { formatAjvErrors } from '../config/format-ajv-errors.js';
import type { TypedNodeConfig } from '../config/typed-config.js';
import type { CustomApiNodeConfig, HttpMethod } from '../config/types.js';
import type { ArrayFormat } from '../encoding/form.js';
import type { QueryEncoding } from '../encoding/query-encoding.js';
import { InputError } from '../errors/input-error.js';
import { type ExecuteOptions, executeNode } from '../execute/execute-node.js';
import type { NodeResult } from '../execute/node-result.js';
import type { ResponseRules } from '../execute/response-rules.js';
import { type PaginateLimits, type Paginator, paginate } from '../pagination/paginate.js';
import type { PaginationSpec } from '../pagination/pagination-spec.js';
import { markPresetConfig } from '../prepare/preset-configs.js';
import { escapeReferences } from '../references/parse-template.js';
import {
  type ConnectionValues,
  connectionIssues,
  connectionSecrets,
  encodedConnection,
  renderBaseUrl,
  revealSecretReferences,
} from './connection.js';
import {
  type AuthCredentials,
  chooseCredentials,
  type IncompleteCredentials,
  type OAuth2SchemeSpec,
  oauth2Auth,
  schemeSecrets,
} from './connector-auth.js';
import { type ErrorRulesSpec, mergeErrorRules, responseRulesFrom } from './error-rules.js';
import { pathTemplate } from './path-template.js';
import { pathInput, pathIssues, reservedModes } from './path-values.js';
import { renderNode, type TemplateNode } from './template-node.js';

/** How a connector authenticates: each scheme names the secret it needs and how it is applied. */
export type AuthSchemeSpec = {
  secret: string;
  description: string;
  setupUrl?: string;
} /** `prefix`: the word before the credential when an API wants another one than `Bearer` (`token <t>`). */ & (
  | { type: 'bearer'; prefix?: string }
  | { type: 'apiKey'; in: 'header' | 'query'; name: string }
  /** How a user gets each of the two secrets, besides the scheme's `description`. */
  | { type: 'basic'; usernameSecret: string; usernameDescription?: string; passwordDescription?: string }
  | { type: 'url' }
  /** An OAuth 2.0 grant: `secret` is the key JSON (jwt-bearer), refresh token or client secret (client_credentials). */
  | OAuth2SchemeSpec
);

/** A generated validator: true, or false with `errors` (ajv's standalone output). */
export type InputValidator = ((data: unknown) => boolean) & {
  errors?: Array<{
    instancePath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
  }> | null;
};

/** One operation, as the compiler emits it. */
export interface OperationSpec {
  title: string;
  description: string;
  docsUrl?: string;
  /** The official SDK call that sends the same request, when there is one. */
  sdkCall?: string;
  method: HttpMethod;
  /** The auth scheme (a key of the connector's `auth`). */
  auth: string;
  path: TemplateNode;
  /**
   * Path inputs not encoded as one segment: a name may contain `/` (reserved expansion); `{ param, raw: true }` is
   * inserted as it is, which the compiler allows only when its schema `pattern` excludes `/`, `?`, `#` and `..`.
   */
  reservedPathParams?: ReadonlyArray<string | { param: string; raw: true }>;
  /** The query: an object template, or one expression yielding an object (the caller's key order). */
  query?: TemplateNode;
  /** Overrides the connector's `queryArrayFormat` for this operation. */
  queryArrayFormat?: ArrayFormat;
  /** Overrides the connector's `queryEncoding` for this operation. */
  queryEncoding?: QueryEncoding;
  headers?: ReadonlyArray<readonly [string, TemplateNode]>;
  body?: TemplateNode;
  bodyEncoding: 'json' | 'form' | 'text';
  contentType?: string;
  errors?: ErrorRulesSpec;
  inputSchema: Readonly<Record<string, unknown>>;
  outputSchema?: Readonly<Record<string, unknown>>;
  /** How the results continue on further pages, when they do. */
  pagination?: PaginationSpec;
  validate: InputValidator;
  /** A typed transform from the input to what the templates read (only where templates cannot map it). */
  transform?: (input: never) => unknown;
}

/** A connector, as the compiler emits it (connector.json plus its compiled operations). */
export interface ConnectorSpec {
  id: string;
  packageName: string;
  title: string;
  description: string;
  docsUrl: string;
  baseUrl?: string;
  allowedHosts: readonly string[];
  auth: Readonly<Record<string, AuthSchemeSpec>>;
  /** Schemes an operation may use, most preferred first: `run` uses the first whose secrets are all set. */
  authPrecedence?: readonly string[];
  headers?: Readonly<Record<string, string>>;
  queryArrayFormat?: ArrayFormat;
  /** Which characters query strings keep raw (default `rfc3986`); an operation may override it. */
  queryEncoding?: QueryEncoding;
  formArrayFormat?: ArrayFormat;
  idempotency?: { header?: string; methods: readonly HttpMethod[] };
  /** Keys of response fields that hold credentials (masked where results are shown). */
  sensitiveResponseFields?: readonly string[];
  errors?: ErrorRulesSpec;
  /** The connection parameters' schema, and its generated validator. */
  connection?: Readonly<Record<string, unknown>>;
  validateConnection?: InputValidator;
  operations: Readonly<Record<string, OperationSpec>>;
}

/** Per-call options of a preset. */
export interface PresetOptions {
  /** Send to another base URL (a sandbox, proxy, regional host or test server); its host may receive the secrets. */
  baseUrl?: string;
  /** Extra or overriding headers (Stripe-Version per call, Stripe-Account, …). */
  headers?: Record<string, string>;
  /**
   * The auth scheme to use (a key of the connector's `auth`). Default: the operation's own; `run` chooses by the
   * secrets that are set when the connector declares an `authPrecedence`.
   */
  auth?: string;
  /** The connection parameters the connector declares (an account id, a shop), checked before anything is sent. */
  connection?: ConnectionValues;
}

/** Options of `connector.run`: a preset's options plus executeNode's. */
export interface RunOptions
  extends PresetOptions,
    Omit<ExecuteOptions, 'rules' | 'idempotency' | 'headers'> {}

/** Options of `connector.paginate`: `run`'s options plus the limits of the pagination. */
export interface PaginateOptions extends RunOptions, PaginateLimits {}

/** One `unknown` per operation: the outputs and items of operations without schemas. */
export type Untyped<Inputs> = { [K in keyof Inputs]: unknown };

/** What a UI or CLI needs to know about one operation. */
export interface OperationInfo {
  id: string;
  title: string;
  description: string;
  docsUrl?: string;
  sdkCall?: string;
  method: HttpMethod;
  /** The path template, e.g. `/v1/customers/{id}` (appended to the base URL). */
  path: string;
  auth: string;
  /** Every secret it may need (with several credentials, those of each). */
  secrets: readonly string[];
  /**
   * With an `authPrecedence`: each way it can authenticate, most preferred first; the first set with any secret
   * set is used (see `chooseCredentials`).
   */
  credentials?: readonly AuthCredentials[];
  inputSchema: Readonly<Record<string, unknown>>;
  outputSchema?: Readonly<Record<string, unknown>>;
  /** How results continue on further pages (operations that `paginate` accepts). */
  pagination?: PaginationSpec;
}

/** A connector: metadata, operations with their schemas, presets and `run`. */
export interface Connector<
  Inputs extends object = Record<string, unknown>,
  Outputs extends Record<keyof Inputs, unknown> = Untyped<Inputs>,
  Items extends Record<keyof Inputs, unknown> = Untyped<Inputs>,
> {
  readonly id: string;
  readonly packageName: string;
  readonly title: string;
  readonly description: string;
  readonly docsUrl: string;
  readonly baseUrl?: string;
  readonly allowedHosts: readonly string[];
  readonly auth: Readonly<Record<string, AuthSchemeSpec>>;
  /** Every secret any operation may need. */
  readonly secrets: readonly string[];
  /** The schema of the connection parameters (`options.connection`), when the connector has any. */
  readonly connection?: Readonly<Record<string, unknown>>;
  /** The methods that carry an idempotency key, when the API accepts them. */
  readonly idempotency?: { header?: string; methods: readonly HttpMethod[] };
  /** Keys of response fields that hold credentials (Stripe's `client_secret`): see `maskSensitiveFields`. */
  readonly sensitiveResponseFields: readonly string[];
  readonly operations: Readonly<Record<keyof Inputs & string, OperationInfo>>;
  /** Builds the Custom API node config for an operation (validates the input first; throws InputError). */
  preset<K extends keyof Inputs & string>(
    operation: K,
    input: Inputs[K],
    options?: PresetOptions,
  ): TypedNodeConfig<Outputs[K]>;
  /** The response rules executeNode applies for an operation. */
  rules(operation: keyof Inputs & string): ResponseRules;
  /** Prepares and sends an operation through core; a success's `body` has the operation's output type. */
  run<K extends keyof Inputs & string>(
    operation: K,
    input: Inputs[K],
    options?: RunOptions,
  ): Promise<NodeResult<Outputs[K]>>;
  /**
   * Fetches an operation's pages as they are read (operations with `pagination`). Invalid input throws
   * `InputError` at once; a failed page throws its error class.
   *
   * @example
   * for await (const customer of stripe.paginate('listCustomers', { limit: 100 }, { secrets, maxItems: 500 }).items())
   *   console.log(customer.id);
   */
  paginate<K extends keyof Inputs & string>(
    operation: K,
    input: Inputs[K],
    options?: PaginateOptions,
  ): Paginator<Outputs[K], Items[K]>;
}

const CONTENT_TYPES = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  text: 'text/plain; charset=utf-8',
};

function secretRef(name: string): string {
  return `{{secrets.${name}}}`;
}

/** The preset's options out of a call's options (only those given: exactOptionalPropertyTypes). */
function presetOptions(
  baseUrl: string | undefined,
  headers: Record<string, string> | undefined,
  connection: ConnectionValues | undefined,
  auth?: string,
): PresetOptions {
  return {
    ...(auth ? { auth } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(headers ? { headers } : {}),
    ...(connection ? { connection } : {}),
  };
}

/** The host-list entry for a base URL: its origin (scheme, host and port). */
function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Tells connectors apart in the operation keys of their presets' configs (two test connectors may share an id). */
let connectorsDefined = 0;

/**
 * The key of the config a preset builds for an operation with these options: configs with the same key differ only
 * where input went, so core checks what they share once (see prepare/preset-configs.ts).
 */
function operationKeyOf(connector: number, id: string, scheme: string, options: PresetOptions): string {
  const headers = options.headers ? JSON.stringify(options.headers) : '';
  const connection = options.connection ? JSON.stringify(options.connection) : '';
  return `${connector}\n${id}\n${scheme}\n${options.baseUrl ?? ''}\n${headers}\n${connection}`;
}

/**
 * Builds the runtime connector from its generated spec. Importing a connector calls this once; it does no other
 * work, and nothing is compiled at run time.
 */
export function defineConnector<
  Inputs extends object,
  Outputs extends Record<keyof Inputs, unknown> = Untyped<Inputs>,
  Items extends Record<keyof Inputs, unknown> = Untyped<Inputs>,
>(spec: ConnectorSpec): Connector<Inputs, Outputs, Items> {
  type Typed = Connector<Inputs, Outputs, Items>;
  const serial = ++connectorsDefined;
  const operationInfo = {} as Record<string, OperationInfo>;
  const fromSecrets = connectionSecrets(spec.connection);
  /** The secrets behind the connection parameters a template reads (`{{connection.<name>}}` or `{connection.<name>}`). */
  const connectionSecretsIn = (template: string | undefined): string[] =>
    Object.entries(fromSecrets)
      .filter(
        ([name]) => template !== undefined && new RegExp(`\\{\\s*connection\\.${name}\\s*\\}`).test(template),
      )
      .map(([, secret]) => secret);
  const baseUrlSecrets = connectionSecretsIn(spec.baseUrl);
  for (const [id, operation] of Object.entries(spec.operations)) {
    const scheme = spec.auth[operation.auth];
    const credentials = spec.authPrecedence?.flatMap((name) => {
      const choice = spec.auth[name];
      return choice ? [{ auth: name, secrets: schemeSecrets(choice) }] : [];
    });
    const schemeNames = credentials
      ? [...new Set(credentials.flatMap((choice) => choice.secrets))]
      : scheme
        ? schemeSecrets(scheme)
        : [];
    const secrets = [
      ...new Set([...schemeNames, ...baseUrlSecrets, ...connectionSecretsIn(pathTemplate(operation.path))]),
    ];
    operationInfo[id] = {
      id,
      title: operation.title,
      description: operation.description,
      method: operation.method,
      path: pathTemplate(operation.path),
      auth: operation.auth,
      secrets,
      ...(credentials ? { credentials } : {}),
      inputSchema: operation.inputSchema,
      ...(operation.docsUrl ? { docsUrl: operation.docsUrl } : {}),
      ...(operation.sdkCall ? { sdkCall: operation.sdkCall } : {}),
      ...(operation.outputSchema ? { outputSchema: operation.outputSchema } : {}),
      ...(operation.pagination ? { pagination: operation.pagination } : {}),
    };
  }
  const allSecrets = [...new Set(Object.values(operationInfo).flatMap((info) => info.secrets))];
  const rulesCache = new Map<string, ResponseRules>();

  const operationOf = (id: string): OperationSpec => {
    const operation = Object.hasOwn(spec.operations, id) ? spec.operations[id] : undefined;
    if (!operation) {
      throw new InputError(`${spec.id}.${id}`, [
        {
          pointer: '/',
          message: `${spec.id} has no operation "${id}" (known: ${Object.keys(spec.operations).join(', ')})`,
        },
      ]);
    }
    return operation;
  };

  const preset = (id: string, rawInput: unknown, options: PresetOptions = {}): CustomApiNodeConfig => {
    const operation = operationOf(id);
    if (!operation.validate(rawInput)) {
      throw new InputError(`${spec.id}.${id}`, formatAjvErrors(operation.validate.errors ?? []));
    }
    const input = operation.transform ? operation.transform(rawInput as never) : rawInput;
    const unsafePath = [
      ...connectionIssues(spec.validateConnection, options.connection, fromSecrets),
      ...pathIssues(input, operation),
    ];
    if (unsafePath.length > 0) throw new InputError(`${spec.id}.${id}`, unsafePath);
    const schemeName = options.auth ?? operation.auth;
    const scheme = Object.hasOwn(spec.auth, schemeName) ? spec.auth[schemeName] : undefined;
    if (options.auth !== undefined && !scheme) {
      throw new InputError(`${spec.id}.${id}`, [
        { pointer: '/', message: `${spec.id} has no auth scheme "${options.auth}"` },
      ]);
    }
    const pathValues = pathInput(input, reservedModes(operation));
    const path = revealSecretReferences(
      String(
        renderNode(
          operation.path,
          spec.connection
            ? { ...(pathValues as object), connection: encodedConnection(options.connection, fromSecrets) }
            : pathValues,
        ) ?? '',
      ),
      fromSecrets,
    );
    const base = renderBaseUrl(options.baseUrl ?? spec.baseUrl ?? '', options.connection, fromSecrets);
    const config: CustomApiNodeConfig = {
      // A URL secret (a Slack incoming webhook) is the whole base; a baseUrl override then only allows its host.
      url:
        scheme?.type === 'url' ? `${secretRef(scheme.secret)}${path}` : `${base.replace(/\/$/, '')}${path}`,
      method: operation.method,
    };
    const headers: Record<string, string> = { ...spec.headers };
    for (const [name, node] of operation.headers ?? []) {
      const value = renderNode(node, input);
      if (value !== undefined) headers[name] = String(value);
    }
    const body = operation.body ? renderNode(operation.body, input) : undefined;
    if (body !== undefined) {
      headers['Content-Type'] = operation.contentType ?? CONTENT_TYPES[operation.bodyEncoding];
      config.body = body as NonNullable<CustomApiNodeConfig['body']>;
    }
    for (const [name, value] of Object.entries(options.headers ?? {}))
      headers[name] = escapeReferences(value);
    if (Object.keys(headers).length > 0) config.headers = headers;
    const query = operation.query
      ? (renderNode(operation.query, input) as Record<string, unknown> | undefined)
      : undefined;
    if (query && Object.keys(query).length > 0) config.query = query;
    const arrayFormat = operation.queryArrayFormat ?? spec.queryArrayFormat;
    if (arrayFormat) config.queryArrayFormat = arrayFormat;
    const queryEncoding = operation.queryEncoding ?? spec.queryEncoding;
    if (queryEncoding && queryEncoding !== 'rfc3986') config.queryEncoding = queryEncoding;
    if (spec.formArrayFormat && operation.bodyEncoding === 'form')
      config.formArrayFormat = spec.formArrayFormat;
    if (scheme?.type === 'bearer') {
      // Another word than Bearer goes into a hand-written Authorization header, which core treats as secret too.
      if (scheme.prefix && scheme.prefix.toLowerCase() !== 'bearer')
        config.headers = { ...config.headers, Authorization: `${scheme.prefix} ${secretRef(scheme.secret)}` };
      else config.auth = { type: 'bearer', token: secretRef(scheme.secret) };
    }
    if (scheme?.type === 'apiKey')
      config.auth = { type: 'apiKey', in: scheme.in, name: scheme.name, value: secretRef(scheme.secret) };
    if (scheme?.type === 'oauth2') config.auth = oauth2Auth(scheme, scheme.secret);
    if (scheme?.type === 'basic') {
      config.auth = {
        type: 'basic',
        username: secretRef(scheme.usernameSecret),
        password: secretRef(scheme.secret),
      };
    }
    const overrideHost = options.baseUrl ? originOf(options.baseUrl) : undefined;
    config.allowedHosts = [...new Set([...spec.allowedHosts, ...(overrideHost ? [overrideHost] : [])])];
    markPresetConfig(config, operationKeyOf(serial, id, schemeName, options));
    return config;
  };

  const rules = (id: string): ResponseRules => {
    let cached = rulesCache.get(id);
    if (!cached) {
      cached = responseRulesFrom(mergeErrorRules(spec.errors, operationOf(id).errors));
      rulesCache.set(id, cached);
    }
    return cached;
  };

  /** The scheme `run` uses: the one given, or the one the secrets choose (with an authPrecedence). */
  const chosenAuth = async (
    id: string,
    given: string | undefined,
    secrets: RunOptions['secrets'],
  ): Promise<string | IncompleteCredentials | undefined> => {
    const credentials = Object.hasOwn(operationInfo, id) ? operationInfo[id]?.credentials : undefined;
    if (given !== undefined || !credentials) return given;
    const choice = await chooseCredentials(credentials, secrets, operationOf(id).auth);
    return 'incomplete' in choice ? choice.incomplete : choice.auth;
  };

  /** The failure of a call whose credentials are only partly set: before anything is sent. */
  const incompleteCredentials = (
    problem: IncompleteCredentials,
    baseUrl: string | undefined,
  ): NodeResult => ({
    ok: false,
    headers: {},
    durationMs: 0,
    attempts: 0,
    request: { method: 'GET', url: baseUrl ?? spec.baseUrl ?? '', headers: {} },
    error: {
      kind: 'config',
      message: `${spec.id}: ${problem.message}`,
      issues: problem.missing.map((name) => ({
        pointer: `/secrets/${name}`,
        message: `is not set (the ${problem.auth} credentials need it)`,
      })),
    },
  });

  return {
    id: spec.id,
    packageName: spec.packageName,
    title: spec.title,
    description: spec.description,
    docsUrl: spec.docsUrl,
    ...(spec.baseUrl ? { baseUrl: spec.baseUrl } : {}),
    allowedHosts: spec.allowedHosts,
    auth: spec.auth,
    secrets: allSecrets,
    ...(spec.connection ? { connection: spec.connection } : {}),
    ...(spec.idempotency ? { idempotency: spec.idempotency } : {}),
    sensitiveResponseFields: spec.sensitiveResponseFields ?? [],
    operations: operationInfo as Typed['operations'],
    preset: preset as Typed['preset'],
    rules,
    run: async (id, input, options = {}) => {
      // A caller's idempotency key (a workflow's run and step) only goes to APIs that accept one.
      const { baseUrl, headers, connection, idempotencyKey, auth: given, ...execute } = options;
      const chosen = await chosenAuth(id, given, execute.secrets);
      if (typeof chosen !== 'string' && chosen !== undefined)
        return incompleteCredentials(chosen, baseUrl) as never;
      let config: CustomApiNodeConfig;
      try {
        config = preset(id, input, presetOptions(baseUrl, headers, connection, chosen));
      } catch (error) {
        // Never thrown: invalid input, an unknown operation or a helper that refused its value (formatDate) are
        // all input failures, before anything is sent.
        const issues =
          error instanceof InputError
            ? [...error.issues]
            : [{ pointer: '/', message: (error as Error).message ?? String(error) }];
        return {
          ok: false,
          headers: {},
          durationMs: 0,
          attempts: 0,
          request: {
            method: Object.hasOwn(spec.operations, id) ? operationOf(id).method : 'GET',
            url: spec.baseUrl ?? '',
            headers: {},
          },
          error: {
            kind: 'input',
            message:
              error instanceof InputError
                ? error.message
                : `Invalid input for ${spec.id}.${id}: ${issues[0]?.message}`,
            issues,
          },
        };
      }
      const method = operationOf(id).method;
      const idempotency = spec.idempotency?.methods.includes(method)
        ? { idempotency: spec.idempotency, ...(idempotencyKey !== undefined ? { idempotencyKey } : {}) }
        : {};
      return executeNode(config, { ...execute, ...idempotency, rules: rules(id) }) as never;
    },
    paginate: ((id: string, input: unknown, options: PaginateOptions = {}) => {
      const pagination = operationOf(id).pagination;
      if (!pagination) {
        throw new InputError(`${spec.id}.${id}`, [
          { pointer: '/', message: `${spec.id}.${id} returns one page: its manifest declares no pagination` },
        ]);
      }
      // Listing is read-only: no idempotency key, whatever the caller passes.
      const { baseUrl, headers, connection, idempotencyKey: _unused, auth, ...execute } = options;
      const config = preset(id, input, presetOptions(baseUrl, headers, connection, auth));
      return paginate(config, pagination, { ...execute, rules: rules(id) });
    }) as Typed['paginate'],
  };
}
