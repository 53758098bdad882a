/**
 * @convoflow/sandbox: local HTTP servers that behave like Stripe, Slack, SendGrid and Google Sheets closely enough
 * for demos and end-to-end tests. One server per service on 127.0.0.1, in-memory state you can inspect.
 * @packageDocumentation
 */
import {
  GOOGLE_TOKEN_URL,
  SANDBOX_OAUTH_CLIENT,
  SANDBOX_SERVICE_ACCOUNT_EMAIL,
  SANDBOX_SERVICE_ACCOUNT_KEY,
} from './google-service-account.js';
import { type RunningServer, type Service, startServer } from './http.js';
import { createSendGrid } from './services/sendgrid.js';
import { createSheets } from './services/sheets.js';
import { createSlack, SLACK_WEBHOOK_PATH } from './services/slack.js';
import { createStripe } from './services/stripe.js';
import type { Sandbox, SandboxFailure, SandboxRequest, SandboxState, ServiceId } from './types.js';

export { parseUserEntered } from './services/sheets.js';
export type {
  JsonObject,
  Sandbox,
  SandboxFailure,
  SandboxRequest,
  SandboxState,
  SendGridContact,
  SendGridMail,
  ServiceId,
  SheetCell,
  SlackMessage,
  StripeCharge,
  StripeCheckoutSession,
  StripeCustomer,
  StripeObject,
  StripePaymentIntent,
  StripePaymentIntentStatus,
  StripePriceSeed,
  StripeRefund,
} from './types.js';
export { GOOGLE_TOKEN_URL, SANDBOX_OAUTH_CLIENT, SANDBOX_SERVICE_ACCOUNT_EMAIL, SANDBOX_SERVICE_ACCOUNT_KEY };

/**
 * The services, in the order their servers start.
 *
 * @example
 * ```ts
 * for (const id of SERVICE_IDS) console.log(id, sandbox.baseUrls[id]);
 * ```
 */
export const SERVICE_IDS: readonly ServiceId[] = ['stripe', 'slack', 'sendgrid', 'google-sheets'];

/**
 * Dummy credentials the sandbox accepts (besides any key with the same test prefix). They are obviously fake and
 * work nowhere else. `SLACK_WEBHOOK_URL` is filled in by {@link startSandbox}, since it contains the port.
 *
 * @example
 * ```ts
 * SANDBOX_SECRETS.STRIPE_SECRET_KEY; // 'sk_test_convoflow_sandbox'
 * ```
 */
export const SANDBOX_SECRETS = {
  STRIPE_SECRET_KEY: 'sk_test_convoflow_sandbox',
  SLACK_BOT_TOKEN: 'xoxb-sandbox',
  SENDGRID_API_KEY: 'SG.convoflow-sandbox.not-a-real-key',
  GOOGLE_OAUTH_TOKEN: 'ya29.convoflow-sandbox',
  /** The sandbox service account's key file (a published test key: see google-service-account.ts). */
  GOOGLE_SERVICE_ACCOUNT_KEY: SANDBOX_SERVICE_ACCOUNT_KEY,
  GOOGLE_CLIENT_ID: SANDBOX_OAUTH_CLIENT.clientId,
  GOOGLE_CLIENT_SECRET: SANDBOX_OAUTH_CLIENT.clientSecret,
  GOOGLE_REFRESH_TOKEN: SANDBOX_OAUTH_CLIENT.refreshToken,
} as const;

function createState(): SandboxState {
  return {
    stripe: {
      paymentIntents: new Map(),
      customers: new Map(),
      refunds: new Map(),
      checkoutSessions: new Map(),
      charges: new Map(),
      prices: new Map(),
    },
    slack: { webhookMessages: [], messages: new Map(), channelIds: new Map() },
    sendgrid: { mails: [], contacts: new Map() },
    sheets: { spreadsheets: new Map(), accessTokens: new Map() },
  };
}

/**
 * Starts the four servers on 127.0.0.1 (random ports) with empty state.
 * Always `close()` it: in tests, from `afterAll`/`afterEach`.
 *
 * @example
 * ```ts
 * import { startSandbox } from '@convoflow/sandbox';
 *
 * const sandbox = await startSandbox();
 * sandbox.failNext('stripe', { status: 429, retryAfterSeconds: 1 });
 * await fetch(`${sandbox.baseUrls.sendgrid}/v3/mail/send`, {
 *   method: 'POST',
 *   headers: { authorization: `Bearer ${sandbox.secrets.SENDGRID_API_KEY}`, 'content-type': 'application/json' },
 *   body: JSON.stringify({
 *     from: { email: 'shop@example.com' },
 *     subject: 'Order',
 *     personalizations: [{ to: [{ email: 'ada@example.com' }] }],
 *     content: [{ type: 'text/plain', value: 'Thanks' }],
 *   }),
 * }); // 202, X-Message-Id
 * sandbox.state.sendgrid.mails.length; // 1
 * await sandbox.close();
 * ```
 */
export async function startSandbox(): Promise<Sandbox> {
  const state = createState();
  const requests: SandboxRequest[] = [];
  const failures = new Map<ServiceId, SandboxFailure[]>(SERVICE_IDS.map((id) => [id, []]));
  const services: Record<ServiceId, Service> = {
    stripe: createStripe(state.stripe),
    slack: createSlack(state.slack),
    sendgrid: createSendGrid(state.sendgrid),
    'google-sheets': createSheets(state.sheets),
  };

  const started: RunningServer[] = [];
  const closeAll = () => Promise.all(started.map((server) => server.close())).then(() => undefined);
  try {
    for (const id of SERVICE_IDS) {
      started.push(
        await startServer((call) => {
          requests.push({
            service: id,
            method: call.method,
            url: call.url,
            headers: call.headers,
            body: call.body,
          });
          const failure = failures.get(id)!.shift();
          return failure ? services[id].fail(call, failure) : services[id].handle(call);
        }),
      );
    }
  } catch (error) {
    await closeAll();
    throw error;
  }

  const origins = Object.fromEntries(SERVICE_IDS.map((id, i) => [id, started[i]!.origin])) as Record<
    ServiceId,
    string
  >;
  // Like the connectors' own base URLs: Slack's Web API lives under /api (https://slack.com/api).
  const baseUrls: Record<ServiceId, string> = { ...origins, slack: `${origins.slack}/api` };
  let closed: Promise<void> | undefined;
  return {
    baseUrls,
    secrets: { ...SANDBOX_SECRETS, SLACK_WEBHOOK_URL: `${origins.slack}${SLACK_WEBHOOK_PATH}` },
    requests,
    state,
    failNext(service, failure) {
      if (!failures.has(service)) throw new TypeError(`Unknown sandbox service: ${String(service)}`);
      if (!Number.isInteger(failure.status) || failure.status < 100 || failure.status > 599) {
        throw new RangeError(`failNext: status must be an HTTP status code, got ${failure.status}`);
      }
      failures.get(service)!.push(failure);
    },
    close() {
      closed ??= closeAll();
      return closed;
    },
  };
}
