/**
 * @convoflow/core: the Custom API node. A plain JSON config in, the exact HTTP request out.
 * @packageDocumentation
 */
export { customApiNodeConfigSchema } from './config/config-schema.js';
export { type AjvErrorLike, formatAjvErrors } from './config/format-ajv-errors.js';
export type { TypedNodeConfig } from './config/typed-config.js';
export type {
  ApiKeyAuth,
  BasicAuth,
  BearerAuth,
  CustomApiNodeConfig,
  HttpMethod,
  OAuth2Auth,
  OAuth2ClientCredentialsAuth,
  OAuth2JwtBearerAuth,
  OAuth2RefreshTokenAuth,
  RateLimitOptions,
  RetryOptions,
} from './config/types.js';
export { validateConfig } from './config/validate-config.js';
export {
  CONNECTION_SECRET_KEYWORD,
  type ConnectionValues,
  connectionSecrets,
} from './connector/connection.js';
export {
  type AuthCredentials,
  chooseCredentials,
  type IncompleteCredentials,
  type OAuth2SchemeSpec,
  schemeSecrets,
} from './connector/connector-auth.js';
export {
  type AuthSchemeSpec,
  type Connector,
  type ConnectorSpec,
  defineConnector,
  type InputValidator,
  type OperationInfo,
  type OperationSpec,
  type PaginateOptions,
  type PresetOptions,
  type RunOptions,
  type Untyped,
} from './connector/define-connector.js';
export {
  type ErrorRulesSpec,
  type RateLimitRule,
  rateLimitWait,
  readBodyPath,
  readBodyValue,
  responseRulesFrom,
} from './connector/error-rules.js';
export { type Expr, evaluate } from './connector/expression.js';
export { TEMPLATE_HELPERS, type TemplateHelperName } from './connector/helpers.js';
export { renderNode, type TemplateNode } from './connector/template-node.js';
export { type TemplateSpec, type TextTemplate, textTemplate } from './connector/text-template.js';
export { type ArrayFormat, encodeForm, encodeQuery } from './encoding/form.js';
export type { MultipartFile } from './encoding/multipart.js';
export { strictPercentEncode } from './encoding/percent.js';
export {
  encodeQueryAs,
  formUrlencode,
  QUERY_ENCODINGS,
  type QueryEncoding,
} from './encoding/query-encoding.js';
export { AbortedError, isAbortedError } from './errors/aborted-error.js';
export { AuthError, isAuthError } from './errors/auth-error.js';
export { BlockedError, isBlockedError } from './errors/blocked-error.js';
export { ConfigError, isConfigError } from './errors/config-error.js';
export {
  ConvoFlowError,
  type ErrorFault,
  type ErrorKind,
  isConvoFlowError,
  type ValidationIssue,
} from './errors/convoflow-error.js';
export { HttpError, isHttpError } from './errors/http-error.js';
export { InputError, isInputError } from './errors/input-error.js';
export { InvalidResponseError, isInvalidResponseError } from './errors/invalid-response-error.js';
export { isNetworkError, NetworkError } from './errors/network-error.js';
export { isRateLimitedError, RateLimitedError } from './errors/rate-limited-error.js';
export { RequestFailedError } from './errors/request-failed-error.js';
export { isTimeoutError, TimeoutError } from './errors/timeout-error.js';
export { isTooLargeError, TooLargeError } from './errors/too-large-error.js';
export { isUpstreamError, UpstreamError } from './errors/upstream-error.js';
export { type EventLogger, logEvents, type NodeEvent } from './execute/events.js';
export { type ExecuteOptions, executeNode } from './execute/execute-node.js';
export { executeNodeOrThrow, toError } from './execute/execute-node-or-throw.js';
export { isHostAllowed } from './execute/hosts.js';
export type { NodeError, NodeFailure, NodeResult, NodeSuccess } from './execute/node-result.js';
export { MemoryRateLimitStore, type RateLimit, type RateLimitStore } from './execute/rate-limiter.js';
export { parseResponseBody, type ResponseType } from './execute/response-body.js';
export {
  DEFAULT_REQUEST_ID_HEADERS,
  defaultResponseRules,
  type ProviderError,
  type ResponseInfo,
  type ResponseRules,
  readProviderError,
} from './execute/response-rules.js';
export type { ResponseValidator } from './execute/response-schema.js';
export { parseRetryAfter } from './execute/retry-after.js';
export { DEFAULT_RETRY } from './execute/retry-policy.js';
export { MemoryTokenStore, type StoredToken, type TokenStore } from './oauth/token-store.js';
export { nextLink } from './pagination/link-header.js';
export { type PaginateLimits, type Paginator, paginate } from './pagination/paginate.js';
export type { PaginationSpec } from './pagination/pagination-spec.js';
export type { MissingSecrets } from './prepare/fetch-secrets.js';
export { type PrepareOptions, prepareRequest } from './prepare/prepare-request.js';
export { PreparedRequest, type RedactedRequest, redactRequest } from './prepare/prepared-request.js';
export { DEFAULT_SENSITIVE_KEY, MASK, maskSensitiveFields } from './redact/sensitive-fields.js';
export { type ToCurlOptions, toCurl } from './redact/to-curl.js';
export {
  escapeReferences,
  type PathSegment,
  parseTemplate,
  type Reference,
  type TemplatePart,
} from './references/parse-template.js';
export { collectSecretNames, toText } from './references/resolve.js';
export { resolveReferences } from './references/resolve-references.js';
export {
  type EnvSecretsOptions,
  envSecrets,
  SecretDeniedError,
  type SecretLookup,
  type SecretProvider,
} from './secrets/secret-provider.js';
export type { LookupAll } from './transports/guarded-connector.js';
export { type KyTransportOptions, kyTransport } from './transports/ky-transport.js';
export type { NetworkOptions } from './transports/private-network-guard.js';
export {
  type ExchangePhase,
  type Transport,
  TransportFailure,
  type TransportFailureKind,
  type TransportRequest,
  type TransportResponse,
} from './transports/transport.js';
export { type UndiciTransportOptions, undiciTransport } from './transports/undici-transport.js';
