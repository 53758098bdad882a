/**
 * Stripe Checkout Sessions: parameter checks and the session object (`cs_test_…` with a hosted `url`).
 */
import { randomId } from './http.js';
import {
  checkUnknown,
  fault,
  mergeMetadata,
  missing,
  noSuch,
  type Params,
  readArray,
  readBool,
  readCurrency,
  readEmail,
  readEnum,
  readExpand,
  readHash,
  readInt,
  readMetadata,
  readString,
  readStringArray,
  readUrl,
  words,
} from './stripe-params.js';
import type { JsonObject, SandboxState, StripeCheckoutSession } from './types.js';

type StripeState = SandboxState['stripe'];

const SESSION_CREATE = words(`
  adaptive_pricing after_expiration allow_promotion_codes allowed_payment_method_types automatic_tax
  billing_address_collection branding_settings cancel_url client_reference_id consent_collection currency
  custom_fields custom_text customer customer_creation customer_email customer_update discounts
  excluded_payment_method_types expand expires_at invoice_creation line_items locale metadata mode name_collection
  optional_items origin_context payment_intent_data payment_method_collection payment_method_configuration
  payment_method_data payment_method_options payment_method_types permissions phone_number_collection
  redirect_on_completion return_url saved_payment_method_options setup_intent_data shipping_address_collection
  shipping_options submit_type subscription_data success_url tax_id_collection ui_mode wallet_options
`);

const LINE_ITEM = words('adjustable_quantity dynamic_tax_rates price price_data quantity tax_rates');
const PRICE_DATA = words(
  'currency product product_data recurring tax_behavior unit_amount unit_amount_decimal',
);

/** The price a `price_…` id stands for: seeded in `state.stripe.prices`, else 10.00 USD. */
function knownPrice(id: string, prices: StripeState['prices']): JsonObject {
  const seed = prices.get(id) ?? { id, currency: 'usd', unit_amount: 1000, product: 'prod_sandbox' };
  return { ...seed, object: 'price', active: true, livemode: false, recurring: null, type: 'one_time' };
}

function readPriceData(priceData: Params, at: string, mode: string): { price: JsonObject; name: string } {
  const pd = `${at}[price_data]`;
  checkUnknown(priceData, PRICE_DATA, pd);
  const currency = readCurrency(priceData, 'currency', `${pd}[currency]`);
  if (currency === undefined) throw missing(`${pd}[currency]`);
  const unitAmount = readInt(priceData, 'unit_amount', { min: 0, path: `${pd}[unit_amount]` });
  const decimal = readString(priceData, 'unit_amount_decimal', `${pd}[unit_amount_decimal]`);
  if (unitAmount === undefined && decimal === undefined) throw missing(`${pd}[unit_amount]`);
  const product = readString(priceData, 'product', `${pd}[product]`);
  const productData = readHash(priceData, 'product_data', `${pd}[product_data]`);
  if (product === undefined && !productData) throw missing(`${pd}[product_data]`);
  if (productData && readString(productData, 'name', `${pd}[product_data][name]`) === undefined) {
    throw missing(`${pd}[product_data][name]`);
  }
  const recurring = readHash(priceData, 'recurring', `${pd}[recurring]`);
  if (recurring && mode === 'payment') {
    throw fault(
      'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.',
      { param: `${pd}[recurring]` },
    );
  }
  return {
    name: productData ? String(productData['name']) : 'Sandbox product',
    price: {
      id: `price_${randomId(24)}`,
      object: 'price',
      active: false,
      currency,
      livemode: false,
      product: product ?? `prod_${randomId(14)}`,
      recurring: recurring || null,
      type: recurring ? 'recurring' : 'one_time',
      unit_amount: unitAmount ?? Math.round(Number(decimal)),
    },
  };
}

function readLineItems(p: Params, mode: string, prices: StripeState['prices']): JsonObject[] {
  const items = readArray(p, 'line_items') ?? [];
  if (items.length === 0 && mode !== 'setup') {
    throw fault(`\`line_items\` is required in \`${mode}\` mode.`, { param: 'line_items' });
  }
  if (items.length > 0 && mode === 'setup') {
    throw fault('You cannot pass `line_items` in `setup` mode.', { param: 'line_items' });
  }
  return items.map((raw, i) => {
    const at = `line_items[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw fault('Invalid object', { param: at });
    const item = raw as Params;
    checkUnknown(item, LINE_ITEM, at);
    const priceId = readString(item, 'price', `${at}[price]`);
    const priceData = readHash(item, 'price_data', `${at}[price_data]`);
    if (priceId !== undefined && priceData) {
      throw fault('You may only specify one of these parameters: price, price_data.', {
        param: `${at}[price]`,
      });
    }
    const quantity = readInt(item, 'quantity', { min: 1, path: `${at}[quantity]` });
    if (quantity === undefined) {
      throw fault(`Quantity is required. Add \`quantity\` to \`${at}\``, { param: `${at}[quantity]` });
    }
    let price: JsonObject;
    let name = 'Sandbox product';
    if (priceId !== undefined) {
      if (!priceId.startsWith('price_')) throw noSuch('price', priceId, `${at}[price]`);
      price = knownPrice(priceId, prices);
    } else if (priceData) {
      ({ price, name } = readPriceData(priceData, at, mode));
    } else {
      throw fault(`You must specify either \`price\` or \`price_data\` in \`${at}\`.`, { param: at });
    }
    const subtotal = (price['unit_amount'] as number) * quantity;
    return {
      id: `li_${randomId(24)}`,
      object: 'item',
      amount_discount: 0,
      amount_subtotal: subtotal,
      amount_tax: 0,
      amount_total: subtotal,
      currency: price['currency'],
      description: name,
      price,
      quantity,
    };
  });
}

/** Reads the redirect URLs: hosted pages need `success_url`; embedded/custom ones take `return_url` instead. */
function readRedirects(p: Params, uiMode: string) {
  const successUrl = readUrl(p, 'success_url');
  const cancelUrl = readUrl(p, 'cancel_url');
  const returnUrl = readUrl(p, 'return_url');
  if (uiMode === 'hosted') {
    if (successUrl === undefined) throw missing('success_url');
    if (returnUrl !== undefined) {
      throw fault('`return_url` can only be used with `ui_mode: embedded` or `ui_mode: custom`.', {
        param: 'return_url',
      });
    }
  } else {
    for (const [name, value] of [
      ['success_url', successUrl],
      ['cancel_url', cancelUrl],
    ] as const) {
      if (value !== undefined) {
        throw fault(`\`${name}\` is not allowed with \`ui_mode: ${uiMode}\`. Use \`return_url\` instead.`, {
          param: name,
        });
      }
    }
    if (returnUrl === undefined && p['redirect_on_completion'] !== 'never') throw missing('return_url');
  }
  return { successUrl, cancelUrl, returnUrl };
}

/**
 * Validates a `POST /v1/checkout/sessions` body and builds the session and its line items (nothing is stored).
 */
export function buildCheckoutSession(
  p: Params,
  now: number,
  state: StripeState,
): { session: StripeCheckoutSession; items: JsonObject[] } {
  checkUnknown(p, SESSION_CREATE);
  const mode = readEnum(p, 'mode', ['payment', 'setup', 'subscription']);
  if (mode === undefined) throw missing('mode');
  const uiMode = readEnum(p, 'ui_mode', ['custom', 'embedded', 'hosted']) ?? 'hosted';
  const { successUrl, cancelUrl, returnUrl } = readRedirects(p, uiMode);
  const customer = readString(p, 'customer');
  const customerEmail = readEmail(p, 'customer_email');
  if (customer !== undefined && customerEmail !== undefined) {
    throw fault('You may only specify one of these parameters: customer, customer_email.', {
      param: 'customer',
    });
  }
  if (customer !== undefined && !state.customers.has(customer))
    throw noSuch('customer', customer, 'customer');
  const items = readLineItems(p, mode, state.prices);
  if (new Set(items.map((item) => item['currency'])).size > 1) {
    throw fault('Line items must all have the same currency.', { param: 'line_items' });
  }
  const clientReference = readString(p, 'client_reference_id');
  if (clientReference !== undefined && clientReference.length > 200) {
    throw fault('This value must be at most 200 characters long.', { param: 'client_reference_id' });
  }
  const expiresAt = readInt(p, 'expires_at', { min: now + 1800, max: now + 86400 }) ?? now + 86400;
  const metadata = readMetadata(p);
  readExpand(p);
  const id = `cs_test_${randomId(58)}`;
  const total = items.length ? items.reduce((sum, item) => sum + (item['amount_total'] as number), 0) : null;
  const session: StripeCheckoutSession = {
    id,
    object: 'checkout.session',
    after_expiration: null,
    allow_promotion_codes: readBool(p, 'allow_promotion_codes') ?? null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, status: null },
    billing_address_collection: readString(p, 'billing_address_collection') ?? null,
    cancel_url: cancelUrl ?? null,
    client_reference_id: clientReference ?? null,
    client_secret: uiMode === 'hosted' ? null : `${id}_secret_${randomId(24)}`,
    created: now,
    currency: (items[0]?.['currency'] as string | undefined) ?? readCurrency(p) ?? null,
    customer: customer ?? null,
    customer_creation: customer ? null : 'if_required',
    customer_details: null,
    customer_email: customerEmail ?? null,
    expires_at: expiresAt,
    invoice: null,
    livemode: false,
    locale: readString(p, 'locale') ?? null,
    metadata: mergeMetadata({}, metadata),
    mode,
    payment_intent: null,
    payment_link: null,
    payment_method_types: readStringArray(p, 'payment_method_types') ??
      readStringArray(p, 'allowed_payment_method_types') ?? ['card'],
    payment_status: mode === 'setup' ? 'no_payment_required' : 'unpaid',
    return_url: returnUrl ?? null,
    setup_intent: null,
    status: 'open',
    submit_type: readString(p, 'submit_type') ?? null,
    subscription: null,
    success_url: successUrl ?? null,
    ui_mode: uiMode,
    url: uiMode === 'hosted' ? `https://checkout.stripe.com/c/pay/${id}` : null,
  };
  return { session, items };
}
