/**
 * Type tests, checked by `tsc --noEmit`: each @ts-expect-error line must fail to compile, or tsc reports the
 * directive as unused. The calls also run, so the runtime validator is shown refusing the same inputs.
 */
import { InputError } from '@convoflow/core';
import { describe, expect, it } from 'vitest';
import {
  type CreatePaymentIntentInput,
  createCheckoutSession,
  createPaymentIntent,
  createRefund,
  listCustomers,
  updateCustomer,
} from '../generated/index.js';

/** The runtime validator refuses what the types refuse. */
const refuses = (call: () => unknown) => expect(call).toThrow(InputError);

describe('preset types', () => {
  it('accept a correct call', () => {
    const input: CreatePaymentIntentInput = {
      amount: 2000,
      currency: 'usd',
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      off_session: 'recurring',
      metadata: { order_id: '6735' },
    };
    expect(createPaymentIntent(input).method).toBe('POST');
    expect(updateCustomer({ id: 'cus_123', metadata: '', description: '' }).method).toBe('POST');
  });

  it('refuse misspelt fields', () => {
    // @ts-expect-error recipt_email is misspelt (receipt_email)
    refuses(() => createPaymentIntent({ amount: 2000, currency: 'usd', recipt_email: 'a@example.com' }));
    // @ts-expect-error paymentIntent is not Stripe's name (payment_intent)
    refuses(() => createRefund({ paymentIntent: 'pi_123' }));
    // @ts-expect-error success_URL is misspelt (success_url)
    refuses(() => createCheckoutSession({ mode: 'payment', success_URL: 'https://example.com' }));
  });

  it('refuse wrongly typed fields', () => {
    // @ts-expect-error amount is an integer in the smallest currency unit, not a string
    refuses(() => createPaymentIntent({ amount: '20.00', currency: 'usd' }));
    // @ts-expect-error limit is a number
    refuses(() => listCustomers({ limit: '3' }));
    // @ts-expect-error reason is one of duplicate, fraudulent or requested_by_customer
    refuses(() => createRefund({ payment_intent: 'pi_123', reason: 'changed_mind' }));
    // @ts-expect-error metadata values are strings (or the whole metadata is "" to unset it)
    refuses(() => updateCustomer({ id: 'cus_123', metadata: { count: 3 } }));
    // @ts-expect-error amount and currency are required
    refuses(() => createPaymentIntent({ customer: 'cus_123' }));
  });
});
