/** An access token as a {@link TokenStore} keeps it. */
export interface StoredToken {
  accessToken: string;
  /** When it expires (ms since epoch); absent when the endpoint did not say (kept until a 401). */
  expiresAt?: number;
  /** When to fetch the next one, ahead of expiry. */
  refreshAt?: number;
  /** A refresh token the endpoint sent back (rotation), used for the next refresh instead of the configured one. */
  refreshToken?: string;
}

/**
 * Where access tokens live between calls. In memory, per process, by default; a shared store (Redis, a database)
 * lets several processes use one token. Keys hold no credential: they are the token URL, the client id, a SHA-256 of
 * the credentials and the scopes. Values are credentials: keep a shared store private and encrypted.
 */
export interface TokenStore {
  get(key: string): StoredToken | undefined | Promise<StoredToken | undefined>;
  set(key: string, token: StoredToken): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

/** The default {@link TokenStore}: a Map, oldest entries dropped past `maxEntries`. */
export class MemoryTokenStore implements TokenStore {
  readonly #tokens = new Map<string, StoredToken>();
  constructor(readonly maxEntries = 1000) {}

  get(key: string): StoredToken | undefined {
    return this.#tokens.get(key);
  }

  set(key: string, token: StoredToken): void {
    this.#tokens.delete(key);
    this.#tokens.set(key, token);
    if (this.#tokens.size > this.maxEntries) this.#tokens.delete(this.#tokens.keys().next().value as string);
  }

  delete(key: string): void {
    this.#tokens.delete(key);
  }
}

/** The process-wide store used when a call names none. */
export const defaultTokenStore: TokenStore = new MemoryTokenStore();
