export type {
  ApiKeyAuth,
  BasicAuth,
  BearerAuth,
  CustomApiNodeConfig,
  OAuth2Auth,
  OAuth2ClientCredentialsAuth,
  OAuth2JwtBearerAuth,
  OAuth2RefreshTokenAuth,
  RateLimitOptions,
  RetryOptions,
} from '../generated/config-types.js';

import type { CustomApiNodeConfig } from '../generated/config-types.js';

/** The HTTP methods a Custom API node can send. */
export type HttpMethod = NonNullable<CustomApiNodeConfig['method']>;
