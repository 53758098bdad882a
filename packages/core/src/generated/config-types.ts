// Generated from packages/core/schema/custom-api-node.schema.json by `pnpm codegen --write`. Do not edit.

/**
 * OAuth 2.0: the node fetches access tokens with the chosen grant, caches them, refreshes them before they expire and sends Authorization: Bearer <token>.
 */
export type OAuth2Auth = OAuth2Auth1 & OAuth2Auth2;
export type OAuth2Auth1 = OAuth2RefreshTokenAuth | OAuth2ClientCredentialsAuth | OAuth2JwtBearerAuth;

/**
 * The configuration of a ConvoFlow Custom API node: one HTTP request, written as plain JSON. String values may hold references such as {{secrets.NAME}}, {{input.field}} and {{steps.id.body.field}}; they are resolved once, when the request is prepared. Write \{{ for a literal {{.
 */
export interface CustomApiNodeConfig {
  /**
   * The JSON Schema of this file, for editors. Ignored by the node.
   */
  $schema?: string;
  /**
   * The absolute http: or https: URL to call. References in the path are percent-encoded as one path segment; references in the query string are percent-encoded as a query value.
   */
  url: string;
  /**
   * The HTTP method. Defaults to GET.
   */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  /**
   * Request headers. Names are case-insensitive and must be valid HTTP tokens; values must not contain CR or LF. A hand-written Authorization header counts as secret-bearing.
   */
  headers?: {
    [k: string]: string | number | boolean | undefined;
  };
  /**
   * Query parameters, appended to any query already in the URL. Arrays follow queryArrayFormat; nested objects use brackets (a[b]=c). null sends an empty value; absent keys are omitted.
   */
  query?: {
    [k: string]: unknown | undefined;
  };
  /**
   * How arrays in query are written: repeat (a=1&a=2, what URLSearchParams writes and Google expects), indices (a[0]=1&a[1]=2, Stripe), brackets (a[]=1&a[]=2) or comma (a=1,2).
   */
  queryArrayFormat?: 'repeat' | 'indices' | 'brackets' | 'comma';
  /**
   * Which characters query keys and values keep as they are: rfc3986 (only A-Z a-z 0-9 - . _ ~, and brackets in keys; space %20), uriComponent (also ! ( ) *, as encodeURIComponent and some official SDKs; ' stays %27 as URL parsing requires), urlSearchParams (the WHATWG form serializer, as URLSearchParams and browsers: A-Z a-z 0-9 * - . _, space +, brackets encoded).
   */
  queryEncoding?: 'rfc3986' | 'uriComponent' | 'urlSearchParams';
  /**
   * How arrays in an application/x-www-form-urlencoded body are written. Default indices (a[0]=1&a[1]=2), as Stripe expects and stripe-node sends.
   */
  formArrayFormat?: 'indices' | 'repeat' | 'brackets' | 'comma';
  /**
   * The request body, encoded by the Content-Type header: application/json (the default for objects and arrays), application/x-www-form-urlencoded (Stripe-style bracket nesting), multipart/form-data (fields and file parts), or any other type for a string body sent as is.
   */
  body?:
    | {
        [k: string]: unknown | undefined;
      }
    | unknown[]
    | string
    | number
    | boolean
    | null;
  /**
   * Allow a body on GET and HEAD requests, which most servers ignore or refuse.
   */
  allowBodyOnGet?: boolean;
  /**
   * Let references in the URL path insert '/' (reserved expansion), for APIs whose path parameters are paths. Off by default: a value cannot add a path segment, a query or a fragment.
   */
  allowSlashInPathValues?: boolean;
  /**
   * Structured authentication. The node applies it and knows which values are secret. Choose the kind with `type`.
   */
  auth?: (ApiKeyAuth | BearerAuth | BasicAuth | OAuth2Auth) & {
    type: 'apiKey' | 'bearer' | 'basic' | 'oauth2';
  };
  /**
   * The hosts that may receive this request's secrets, each a scheme, host and port. A host name (api.stripe.com) or host and port (api.example.com:8443) means https on that port (443 when none is written); any other scheme is written out (http://127.0.0.1:8080). A wildcard (*.example.com) matches subdomains only, not example.com itself. When absent, the URL's own origin (its scheme, host and port).
   */
  allowedHosts?: string[];
  /**
   * How long one attempt may take once it has a connection (sending, waiting for the response, reading the body), in milliseconds. Default 30000.
   */
  timeoutMs?: number;
  /**
   * How long one attempt may wait for a connection (a pooled one to come free, or a new one to open) before its request is sent, in milliseconds. Default 30000. timeoutMs counts from when the request has a connection.
   */
  connectionTimeoutMs?: number;
  /**
   * How long the whole call may take across retries and waits, in milliseconds.
   */
  deadlineMs?: number;
  /**
   * The largest response body accepted, in bytes. Default 10485760 (10 MiB).
   */
  maxResponseBytes?: number;
  retry?: RetryOptions;
  rateLimit?: RateLimitOptions;
  /**
   * How to read the response body: auto (by Content-Type), json, text or bytes.
   */
  responseType?: 'auto' | 'json' | 'text' | 'bytes';
  /**
   * A JSON Schema that a successful (2xx) response body must satisfy; a body that fails it is an invalid_response error.
   */
  responseSchema?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Follow redirects: true (up to 5), false, or the largest number of hops.
   */
  followRedirects?: boolean | number;
}
/**
 * An API key sent in a header or a query parameter.
 */
export interface ApiKeyAuth {
  type: 'apiKey';
  /**
   * Where the key goes.
   */
  in: 'header' | 'query';
  /**
   * The header or query parameter name, e.g. X-Api-Key or api_key.
   */
  name: string;
  /**
   * The key, normally a secret reference such as {{secrets.EXAMPLE_API_KEY}}.
   */
  value: string;
}
/**
 * Authorization: Bearer <token>, for OAuth 2.0 access tokens and bearer API keys.
 */
export interface BearerAuth {
  type: 'bearer';
  /**
   * The token, normally a secret reference.
   */
  token: string;
}
/**
 * Authorization: Basic base64(username:password), computed by the node.
 */
export interface BasicAuth {
  type: 'basic';
  /**
   * The user name (may be a reference).
   */
  username: string;
  /**
   * The password, normally a secret reference.
   */
  password: string;
}
/**
 * OAuth 2.0 refresh_token grant: a long-lived refresh token is exchanged for access tokens, refreshed before they expire.
 */
export interface OAuth2RefreshTokenAuth {
  type: 'oauth2';
  grant: 'refresh_token';
  /**
   * The token endpoint (https; another scheme only for a host named in the call's allowHosts, such as a local sandbox).
   */
  tokenUrl: string;
  /**
   * The OAuth client id: a literal or a secret reference.
   */
  clientId: string;
  /**
   * The client secret, a {{secrets.NAME}} reference (omit it for a public client).
   */
  clientSecret?: string;
  /**
   * The refresh token, a {{secrets.NAME}} reference.
   */
  refreshToken: string;
  /**
   * The scopes to ask for (sent space-separated).
   */
  scopes?: string[];
  /**
   * How the client authenticates: HTTP Basic (default, RFC 6749 section 2.3.1) or client_id and client_secret in the form body.
   */
  clientAuth?: 'basic' | 'post';
}
/**
 * OAuth 2.0 client_credentials grant: the client's own credentials are exchanged for access tokens.
 */
export interface OAuth2ClientCredentialsAuth {
  type: 'oauth2';
  grant: 'client_credentials';
  /**
   * The token endpoint (https; another scheme only for a host named in the call's allowHosts, such as a local sandbox).
   */
  tokenUrl: string;
  /**
   * The OAuth client id: a literal or a secret reference.
   */
  clientId: string;
  /**
   * The client secret, a {{secrets.NAME}} reference.
   */
  clientSecret: string;
  /**
   * The scopes to ask for (sent space-separated).
   */
  scopes?: string[];
  /**
   * The audience parameter some providers require (Auth0).
   */
  audience?: string;
  /**
   * How the client authenticates: HTTP Basic (default, RFC 6749 section 2.3.1) or client_id and client_secret in the form body.
   */
  clientAuth?: 'basic' | 'post';
}
/**
 * OAuth 2.0 JWT bearer grant (RFC 7523) for Google service accounts: an RS256 assertion signed with the key file's private key is exchanged for access tokens.
 */
export interface OAuth2JwtBearerAuth {
  type: 'oauth2';
  grant: 'jwt-bearer';
  /**
   * The service account key file's JSON, a {{secrets.NAME}} reference.
   */
  serviceAccount: string;
  /**
   * The scopes to ask for (sent space-separated).
   *
   * @minItems 1
   */
  scopes: [string, ...string[]];
  /**
   * The user to act as (domain-wide delegation).
   */
  subject?: string;
  /**
   * The token endpoint; default the key file's token_uri.
   */
  tokenUrl?: string;
}
export interface OAuth2Auth2 {
  type: 'oauth2';
  grant: 'refresh_token' | 'client_credentials' | 'jwt-bearer';
}
/**
 * Retry policy. Safe by default: idempotent methods retry network errors and 408, 429, 500, 502, 503, 504; POST and PATCH retry those only with an Idempotency-Key header or retryNonIdempotent.
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt. Default 2.
   */
  limit?: number;
  /**
   * Statuses that may be retried. Default 408, 429, 500, 502, 503, 504.
   */
  statuses?: number[];
  /**
   * The first backoff step, in milliseconds. Default 300.
   */
  baseDelayMs?: number;
  /**
   * The largest backoff, in milliseconds. Default 10000.
   */
  maxDelayMs?: number;
  /**
   * The longest Retry-After the node waits; a longer one ends the call with a rate_limited error. Default 60000.
   */
  maxRetryAfterMs?: number;
  /**
   * Retry POST and PATCH like idempotent methods even without an Idempotency-Key header.
   */
  retryNonIdempotent?: boolean;
}
/**
 * A token bucket: at most `requests` requests every `perMs` milliseconds per key.
 */
export interface RateLimitOptions {
  /**
   * Requests allowed per window.
   */
  requests: number;
  /**
   * The window, in milliseconds.
   */
  perMs: number;
  /**
   * The bucket key. Default: the origin plus a hash of the credential, so one tenant's quota is not another's.
   */
  key?: string;
}
