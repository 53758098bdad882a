/**
 * A JSON object as stored in the sandbox (provider objects keep every field they have on the wire).
 *
 * @example
 * ```ts
 * const payload: JsonObject = { text: 'hi', blocks: [] };
 * ```
 */
export type JsonObject = { [key: string]: unknown };

/**
 * The emulated services. Each one runs on its own HTTP server, so a failure injected into one never affects another.
 *
 * @example
 * ```ts
 * const service: ServiceId = 'google-sheets';
 * sandbox.baseUrls[service]; // 'http://127.0.0.1:54321'
 * ```
 */
export type ServiceId = 'stripe' | 'slack' | 'sendgrid' | 'google-sheets';

/**
 * One request as the sandbox received it, before it was answered.
 *
 * @example
 * ```ts
 * const last = sandbox.requests.at(-1);
 * last?.service; // 'stripe'
 * last?.url; // '/v1/payment_intents'
 * last?.body; // 'amount=2000&currency=usd'
 * ```
 */
export interface SandboxRequest {
  service: ServiceId;
  method: string;
  /** The request target exactly as received: path and query, still percent-encoded. */
  url: string;
  /** Header names in lower case, as Node reports them. */
  headers: Record<string, string | string[] | undefined>;
  /** The body decoded as UTF-8 ('' when there is none). */
  body: string;
}

/**
 * An answer to force on the next request to a service (see {@link Sandbox.failNext}).
 *
 * @example
 * ```ts
 * const failure: SandboxFailure = { status: 429, retryAfterSeconds: 1 };
 * ```
 */
export interface SandboxFailure {
  /** HTTP status to answer with. */
  status: number;
  /** Sent as the `Retry-After` header (whole seconds) when given. */
  retryAfterSeconds?: number;
  /** Replaces the provider-shaped error body: a string is sent as is, anything else as JSON. */
  body?: unknown;
}

/**
 * Status of a Stripe PaymentIntent.
 *
 * @example
 * ```ts
 * const done: StripePaymentIntentStatus = 'succeeded';
 * ```
 */
export type StripePaymentIntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded';

/**
 * Fields every stored Stripe object has.
 *
 * @example
 * ```ts
 * const ids = [...sandbox.state.stripe.customers.values()].map((object: StripeObject) => object.id);
 * ```
 */
export interface StripeObject extends JsonObject {
  id: string;
  object: string;
  /** Unix seconds. */
  created: number;
  livemode: false;
}

/**
 * A Stripe PaymentIntent as the sandbox returns it (`pi_…`).
 *
 * @example
 * ```ts
 * const intent = sandbox.state.stripe.paymentIntents.get('pi_…');
 * intent?.status; // 'succeeded'
 * ```
 */
export interface StripePaymentIntent extends StripeObject {
  object: 'payment_intent';
  amount: number;
  currency: string;
  status: StripePaymentIntentStatus;
  client_secret: string;
  customer: string | null;
  payment_method: string | null;
  latest_charge: string | null;
  last_payment_error: JsonObject | null;
  metadata: Record<string, string>;
}

/**
 * A Stripe Customer (`cus_…`).
 *
 * @example
 * ```ts
 * const customer = [...sandbox.state.stripe.customers.values()].find((c) => c.email === 'ada@example.com');
 * ```
 */
export interface StripeCustomer extends StripeObject {
  object: 'customer';
  email: string | null;
  name: string | null;
  metadata: Record<string, string>;
}

/**
 * A Stripe Charge (`ch_…`), created when a PaymentIntent is confirmed.
 *
 * @example
 * ```ts
 * const charge = sandbox.state.stripe.charges.get(intent.latest_charge!);
 * charge?.amount_refunded; // 500 after a partial refund
 * ```
 */
export interface StripeCharge extends StripeObject {
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  currency: string;
  status: 'succeeded' | 'pending' | 'failed';
  payment_intent: string;
}

/**
 * A Stripe Refund (`re_…`).
 *
 * @example
 * ```ts
 * const refunded = [...sandbox.state.stripe.refunds.values()].reduce((sum, r) => sum + r.amount, 0);
 * ```
 */
export interface StripeRefund extends StripeObject {
  object: 'refund';
  amount: number;
  currency: string;
  charge: string;
  payment_intent: string;
  status: 'succeeded';
  metadata: Record<string, string>;
}

/**
 * A Stripe Checkout Session (`cs_test_…`).
 *
 * @example
 * ```ts
 * const [session] = sandbox.state.stripe.checkoutSessions.values();
 * session?.url; // 'https://checkout.stripe.com/c/pay/cs_test_…'
 * ```
 */
export interface StripeCheckoutSession extends StripeObject {
  object: 'checkout.session';
  mode: 'payment' | 'setup' | 'subscription';
  /** The hosted page (`https://checkout.stripe.com/c/pay/cs_test_…`); null for embedded/custom UI modes. */
  url: string | null;
  status: 'open';
  amount_total: number | null;
  metadata: Record<string, string>;
}

/**
 * A Price the Stripe sandbox knows. Seed `state.stripe.prices` to control what `line_items[i][price]` costs;
 * any other `price_…` id is accepted as 10.00 USD.
 *
 * @example
 * ```ts
 * sandbox.state.stripe.prices.set('price_tshirt', { id: 'price_tshirt', currency: 'eur', unit_amount: 2500, product: 'prod_tshirt' });
 * ```
 */
export interface StripePriceSeed {
  id: string;
  currency: string;
  unit_amount: number;
  product: string;
}

/**
 * A Slack message as stored by the sandbox (the `message` object Slack returns).
 *
 * @example
 * ```ts
 * const id = sandbox.state.slack.channelIds.get('general')!;
 * sandbox.state.slack.messages.get(id)?.map((m: SlackMessage) => m.text); // ['Order 6735 paid']
 * ```
 */
export interface SlackMessage extends JsonObject {
  type: 'message';
  ts: string;
  text: string;
}

/**
 * One mail accepted by `POST /v3/mail/send`.
 *
 * @example
 * ```ts
 * const [mail] = sandbox.state.sendgrid.mails;
 * mail?.messageId; // the X-Message-Id header of the 202
 * mail?.body.subject; // 'Order'
 * ```
 */
export interface SendGridMail {
  messageId: string;
  /** The request body, parsed. */
  body: JsonObject;
}

/**
 * A SendGrid Marketing contact, stored by lower-cased email.
 *
 * @example
 * ```ts
 * sandbox.state.sendgrid.contacts.get('ada@example.com')?.list_ids; // ['abc']
 * ```
 */
export interface SendGridContact extends JsonObject {
  id: string;
  email: string;
  list_ids: string[];
  created_at: string;
  updated_at: string;
}

/**
 * A cell value in the Sheets sandbox; an empty cell is `''`.
 *
 * @example
 * ```ts
 * const row: SheetCell[] = ['Ada', 2, true];
 * ```
 */
export type SheetCell = string | number | boolean;

/**
 * Everything the sandbox holds, live: read it to assert, or seed it before a test.
 *
 * @example
 * ```ts
 * sandbox.state.sheets.spreadsheets.set('abc123', new Map([['Sheet1', [['name', 'qty']]]]));
 * // … run the workflow …
 * expect(sandbox.state.sheets.spreadsheets.get('abc123')?.get('Sheet1')).toEqual([['name', 'qty'], ['Ada', 2]]);
 * ```
 */
export interface SandboxState {
  stripe: {
    paymentIntents: Map<string, StripePaymentIntent>;
    customers: Map<string, StripeCustomer>;
    refunds: Map<string, StripeRefund>;
    checkoutSessions: Map<string, StripeCheckoutSession>;
    /** Charges created by confirmations (`latest_charge` points here). */
    charges: Map<string, StripeCharge>;
    /** Optional price catalogue for Checkout `line_items[i][price]` (see {@link StripePriceSeed}). */
    prices: Map<string, StripePriceSeed>;
  };
  slack: {
    /** Payloads posted to the incoming webhook, parsed, in order. */
    webhookMessages: JsonObject[];
    /** Web API messages by channel id (the `channel` Slack answers with). */
    messages: Map<string, SlackMessage[]>;
    /** Channel names (without `#`) the sandbox has resolved, to their ids. */
    channelIds: Map<string, string>;
  };
  sendgrid: {
    mails: SendGridMail[];
    contacts: Map<string, SendGridContact>;
  };
  sheets: {
    /** spreadsheetId → sheet (tab) name → rows of cells; trailing empty cells and rows are trimmed. */
    spreadsheets: Map<string, Map<string, SheetCell[][]>>;
    /** Access tokens the token endpoint (`POST /token`) issued → when they expire (epoch ms); delete one to revoke it. */
    accessTokens: Map<string, number>;
  };
}

/**
 * A running sandbox: four local servers plus their shared, inspectable state.
 *
 * @example
 * ```ts
 * const sandbox = await startSandbox();
 * try {
 *   const res = await fetch(`${sandbox.baseUrls.stripe}/v1/customers`, {
 *     method: 'POST',
 *     headers: {
 *       authorization: `Bearer ${sandbox.secrets.STRIPE_SECRET_KEY}`,
 *       'content-type': 'application/x-www-form-urlencoded',
 *     },
 *     body: 'email=ada%40example.com',
 *   });
 *   (await res.json()).id; // 'cus_…'
 * } finally {
 *   await sandbox.close();
 * }
 * ```
 */
export interface Sandbox {
  /**
   * Base URL per connector id, for the connectors' baseUrl override. Each is the server's origin, except Slack's,
   * which ends in `/api` like `https://slack.com/api`: `{ stripe: 'http://127.0.0.1:…', slack: 'http://127.0.0.1:…/api', … }`.
   */
  baseUrls: Record<ServiceId, string>;
  /**
   * Dummy secrets the sandbox accepts: STRIPE_SECRET_KEY, SLACK_WEBHOOK_URL, SLACK_BOT_TOKEN, SENDGRID_API_KEY,
   * GOOGLE_OAUTH_TOKEN. None of them works anywhere else.
   */
  secrets: Record<string, string>;
  /** Everything received, in order (including requests answered by {@link Sandbox.failNext}). */
  requests: SandboxRequest[];
  /** Typed in-memory state. */
  state: SandboxState;
  /**
   * The next request to `service` gets this answer instead, once. Calls queue up: two calls fail the next two
   * requests. The body defaults to the provider's own error shape for that status.
   *
   * @example
   * ```ts
   * sandbox.failNext('slack', { status: 429, retryAfterSeconds: 1 });
   * ```
   */
  failNext(service: ServiceId, failure: SandboxFailure): void;
  /** Stops all four servers and drops their open connections. */
  close(): Promise<void>;
}
