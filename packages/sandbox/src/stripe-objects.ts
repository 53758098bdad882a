/**
 * Stripe test cards and the objects a confirmation creates (PaymentMethod, Charge), plus default error bodies.
 */
import { randomId } from './http.js';
import { docUrl } from './stripe-params.js';
import type { JsonObject, StripeCharge, StripePaymentIntent } from './types.js';

export const NO_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

/** A Stripe test card; `decline` makes confirmation fail with a `card_error`. */
export interface TestCard {
  brand: string;
  last4: string;
  funding: string;
  decline?: { code: string; decline_code: string; message: string; param: string };
}

/** Stripe's test PaymentMethods (docs.stripe.com/testing). Each use creates a fresh `pm_…` as Stripe does. */
export const TEST_CARDS: Record<string, TestCard> = {
  pm_card_visa: { brand: 'visa', last4: '4242', funding: 'credit' },
  pm_card_visa_debit: { brand: 'visa', last4: '5556', funding: 'debit' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444', funding: 'credit' },
  pm_card_amex: { brand: 'amex', last4: '8431', funding: 'credit' },
  pm_card_discover: { brand: 'discover', last4: '1117', funding: 'credit' },
  pm_card_chargeDeclined: {
    brand: 'visa',
    last4: '0002',
    funding: 'credit',
    decline: {
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      param: '',
    },
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    brand: 'visa',
    last4: '9995',
    funding: 'credit',
    decline: {
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
      param: '',
    },
  },
  pm_card_chargeDeclinedExpiredCard: {
    brand: 'visa',
    last4: '0069',
    funding: 'credit',
    decline: {
      code: 'expired_card',
      decline_code: 'expired_card',
      message: 'Your card has expired.',
      param: 'exp_month',
    },
  },
  pm_card_chargeDeclinedIncorrectCvc: {
    brand: 'visa',
    last4: '0127',
    funding: 'credit',
    decline: {
      code: 'incorrect_cvc',
      decline_code: 'incorrect_cvc',
      message: "Your card's security code is incorrect.",
      param: 'cvc',
    },
  },
  pm_card_chargeDeclinedProcessingError: {
    brand: 'visa',
    last4: '0119',
    funding: 'credit',
    decline: {
      code: 'processing_error',
      decline_code: 'processing_error',
      message: 'An error occurred while processing your card. Try again in a little bit.',
      param: '',
    },
  },
};

/** A PaymentMethod for a test card (`_test` remembers which card; strip it before sending). */
export function newPaymentMethod(testId: string, card: TestCard, now: number): JsonObject {
  return {
    id: `pm_${randomId(24)}`,
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: null,
      name: null,
      phone: null,
    },
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'unchecked' },
      country: 'US',
      display_brand: card.brand,
      exp_month: 12,
      exp_year: new Date().getUTCFullYear() + 3,
      fingerprint: randomId(16),
      funding: card.funding,
      last4: card.last4,
      networks: { available: [card.brand], preferred: null },
    },
    created: now,
    customer: null,
    livemode: false,
    metadata: {},
    type: 'card',
    _test: testId,
  };
}

/** The Charge a confirmation with `card` creates: succeeded (captured unless manual capture) or failed. */
export function chargeFor(pi: StripePaymentIntent, pmId: string, now: number, card: TestCard): StripeCharge {
  const declined = card.decline;
  const captured = !declined && pi['capture_method'] !== 'manual';
  return {
    id: `ch_${randomId(24)}`,
    object: 'charge',
    amount: pi.amount,
    amount_captured: captured ? pi.amount : 0,
    amount_refunded: 0,
    balance_transaction: captured ? `txn_${randomId(24)}` : null,
    billing_details: { address: null, email: null, name: null, phone: null },
    captured,
    created: now,
    currency: pi.currency,
    customer: pi.customer,
    description: pi['description'] ?? null,
    failure_code: declined ? declined.code : null,
    failure_message: declined ? declined.message : null,
    livemode: false,
    metadata: { ...pi.metadata },
    outcome: declined
      ? {
          network_status: 'declined_by_network',
          reason: declined.decline_code,
          risk_level: 'normal',
          seller_message: 'The bank did not return any further details with this decline.',
          type: 'issuer_declined',
        }
      : {
          network_status: 'approved_by_network',
          reason: null,
          risk_level: 'normal',
          seller_message: 'Payment complete.',
          type: 'authorized',
        },
    paid: !declined,
    payment_intent: pi.id,
    payment_method: pmId,
    payment_method_details: {
      card: { brand: card.brand, country: 'US', funding: card.funding, last4: card.last4 },
      type: 'card',
    },
    receipt_email: pi['receipt_email'] ?? null,
    receipt_url: declined ? null : `https://pay.stripe.com/receipts/payment/${randomId(40)}`,
    refunded: false,
    status: declined ? 'failed' : 'succeeded',
  };
}

export /** Stripe's error body for an injected status. */
function failureError(status: number): JsonObject {
  if (status === 401) return { message: NO_KEY, type: 'invalid_request_error' };
  if (status === 402) {
    return {
      code: 'card_declined',
      decline_code: 'generic_decline',
      doc_url: docUrl('card_declined'),
      message: 'Your card was declined.',
      type: 'card_error',
    };
  }
  if (status === 404)
    return {
      code: 'resource_missing',
      doc_url: docUrl('resource_missing'),
      message: 'No such object.',
      type: 'invalid_request_error',
    };
  if (status === 409) {
    return {
      code: 'lock_timeout',
      doc_url: docUrl('lock_timeout'),
      message:
        'This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request. If you see this error frequently and are making multiple concurrent requests to a single object, make your requests serially or at a lower rate.',
      type: 'invalid_request_error',
    };
  }
  if (status === 429) {
    return {
      code: 'rate_limit',
      doc_url: docUrl('rate_limit'),
      message:
        'Request rate limit exceeded. Learn more about rate limits here https://docs.stripe.com/rate-limits.',
      type: 'invalid_request_error',
    };
  }
  if (status >= 500) return { message: 'An unknown error occurred', type: 'api_error' };
  return { message: 'Invalid request.', type: 'invalid_request_error' };
}
