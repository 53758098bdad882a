import type { CustomApiNodeConfig, HttpMethod } from '../config/types.js';
import type { SecretSet } from '../secrets/secret-set.js';

/** A prepared request with every secret replaced by `***`: safe to log, print, store and send to a UI. */
export interface RedactedRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** The body as text (binary bodies are summarised), redacted. */
  body?: string;
}

/** What {@link PreparedRequest} is built from. */
export interface PreparedRequestInit {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array | undefined;
  allowedHosts: readonly string[];
  config: CustomApiNodeConfig;
  secrets: SecretSet;
}

let readSecrets: (prepared: PreparedRequest) => SecretSet;
let readUrl: (prepared: PreparedRequest) => URL | undefined;
let readHeaders: (prepared: PreparedRequest) => Readonly<Record<string, string>>;
let readAllowedHosts: (prepared: PreparedRequest) => readonly string[];
let writeUrl: (prepared: PreparedRequest, url: URL) => void;
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * The exact request that goes on the wire: method, URL, headers (lowercase names) and body bytes, with resolved
 * secrets. It knows which values are secret (kept out of sight, covering derived forms), so printing it is safe:
 * `JSON.stringify`, `console.log` and `util.inspect` all show the redacted form. The fields are getters, so
 * spreading the object (`{...prepared}`) copies nothing either.
 *
 * @example
 * const prepared = await prepareRequest(config, { secrets });
 * console.log(prepared); // PreparedRequest { method: 'POST', headers: { authorization: 'Bearer ***', … } }
 */
export class PreparedRequest {
  readonly #method: HttpMethod;
  readonly #url: string;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #body: string | Uint8Array | undefined;
  readonly #allowedHosts: readonly string[];
  readonly #config: CustomApiNodeConfig;
  readonly #secrets: SecretSet;
  /** The URL, parsed (internal: the URL object is never handed out, so nobody changes it). */
  #parsedUrl: URL | undefined;

  static {
    readSecrets = (prepared) => prepared.#secrets;
    readUrl = (prepared) => prepared.#parsedUrl;
    readHeaders = (prepared) => prepared.#headers;
    readAllowedHosts = (prepared) => prepared.#allowedHosts;
    writeUrl = (prepared, url) => {
      prepared.#parsedUrl = url;
    };
  }

  constructor(init: PreparedRequestInit) {
    this.#method = init.method;
    this.#url = init.url;
    // Copies, frozen when first handed out (freezing costs more than the rest of the constructor, and core's own
    // reads never change them).
    this.#headers = { ...init.headers };
    this.#body = init.body;
    this.#allowedHosts = [...init.allowedHosts];
    this.#config = init.config;
    this.#secrets = init.secrets;
  }

  /** The HTTP method. */
  get method(): HttpMethod {
    return this.#method;
  }
  /** The full URL, query included, with secrets resolved. */
  get url(): string {
    return this.#url;
  }
  /** Headers with lowercase names, secrets resolved (read-only). */
  get headers(): Readonly<Record<string, string>> {
    return Object.isFrozen(this.#headers) ? this.#headers : Object.freeze(this.#headers);
  }
  /** The encoded body: text for JSON, form and text bodies, bytes for multipart. */
  get body(): string | Uint8Array | undefined {
    return this.#body;
  }
  /** The hosts that may receive this request's secrets. */
  get allowedHosts(): readonly string[] {
    return Object.isFrozen(this.#allowedHosts) ? this.#allowedHosts : Object.freeze(this.#allowedHosts);
  }
  /** The config it was prepared from (references, not values). */
  get config(): CustomApiNodeConfig {
    return this.#config;
  }

  /** A copy with some fields changed and the same secrets (used for redirects and added headers). */
  with(changes: Partial<Pick<PreparedRequestInit, 'method' | 'url' | 'headers' | 'body'>>): PreparedRequest {
    const copy = new PreparedRequest({
      method: changes.method ?? this.#method,
      url: changes.url ?? this.#url,
      headers: changes.headers ?? this.#headers,
      body: 'body' in changes ? changes.body : this.#body,
      allowedHosts: this.#allowedHosts,
      config: this.#config,
      secrets: secretsOf(this),
    });
    if (changes.url === undefined) copy.#parsedUrl = this.#parsedUrl;
    return copy;
  }

  /** The redacted form (what `JSON.stringify` writes). */
  toJSON(): RedactedRequest {
    return redactRequest(this);
  }

  [inspectSymbol](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    return `PreparedRequest ${inspect(redactRequest(this), options)}`;
  }
}

/** The secret values a prepared request knows of (internal to core; never printed). */
export function secretsOf(prepared: PreparedRequest): SecretSet {
  return readSecrets(prepared);
}

/** The headers, without freezing them (internal to core, which never changes them). */
export function headersOf(prepared: PreparedRequest): Readonly<Record<string, string>> {
  return readHeaders(prepared);
}

/** The hosts that may receive the secrets, without freezing the list (internal to core). */
export function allowedHostsOf(prepared: PreparedRequest): readonly string[] {
  return readAllowedHosts(prepared);
}

/** The request's URL parsed, parsed once (internal to core; do not change the result). */
export function parsedUrlOf(prepared: PreparedRequest): URL {
  let url = readUrl(prepared);
  if (url === undefined) {
    url = new URL(prepared.url);
    writeUrl(prepared, url);
  }
  return url;
}

/** Records the parsed form of the request's URL, when the code that built it has one (its `href` is `url`). */
export function rememberUrl(prepared: PreparedRequest, url: URL): void {
  writeUrl(prepared, url);
}

/** A readable, redacted form of a body. */
export function describeBody(body: string | Uint8Array, secrets: SecretSet): string {
  if (typeof body === 'string') return secrets.redact(body);
  try {
    return secrets.redact(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return `<${body.byteLength} bytes of binary data>`;
  }
}

/**
 * The prepared request with every secret, in every form it takes (raw, percent-encoded, form-encoded,
 * JSON-escaped, Basic base64), replaced by `***`. A secret that is a whole URL keeps its origin and first path
 * segment (`https://hooks.slack.com/services/***`).
 */
export function redactRequest(prepared: PreparedRequest): RedactedRequest {
  const secrets = secretsOf(prepared);
  const headers: Record<string, string> = {};
  const source = headersOf(prepared);
  for (const name in source) headers[name] = secrets.redact(source[name] as string);
  const redacted: RedactedRequest = { method: prepared.method, url: secrets.redact(prepared.url), headers };
  if (prepared.body !== undefined) redacted.body = describeBody(prepared.body, secrets);
  return redacted;
}
