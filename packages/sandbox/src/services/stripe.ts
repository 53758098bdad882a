/**
 * Stripe (api.stripe.com/v1): PaymentIntents, Customers, Refunds, Checkout Sessions.
 * Form bodies parsed with qs, Bearer/Basic `sk_test_…` keys, idempotency keys, test cards, Stripe's error shape.
 */
import qs from 'qs';
import {
  applyFailure,
  type Call,
  header,
  json,
  mediaType,
  nowSeconds,
  type Reply,
  Router,
  randomId,
  type Service,
} from '../http.js';
import { buildCheckoutSession } from '../stripe-checkout.js';
import {
  chargeFor,
  failureError,
  NO_KEY,
  newPaymentMethod,
  TEST_CARDS,
  type TestCard,
} from '../stripe-objects.js';
import {
  checkUnknown,
  docUrl,
  expandObject,
  fault,
  formatAmount,
  listPage,
  mergeMetadata,
  missing,
  noSuch,
  type Params,
  readBool,
  readCurrency,
  readEmail,
  readEnum,
  readExpand,
  readHash,
  readInt,
  readMetadata,
  readNullableString,
  readString,
  readStringArray,
  readUrl,
  StripeFault,
  sortKeys,
  words,
} from '../stripe-params.js';
import type {
  JsonObject,
  SandboxFailure,
  SandboxState,
  StripeCharge,
  StripeCheckoutSession,
  StripeCustomer,
  StripePaymentIntent,
  StripeRefund,
} from '../types.js';

type StripeState = SandboxState['stripe'];

/** The API version answered when a request names none (the one stripe-node 23 pins). */
const DEFAULT_VERSION = '2026-10-28.endive';

const RETURN_URL_REQUIRED =
  'A `return_url` must be specified because this Payment Intent is configured to automatically accept the payment methods enabled in the Dashboard, some of which may require a full page redirect to succeed. If you do not want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.';

const PI_CREATE = words(`
  allowed_payment_method_types amount amount_details application_fee_amount automatic_payment_methods
  capture_method confirm confirmation_method confirmation_token customer description
  error_on_requires_action excluded_payment_method_types expand mandate mandate_data metadata off_session
  on_behalf_of payment_method payment_method_configuration payment_method_data payment_method_options
  payment_method_types radar_options receipt_email return_url setup_future_usage shipping
  statement_descriptor statement_descriptor_suffix transfer_data transfer_group use_stripe_sdk currency
`);
const PI_CONFIRM = words(`
  capture_method confirmation_token error_on_requires_action expand mandate mandate_data off_session
  payment_method payment_method_data payment_method_options payment_method_types radar_options
  receipt_email return_url setup_future_usage shipping use_stripe_sdk
`);
const CUSTOMER_FIELDS = words(`
  address balance business_name cash_balance description email expand individual_name invoice_prefix
  invoice_settings metadata name next_invoice_sequence phone preferred_locales shipping source tax
  tax_exempt validate
`);
const CUSTOMER_CREATE = [...CUSTOMER_FIELDS, 'payment_method', 'promotion_code', 'tax_id_data', 'test_clock'];
const CUSTOMER_UPDATE = [...CUSTOMER_FIELDS, 'default_source'];
const REFUND_CREATE = words(`
  amount charge currency customer expand instructions_email metadata origin payment_intent reason
  refund_application_fee reverse_transfer
`);

const none = () => undefined;
/** Fields Stripe can expand that the sandbox always leaves null or as an id (so expanding them changes nothing). */
const NO_OP_EXPANSIONS = {
  intent: { application: none, invoice: none, on_behalf_of: none, review: none, source: none },
  customer: {
    cash_balance: none,
    default_source: none,
    discount: none,
    invoice_credit_balance: none,
    invoice_settings: none,
    sources: none,
    subscriptions: none,
    tax: none,
    tax_ids: none,
    test_clock: none,
  },
};

/** What one request knows while it runs. */
interface Ctx {
  params: Params;
  now: number;
}

type StripeHandler = (ctx: Ctx, ids: Record<string, string>) => { status?: number; body: unknown };

interface SavedResult {
  method: string;
  path: string;
  params: string;
  requestId: string;
  reply: Reply;
}

/** Creates the Stripe service over `state`. */
export function createStripe(state: StripeState): Service {
  const paymentMethods = new Map<string, JsonObject>();
  const lineItems = new Map<string, JsonObject[]>();
  const idempotency = new Map<string, SavedResult>();

  // ---- objects -------------------------------------------------------------------------------------------------

  function resolvePaymentMethod(id: string, now: number, param: string): string {
    const card = TEST_CARDS[id];
    if (card) {
      const pm = newPaymentMethod(id, card, now);
      paymentMethods.set(pm['id'] as string, pm);
      return pm['id'] as string;
    }
    if (paymentMethods.has(id)) return id;
    throw fault(`No such PaymentMethod: '${id}'`, { param, code: 'resource_missing' });
  }

  function publicPaymentMethod(id: string): JsonObject | undefined {
    const pm = paymentMethods.get(id);
    if (!pm) return undefined;
    const { _test: _, ...rest } = pm;
    return rest;
  }

  function requireCustomer(id: string, param: string): void {
    if (!state.customers.has(id)) throw noSuch('customer', id, param);
  }

  function expandIntent(pi: JsonObject, paths: string[], prefix = ''): JsonObject {
    return expandObject(
      pi,
      paths,
      {
        customer: (id) => state.customers.get(id),
        latest_charge: (id) => state.charges.get(id),
        payment_method: publicPaymentMethod,
        ...NO_OP_EXPANSIONS.intent,
      },
      prefix,
    );
  }

  function newCharge(pi: StripePaymentIntent, pmId: string, now: number, card: TestCard): StripeCharge {
    const charge = chargeFor(pi, pmId, now, card);
    state.charges.set(charge.id, charge);
    return charge;
  }

  /** Runs a confirmation: success moves the intent on; a declining test card stores the failure and throws 402. */
  function confirmIntent(pi: StripePaymentIntent, pmId: string, now: number): void {
    const pm = paymentMethods.get(pmId)!;
    const card = TEST_CARDS[pm['_test'] as string]!;
    const charge = newCharge(pi, pmId, now, card);
    pi.latest_charge = charge.id;
    if (card.decline) {
      const { param, ...decline } = card.decline;
      const error: JsonObject = {
        charge: charge.id,
        ...decline,
        doc_url: docUrl(decline.code),
        payment_method: publicPaymentMethod(pmId),
        type: 'card_error',
      };
      pi.status = 'requires_payment_method';
      pi.payment_method = null;
      pi.last_payment_error = sortKeys(error) as JsonObject;
      throw new StripeFault(402, { ...error, param, payment_intent: { ...pi } }, true);
    }
    pi.payment_method = pmId;
    pi.last_payment_error = null;
    if (pi['capture_method'] === 'manual') {
      pi.status = 'requires_capture';
      pi['amount_capturable'] = pi.amount;
    } else {
      pi.status = 'succeeded';
      pi['amount_received'] = pi.amount;
    }
  }

  function checkConfirmable(
    pi: StripePaymentIntent,
    pmId: string | null,
    returnUrl: string | undefined,
  ): string {
    if (!pmId) {
      throw fault(
        "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
        { code: 'payment_intent_unexpected_state' },
      );
    }
    const types = pi['payment_method_types'] as string[];
    if (!types.includes('card')) {
      throw fault(
        `The PaymentMethod provided (card) is not allowed for this PaymentIntent. Please attach a PaymentMethod of one of the following types: ${types.join(', ')}.`,
        { param: 'payment_method' },
      );
    }
    const apm = pi['automatic_payment_methods'] as { enabled: boolean; allow_redirects: string } | null;
    if (apm?.enabled && apm.allow_redirects !== 'never' && !returnUrl) throw fault(RETURN_URL_REQUIRED);
    return pmId;
  }

  function readShipping(params: Params): JsonObject | null | undefined {
    const shipping = readHash(params, 'shipping');
    if (shipping === '') return null;
    if (shipping === undefined) return undefined;
    if (readString(shipping, 'name', 'shipping[name]') === undefined) throw missing('shipping[name]');
    const address = readHash(shipping, 'address', 'shipping[address]');
    if (!address) throw missing('shipping[address]');
    checkUnknown(address, ['city', 'country', 'line1', 'line2', 'postal_code', 'state'], 'shipping[address]');
    return {
      address: {
        city: null,
        country: null,
        line1: null,
        line2: null,
        postal_code: null,
        state: null,
        ...(address as JsonObject),
      },
      carrier: shipping['carrier'] ?? null,
      name: shipping['name'],
      phone: shipping['phone'] ?? null,
      tracking_number: shipping['tracking_number'] ?? null,
    };
  }

  // ---- PaymentIntents ------------------------------------------------------------------------------------------

  const createIntent: StripeHandler = ({ params: p, now }) => {
    checkUnknown(p, PI_CREATE);
    const amount = readInt(p, 'amount', { min: 1 });
    if (amount === undefined) throw missing('amount');
    const currency = readCurrency(p);
    if (currency === undefined) throw missing('currency');
    const apmHash = readHash(p, 'automatic_payment_methods');
    const types =
      readStringArray(p, 'payment_method_types') ?? readStringArray(p, 'allowed_payment_method_types');
    if (apmHash && types) {
      throw fault(
        'You may only specify one of these parameters: automatic_payment_methods, payment_method_types.',
        {
          param: 'automatic_payment_methods',
        },
      );
    }
    let apm: { enabled: boolean; allow_redirects: 'always' | 'never' } | null = null;
    if (apmHash) {
      checkUnknown(apmHash, ['enabled', 'allow_redirects'], 'automatic_payment_methods');
      const enabled = readBool(apmHash, 'enabled', 'automatic_payment_methods[enabled]');
      if (enabled === undefined) throw missing('automatic_payment_methods[enabled]');
      const redirects = readEnum(
        apmHash,
        'allow_redirects',
        ['always', 'never'],
        'automatic_payment_methods[allow_redirects]',
      );
      apm = enabled ? { enabled, allow_redirects: redirects ?? 'always' } : null;
    } else if (!types) {
      // Since 2023-08-16 Stripe turns automatic payment methods on when no payment_method_types are given.
      apm = { enabled: true, allow_redirects: 'always' };
    }
    const confirm = readBool(p, 'confirm') ?? false;
    const returnUrl = readUrl(p, 'return_url');
    if (returnUrl !== undefined && !confirm) {
      throw fault('The parameter `return_url` can only be passed when `confirm` is `true`.', {
        param: 'return_url',
      });
    }
    const customer = readString(p, 'customer');
    if (customer !== undefined) requireCustomer(customer, 'customer');
    const captureMethod = readEnum(p, 'capture_method', ['automatic', 'automatic_async', 'manual']);
    const setupFutureUsage = readEnum(p, 'setup_future_usage', ['off_session', 'on_session']);
    const metadata = readMetadata(p);
    const description = readString(p, 'description');
    const receiptEmail = readEmail(p, 'receipt_email');
    const shipping = readShipping(p);
    const pmParam = readString(p, 'payment_method');
    const pmId = pmParam === undefined ? null : resolvePaymentMethod(pmParam, now, 'payment_method');
    const id = `pi_${randomId(24)}`;
    const pi: StripePaymentIntent = {
      id,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_details: { tip: {} },
      amount_received: 0,
      application: null,
      application_fee_amount: null,
      automatic_payment_methods: apm,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: captureMethod ?? 'automatic_async',
      client_secret: `${id}_secret_${randomId(25)}`,
      confirmation_method: readEnum(p, 'confirmation_method', ['automatic', 'manual']) ?? 'automatic',
      created: now,
      currency,
      customer: customer ?? null,
      description: description ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: mergeMetadata({}, metadata),
      next_action: null,
      on_behalf_of: null,
      payment_method: pmId,
      payment_method_configuration_details: apm ? { id: 'pmc_sandbox', parent: null } : null,
      payment_method_options: {
        card: {
          installments: null,
          mandate_options: null,
          network: null,
          request_three_d_secure: 'automatic',
        },
      },
      payment_method_types: types ?? ['card'],
      processing: null,
      receipt_email: receiptEmail ?? null,
      review: null,
      setup_future_usage: setupFutureUsage ?? null,
      shipping: shipping ?? null,
      source: null,
      statement_descriptor: readString(p, 'statement_descriptor') ?? null,
      statement_descriptor_suffix: readString(p, 'statement_descriptor_suffix') ?? null,
      status: pmId ? 'requires_confirmation' : 'requires_payment_method',
      transfer_data: null,
      transfer_group: readString(p, 'transfer_group') ?? null,
    };
    const expand = readExpand(p);
    expandIntent(pi, expand); // refuse bad expand paths before anything is stored
    if (confirm) checkConfirmable(pi, pmId, returnUrl);
    state.paymentIntents.set(id, pi);
    if (confirm && pmId) confirmIntent(pi, pmId, now);
    return { body: expandIntent(pi, expand) };
  };

  function findIntent(id: string): StripePaymentIntent {
    const pi = state.paymentIntents.get(decodeURIComponent(id));
    if (!pi) throw noSuch('payment_intent', decodeURIComponent(id), 'intent', 404);
    return pi;
  }

  const retrieveIntent: StripeHandler = ({ params }, { id }) => {
    checkUnknown(params, ['expand', 'client_secret']);
    return { body: expandIntent(findIntent(id!), readExpand(params)) };
  };

  const confirmIntentRoute: StripeHandler = ({ params: p, now }, { id }) => {
    checkUnknown(p, PI_CONFIRM);
    const pi = findIntent(id!);
    const confirmable = ['requires_payment_method', 'requires_confirmation', 'requires_action'];
    if (!confirmable.includes(pi.status)) {
      throw fault(
        `You cannot confirm this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be confirmed: ${confirmable.join(', ')}.`,
        { code: 'payment_intent_unexpected_state' },
      );
    }
    const returnUrl = readUrl(p, 'return_url');
    const pmParam = readString(p, 'payment_method');
    const receiptEmail = readEmail(p, 'receipt_email');
    const captureMethod = readEnum(p, 'capture_method', ['automatic', 'automatic_async', 'manual']);
    const shipping = readShipping(p);
    const expand = readExpand(p);
    expandIntent(pi, expand);
    const pmId =
      pmParam === undefined ? pi.payment_method : resolvePaymentMethod(pmParam, now, 'payment_method');
    const confirmed = checkConfirmable(pi, pmId, returnUrl);
    if (receiptEmail !== undefined) pi['receipt_email'] = receiptEmail;
    if (captureMethod !== undefined) pi['capture_method'] = captureMethod;
    if (shipping !== undefined) pi['shipping'] = shipping;
    confirmIntent(pi, confirmed, now);
    return { body: expandIntent(pi, expand) };
  };

  const captureIntent: StripeHandler = ({ params: p }, { id }) => {
    checkUnknown(p, [
      'amount_to_capture',
      'application_fee_amount',
      'expand',
      'final_capture',
      'metadata',
      'statement_descriptor',
      'statement_descriptor_suffix',
      'transfer_data',
    ]);
    const pi = findIntent(id!);
    if (pi.status !== 'requires_capture') {
      throw fault(
        `This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
        { code: 'payment_intent_unexpected_state' },
      );
    }
    const amount = readInt(p, 'amount_to_capture', { min: 1, max: pi.amount }) ?? pi.amount;
    pi.metadata = mergeMetadata(pi.metadata, readMetadata(p));
    pi.status = 'succeeded';
    pi['amount_received'] = amount;
    pi['amount_capturable'] = 0;
    const charge = pi.latest_charge ? state.charges.get(pi.latest_charge) : undefined;
    if (charge) {
      charge['captured'] = true;
      charge.amount_captured = amount;
      charge['balance_transaction'] = `txn_${randomId(24)}`;
    }
    return { body: expandIntent(pi, readExpand(p)) };
  };

  const cancelIntent: StripeHandler = ({ params: p, now }, { id }) => {
    checkUnknown(p, ['cancellation_reason', 'expand']);
    const pi = findIntent(id!);
    const reason = readEnum(p, 'cancellation_reason', [
      'abandoned',
      'duplicate',
      'fraudulent',
      'requested_by_customer',
    ]);
    const cancelable = [
      'requires_payment_method',
      'requires_capture',
      'requires_confirmation',
      'requires_action',
      'processing',
    ];
    if (!cancelable.includes(pi.status)) {
      throw fault(
        `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${cancelable.join(', ')}.`,
        { code: 'payment_intent_unexpected_state' },
      );
    }
    pi.status = 'canceled';
    pi['canceled_at'] = now;
    pi['cancellation_reason'] = reason ?? null;
    pi['amount_capturable'] = 0;
    return { body: expandIntent(pi, readExpand(p)) };
  };

  const listIntents: StripeHandler = ({ params: p }) => {
    checkUnknown(p, ['created', 'customer', 'ending_before', 'expand', 'limit', 'starting_after']);
    const customer = readString(p, 'customer');
    const items = [...state.paymentIntents.values()].filter(
      (pi) => customer === undefined || pi.customer === customer,
    );
    const page = listPage(items, p, '/v1/payment_intents', 'payment_intent');
    const expand = readExpand(p);
    return { body: { ...page, data: page.data.map((pi) => expandIntent(pi, expand, 'data.')) } };
  };

  // ---- Customers -----------------------------------------------------------------------------------------------

  /** Applies create/update fields; `''` unsets a field or a metadata key. */
  function applyCustomerFields(customer: StripeCustomer, p: Params): void {
    for (const field of [
      'description',
      'name',
      'phone',
      'invoice_prefix',
      'business_name',
      'individual_name',
    ]) {
      const value = readNullableString(p, field);
      if (value !== undefined) customer[field] = value;
    }
    const email = readEmail(p, 'email');
    if (email !== undefined) customer.email = email;
    const address = readHash(p, 'address');
    if (address !== undefined) {
      if (address !== '')
        checkUnknown(address, ['city', 'country', 'line1', 'line2', 'postal_code', 'state'], 'address');
      customer['address'] =
        address === ''
          ? null
          : {
              city: null,
              country: null,
              line1: null,
              line2: null,
              postal_code: null,
              state: null,
              ...(customer['address'] as JsonObject | null),
              ...address,
            };
    }
    const shipping = readShipping(p);
    if (shipping !== undefined) customer['shipping'] = shipping;
    const balance = readInt(p, 'balance');
    if (balance !== undefined) customer['balance'] = balance;
    const locales = readStringArray(p, 'preferred_locales');
    if (locales !== undefined) customer['preferred_locales'] = locales;
    const taxExempt = readEnum(p, 'tax_exempt', ['exempt', 'none', 'reverse']);
    if (taxExempt !== undefined) customer['tax_exempt'] = taxExempt;
    const invoice = readHash(p, 'invoice_settings');
    if (invoice) {
      checkUnknown(
        invoice,
        ['custom_fields', 'default_payment_method', 'footer', 'rendering_options'],
        'invoice_settings',
      );
      const current = customer['invoice_settings'] as JsonObject;
      for (const [key, value] of Object.entries(invoice)) current[key] = value === '' ? null : value;
    }
    customer.metadata = mergeMetadata(customer.metadata, readMetadata(p));
  }

  const createCustomer: StripeHandler = ({ params: p, now }) => {
    checkUnknown(p, CUSTOMER_CREATE);
    const customer: StripeCustomer = {
      id: `cus_${randomId(14)}`,
      object: 'customer',
      address: null,
      balance: 0,
      created: now,
      currency: null,
      default_source: null,
      delinquent: false,
      description: null,
      discount: null,
      email: null,
      invoice_prefix: randomId(8, '0123456789ABCDEF'),
      invoice_settings: {
        custom_fields: null,
        default_payment_method: null,
        footer: null,
        rendering_options: null,
      },
      livemode: false,
      metadata: {},
      name: null,
      next_invoice_sequence: 1,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: 'none',
      test_clock: null,
    };
    applyCustomerFields(customer, p);
    const pm = readString(p, 'payment_method');
    if (pm !== undefined) {
      const pmId = resolvePaymentMethod(pm, now, 'payment_method');
      paymentMethods.get(pmId)!['customer'] = customer.id;
    }
    const expand = readExpand(p);
    expandObject(customer, expand, NO_OP_EXPANSIONS.customer);
    state.customers.set(customer.id, customer);
    return { body: customer };
  };

  function findCustomer(id: string): StripeCustomer {
    const customer = state.customers.get(decodeURIComponent(id));
    if (!customer) throw noSuch('customer', decodeURIComponent(id), 'id', 404);
    return customer;
  }

  const updateCustomer: StripeHandler = ({ params: p }, { id }) => {
    checkUnknown(p, CUSTOMER_UPDATE);
    const customer = findCustomer(id!);
    const draft = structuredClone(customer);
    applyCustomerFields(draft, p); // validate everything before changing the stored object
    expandObject(draft, readExpand(p), NO_OP_EXPANSIONS.customer);
    Object.assign(customer, draft);
    return { body: customer };
  };

  const retrieveCustomer: StripeHandler = ({ params }, { id }) => {
    checkUnknown(params, ['expand']);
    const customer = findCustomer(id!);
    expandObject(customer, readExpand(params), NO_OP_EXPANSIONS.customer);
    return { body: customer };
  };

  const deleteCustomer: StripeHandler = ({ params }, { id }) => {
    checkUnknown(params, []);
    const customer = findCustomer(id!);
    state.customers.delete(customer.id);
    return { body: { id: customer.id, object: 'customer', deleted: true } };
  };

  const listCustomers: StripeHandler = ({ params: p }) => {
    checkUnknown(p, ['created', 'email', 'ending_before', 'expand', 'limit', 'starting_after', 'test_clock']);
    const email = readString(p, 'email');
    if (email !== undefined && email.length > 512) {
      throw fault('This value must be at most 512 characters long.', { param: 'email' });
    }
    const items = [...state.customers.values()].filter((c) => email === undefined || c.email === email);
    return { body: listPage(items, p, '/v1/customers', 'customer') };
  };

  // ---- Refunds -------------------------------------------------------------------------------------------------

  const createRefund: StripeHandler = ({ params: p, now }) => {
    checkUnknown(p, REFUND_CREATE);
    const piId = readString(p, 'payment_intent');
    const chargeId = readString(p, 'charge');
    if (piId !== undefined && chargeId !== undefined) {
      throw fault('You may only specify one of these parameters: charge, payment_intent.', {
        param: 'charge',
      });
    }
    let charge: StripeCharge | undefined;
    if (piId !== undefined) {
      const pi = state.paymentIntents.get(piId);
      if (!pi) throw noSuch('payment_intent', piId, 'payment_intent');
      charge = pi.latest_charge ? state.charges.get(pi.latest_charge) : undefined;
      if (charge?.status !== 'succeeded' || !charge['captured']) {
        throw fault(`This PaymentIntent (${piId}) does not have a successful charge to refund.`, {
          param: 'payment_intent',
        });
      }
    } else if (chargeId !== undefined) {
      charge = state.charges.get(chargeId);
      if (!charge) throw noSuch('charge', chargeId, 'charge');
      if (charge.status !== 'succeeded' || !charge['captured']) {
        throw fault(`Charge ${chargeId} has not been captured or has failed, so it cannot be refunded.`, {
          param: 'charge',
        });
      }
    } else {
      throw fault(
        'One of the following params should be provided for this request: payment_intent or charge.',
      );
    }
    const remaining = charge.amount_captured - charge.amount_refunded;
    if (remaining <= 0) {
      throw fault(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
    }
    const amount = readInt(p, 'amount', { min: 1 }) ?? remaining;
    if (amount > remaining) {
      throw fault(
        `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
        { param: 'amount', code: 'amount_too_large' },
      );
    }
    const reason = readEnum(p, 'reason', ['duplicate', 'fraudulent', 'requested_by_customer']);
    const metadata = readMetadata(p);
    const expand = readExpand(p);
    const refund: StripeRefund = {
      id: `re_${randomId(24)}`,
      object: 'refund',
      amount,
      balance_transaction: `txn_${randomId(24)}`,
      charge: charge.id,
      created: now,
      currency: charge.currency,
      destination_details: {
        card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' },
        type: 'card',
      },
      livemode: false,
      metadata: mergeMetadata({}, metadata),
      payment_intent: charge.payment_intent,
      reason: reason ?? null,
      receipt_number: null,
      source_transfer_reversal: null,
      status: 'succeeded',
      transfer_reversal: null,
    };
    const body = expandRefund(refund, expand);
    charge.amount_refunded += amount;
    charge['refunded'] = charge.amount_refunded === charge.amount_captured;
    state.refunds.set(refund.id, refund);
    return { body };
  };

  function expandRefund(refund: StripeRefund, expand: string[]): JsonObject {
    return expandObject(refund, expand, {
      charge: (id) => state.charges.get(id),
      payment_intent: (id) => state.paymentIntents.get(id),
    });
  }

  const retrieveRefund: StripeHandler = ({ params }, { id }) => {
    checkUnknown(params, ['expand']);
    const refund = state.refunds.get(decodeURIComponent(id!));
    if (!refund) throw noSuch('refund', decodeURIComponent(id!), 'refund', 404);
    return { body: expandRefund(refund, readExpand(params)) };
  };

  // ---- Checkout Sessions ---------------------------------------------------------------------------------------

  function sessionLineItems(id: string): JsonObject {
    return {
      object: 'list',
      data: (lineItems.get(id) ?? []).map(({ created: _, ...item }) => item),
      has_more: false,
      url: `/v1/checkout/sessions/${id}/line_items`,
    };
  }

  function expandSession(session: StripeCheckoutSession, expand: string[]): JsonObject {
    return expandObject({ ...session, line_items: session.id }, expand, {
      customer: (id) => state.customers.get(id),
      payment_intent: (id) => state.paymentIntents.get(id),
      line_items: sessionLineItems,
    });
  }

  function withoutLineItems(session: JsonObject): JsonObject {
    if (typeof session['line_items'] === 'string') {
      const { line_items: _, ...rest } = session;
      return rest;
    }
    return session;
  }

  const createSession: StripeHandler = ({ params, now }) => {
    const { session, items } = buildCheckoutSession(params, now, state);
    lineItems.set(session.id, items);
    const body = withoutLineItems(expandSession(session, readExpand(params)));
    state.checkoutSessions.set(session.id, session);
    return { body };
  };

  function findSession(id: string): StripeCheckoutSession {
    const session = state.checkoutSessions.get(decodeURIComponent(id));
    if (!session) throw noSuch('checkout.session', decodeURIComponent(id), 'session', 404);
    return session;
  }

  const retrieveSession: StripeHandler = ({ params }, { id }) => {
    checkUnknown(params, ['expand']);
    return { body: withoutLineItems(expandSession(findSession(id!), readExpand(params))) };
  };

  const listSessionItems: StripeHandler = ({ params }, { id }) => {
    checkUnknown(params, ['ending_before', 'expand', 'limit', 'starting_after']);
    return { body: sessionLineItems(findSession(id!).id) };
  };

  // ---- routing, auth, idempotency ------------------------------------------------------------------------------

  const router = new Router<StripeHandler>()
    .on('POST', '/v1/payment_intents', createIntent)
    .on('GET', '/v1/payment_intents', listIntents)
    .on('GET', '/v1/payment_intents/:id', retrieveIntent)
    .on('POST', '/v1/payment_intents/:id/confirm', confirmIntentRoute)
    .on('POST', '/v1/payment_intents/:id/capture', captureIntent)
    .on('POST', '/v1/payment_intents/:id/cancel', cancelIntent)
    .on('POST', '/v1/customers', createCustomer)
    .on('GET', '/v1/customers', listCustomers)
    .on('GET', '/v1/customers/:id', retrieveCustomer)
    .on('POST', '/v1/customers/:id', updateCustomer)
    .on('DELETE', '/v1/customers/:id', deleteCustomer)
    .on('POST', '/v1/refunds', createRefund)
    .on('GET', '/v1/refunds/:id', retrieveRefund)
    .on('POST', '/v1/checkout/sessions', createSession)
    .on('GET', '/v1/checkout/sessions/:id', retrieveSession)
    .on('GET', '/v1/checkout/sessions/:id/line_items', listSessionItems);

  function authenticate(call: Call): void {
    const raw = header(call, 'authorization')?.trim() ?? '';
    let key: string | undefined;
    const bearer = /^Bearer\s+(.*)$/i.exec(raw);
    const basic = /^Basic\s+(.*)$/i.exec(raw);
    if (bearer) key = bearer[1]!.trim();
    else if (basic) key = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':')[0];
    if (!key) throw fault(NO_KEY, { status: 401 });
    if (!/^(sk|rk)_test_[A-Za-z0-9_]+$/.test(key)) {
      const shown =
        key.length > 12
          ? `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`
          : '*'.repeat(key.length);
      throw fault(`Invalid API Key provided: ${shown}`, { status: 401 });
    }
  }

  function errorReply(status: number, error: JsonObject, requestId: string, now: number): Reply {
    const body = {
      error: sortKeys({
        ...error,
        request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}?t=${now}`,
      }),
    };
    return json(status, body);
  }

  function dispatch(call: Call, requestId: string, now: number): { reply: Reply; replayed?: string } {
    const idempotencyKey = header(call, 'idempotency-key');
    let saveKey: string | undefined;
    let canonical = '';
    /** Keeps the reply for replays of this key (with what it was for, to refuse a reuse elsewhere). */
    const remember = (key: string, reply: Reply) =>
      idempotency.set(key, { method: call.method, path: call.path, params: canonical, requestId, reply });
    try {
      authenticate(call);
      const version = header(call, 'stripe-version');
      if (version !== undefined && !/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(version)) {
        throw fault(`Invalid Stripe API version: ${version}`);
      }
      const route = router.match(call.method, call.path);
      if (!route || route === 'wrong-method') {
        throw fault(
          `Unrecognized request URL (${call.method}: ${call.path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
          { status: 404 },
        );
      }
      const hasBody = call.method === 'POST' || call.method === 'DELETE';
      const type = mediaType(call);
      if (hasBody && (type ? type !== 'application/x-www-form-urlencoded' : call.body !== '')) {
        throw fault(
          `Invalid request: unsupported Content-Type ${header(call, 'content-type') ?? 'none'}. If error persists and you need assistance, please contact support@stripe.com.`,
        );
      }
      const source = hasBody ? call.body : call.rawQuery;
      const params = qs.parse(source, { depth: 20, arrayLimit: 1000, parameterLimit: 10000 }) as Params;
      if (call.method === 'POST' && idempotencyKey !== undefined) {
        if (idempotencyKey.length > 255) {
          throw fault('Idempotency-Key must be at most 255 characters long.', { param: 'Idempotency-Key' });
        }
        saveKey = `${header(call, 'stripe-account') ?? ''}\u0000${idempotencyKey}`;
        canonical = JSON.stringify(sortKeys(params));
        const saved = idempotency.get(saveKey);
        if (saved) {
          if (saved.method !== call.method || saved.path !== call.path) {
            throw fault(
              `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${saved.method} ${saved.path}' vs '${call.method} ${call.path}'). Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
              { type: 'idempotency_error' },
            );
          }
          if (saved.params !== canonical) {
            throw fault(
              `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
              { type: 'idempotency_error' },
            );
          }
          return { reply: saved.reply, replayed: saved.requestId };
        }
      }
      const result = route.handler({ params, now }, route.params);
      // Serialized now, so a replay answers with this response even after the object changes.
      const reply = json(result.status ?? 200, JSON.stringify(result.body));
      if (saveKey) remember(saveKey, reply);
      return { reply };
    } catch (error) {
      if (!(error instanceof StripeFault)) throw error;
      const reply = errorReply(error.status, error.error, requestId, now);
      // Stripe stores a result once the endpoint has started running (a declined card), not validation failures.
      if (saveKey && error.save) remember(saveKey, reply);
      return { reply };
    }
  }

  function finish(call: Call, reply: Reply, requestId: string): Reply {
    const headers: Record<string, string> = {
      ...reply.headers,
      'request-id': requestId,
      'stripe-version': header(call, 'stripe-version') ?? DEFAULT_VERSION,
    };
    const key = header(call, 'idempotency-key');
    if (key !== undefined && call.method === 'POST') headers['idempotency-key'] = key;
    return { ...reply, headers };
  }

  return {
    handle(call) {
      const requestId = `req_${randomId(14)}`;
      const { reply, replayed } = dispatch(call, requestId, nowSeconds());
      const out = finish(call, reply, requestId);
      if (replayed) {
        out.headers = { ...out.headers, 'idempotent-replayed': 'true', 'original-request': replayed };
      }
      return out;
    },
    fail(call, failure: SandboxFailure) {
      const requestId = `req_${randomId(14)}`;
      const error = failureError(failure.status);
      return finish(
        call,
        applyFailure(errorReply(failure.status, error, requestId, nowSeconds()), failure),
        requestId,
      );
    },
  };
}
