/**
 * @convoflow/core: the Custom API node. A plain JSON config in, the exact HTTP request out.
 * @packageDocumentation
 */
export { customApiNodeConfigSchema } from './config/config-schema.js';
export { type AjvErrorLike, formatAjvErrors } from './config/format-ajv-errors.js';
export type {
  ApiKeyAuth,
  BasicAuth,
  BearerAuth,
  CustomApiNodeConfig,
  HttpMethod,
  RateLimitOptions,
  RetryOptions,
} from './config/types.js';
export { validateConfig } from './config/validate-config.js';
export { type ArrayFormat, encodeForm } from './encoding/form.js';
export type { MultipartFile } from './encoding/multipart.js';
export { strictPercentEncode } from './encoding/percent.js';
export { ConfigError, isConfigError } from './errors/config-error.js';
export {
  ConvoFlowError,
  type ErrorFault,
  type ErrorKind,
  isConvoFlowError,
  type ValidationIssue,
} from './errors/convoflow-error.js';
export type { MissingSecrets } from './prepare/fetch-secrets.js';
export { type PrepareOptions, prepareRequest } from './prepare/prepare-request.js';
export { PreparedRequest, type RedactedRequest, redactRequest } from './prepare/prepared-request.js';
export { type ToCurlOptions, toCurl } from './redact/to-curl.js';
export {
  escapeReferences,
  type PathSegment,
  parseTemplate,
  type Reference,
  type TemplatePart,
} from './references/parse-template.js';
export {
  type EnvSecretsOptions,
  envSecrets,
  SecretDeniedError,
  type SecretLookup,
  type SecretProvider,
} from './secrets/secret-provider.js';
