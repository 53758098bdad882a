// Generated from connectors/stripe by `pnpm codegen --write`. Do not edit.
import { defineConnector, type PresetOptions, type TypedNodeConfig } from '@convoflow/core';
import * as templates from './templates.js';
import type { ConfirmPaymentIntentInput, ConfirmPaymentIntentOutput, CreateCheckoutSessionInput, CreateCustomerInput, CreatePaymentIntentInput, CreatePaymentIntentOutput, CreateRefundInput, ListCustomersInput, ListCustomersOutput, ListPaymentIntentsInput, ListPaymentIntentsOutput, RetrieveCustomerInput, RetrievePaymentIntentInput, RetrievePaymentIntentOutput, StripeOperationInputs, StripeOperationItems, StripeOperationOutputs, UpdateCustomerInput } from './types.js';
import { validateConfirmPaymentIntent, validateCreateCheckoutSession, validateCreateCustomer, validateCreatePaymentIntent, validateCreateRefund, validateListCustomers, validateListPaymentIntents, validateRetrieveCustomer, validateRetrievePaymentIntent, validateUpdateCustomer } from './validators.js';

/**
 * The Stripe connector: Creates and confirms PaymentIntents, manages customers, issues refunds and opens Checkout Sessions through the Stripe API, sending the same form-encoded requests as the official stripe-node SDK (pinned Stripe-Version, idempotency keys on every POST).
 * @see https://docs.stripe.com/api
 */
export const connector = defineConnector<StripeOperationInputs, StripeOperationOutputs, StripeOperationItems>({
  id: "stripe",
  packageName: "@convoflow/connector-stripe",
  title: "Stripe",
  description: "Creates and confirms PaymentIntents, manages customers, issues refunds and opens Checkout Sessions through the Stripe API, sending the same form-encoded requests as the official stripe-node SDK (pinned Stripe-Version, idempotency keys on every POST).",
  docsUrl: "https://docs.stripe.com/api",
  baseUrl: "https://api.stripe.com",
  allowedHosts: ["api.stripe.com"],
  auth: {"secretKey":{"type":"bearer","secret":"STRIPE_SECRET_KEY","description":"In the Stripe Dashboard open Developers → API keys and copy the secret key into the STRIPE_SECRET_KEY secret. Start with a test-mode key (sk_test_…): it moves no real money. A restricted key (rk_…) also works if it has write access to PaymentIntents, Customers, Refunds and Checkout Sessions (read access is enough for the retrieve and list operations). Never use the publishable key (pk_…).","setupUrl":"https://dashboard.stripe.com/apikeys"}},
  headers: {"Accept":"application/json","Content-Type":"application/x-www-form-urlencoded","Stripe-Version":"2026-10-28.endive"},
  queryArrayFormat: "indices",
  formArrayFormat: "indices",
  idempotency: {"methods":["POST"]},
  sensitiveResponseFields: ["client_secret"],
  errors: {"message":["error.message"],"code":["error.code"],"type":["error.type"],"requestIdHeaders":["request-id"],"retryHeader":"stripe-should-retry"},
  operations: {
    confirmPaymentIntent: {
      title: "Confirm a PaymentIntent",
      description: "Confirms that the customer intends to pay with the given (or attached) payment method, starting the payment. The body is every input field except id, in the order given.",
      docsUrl: "https://docs.stripe.com/api/payment_intents/confirm",
      sdkCall: "stripe.paymentIntents.confirm(id, params)",
      method: "POST",
      auth: "secretKey",
      path: { text: templates.t0, refs: [["id"]] },
      body: { expr: {"helper":"omit","params":[{"path":[]},{"literal":"id"}]} },
      bodyEncoding: "form",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","description":"The PaymentIntent (pi_…) id. It goes into the URL path (percent-encoded as one segment).","minLength":1},"payment_method":{"type":"string","description":"The PaymentMethod (pm_…) to pay with; pm_card_visa and friends work in test mode."},"confirmation_token":{"type":"string","description":"A ConfirmationToken (ctoken_…) collected on the client."},"return_url":{"type":"string","description":"Where the customer comes back to after authenticating on another page or app."},"receipt_email":{"type":"string","description":"Email address for the receipt; an empty string clears it.","maxLength":800},"capture_method":{"type":"string","description":"When funds are captured: automatic (on confirmation, the default), automatic_async (asynchronously after confirmation) or manual (authorize now, capture later).","enum":["automatic","automatic_async","manual"]},"setup_future_usage":{"description":"Save the payment method for later: on_session (the customer will be present) or off_session (you will charge it without them). An empty string (\"\") clears the setting.","anyOf":[{"type":"string","enum":["off_session","on_session"],"description":"The setting."},{"type":"string","const":"","description":"An empty string clears the setting."}]},"off_session":{"description":"The customer is not in your checkout flow and cannot authenticate (a saved card charged later): true, or one_off / recurring to say which kind. Only with confirm=true (or on confirm).","oneOf":[{"type":"boolean","description":"true when the customer is not present."},{"type":"string","enum":["one_off","recurring"],"description":"The kind of off-session payment."}]},"error_on_requires_action":{"type":"boolean","description":"Fail the payment instead of moving to requires_action."},"mandate":{"type":"string","description":"The Mandate (mandate_…) authorizing this payment."},"shipping":{"description":"Where the goods are shipped. Sent as shipping[name], shipping[address][line1], …. An empty string (\"\") removes the shipping details.","oneOf":[{"type":"object","description":"The shipping details to set.","additionalProperties":false,"required":["name","address"],"properties":{"name":{"type":"string","description":"Recipient name."},"phone":{"type":"string","description":"Recipient phone number, extension included."},"address":{"type":"object","description":"Shipping address.","additionalProperties":false,"properties":{"line1":{"type":"string","description":"Street address, P.O. box or company name."},"line2":{"type":"string","description":"Apartment, suite, unit or building."},"city":{"type":"string","description":"City, district, suburb, town or village."},"state":{"type":"string","description":"State, county, province or region."},"postal_code":{"type":"string","description":"ZIP or postal code."},"country":{"type":"string","description":"Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE)."}}},"carrier":{"type":"string","description":"The delivery service (e.g. UPS, USPS, DHL)."},"tracking_number":{"type":"string","description":"Tracking number(s) from the carrier; separate several with commas."}}},{"type":"string","const":"","description":"An empty string removes the shipping details."}]},"expand":{"type":"array","description":"Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….","items":{"type":"string","minLength":1}}},"examples":[{"id":"pi_123","payment_method":"pm_card_visa","return_url":"https://example.com/r"}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"A PaymentIntent: one attempt to collect a payment, through its life cycle (only the commonly read fields are listed; Stripe returns more).","required":["id","object","amount","currency","status"],"properties":{"id":{"type":"string","description":"The PaymentIntent id (pi_…)."},"object":{"type":"string","const":"payment_intent","description":"Always payment_intent."},"amount":{"type":"integer","description":"The amount to collect, in the smallest currency unit."},"amount_capturable":{"type":"integer","description":"The amount that can still be captured (manual capture)."},"amount_received":{"type":"integer","description":"The amount collected so far."},"currency":{"type":"string","description":"Three-letter ISO currency code, lowercase."},"status":{"type":"string","description":"Where the payment stands.","enum":["requires_payment_method","requires_confirmation","requires_action","processing","requires_capture","canceled","succeeded"]},"client_secret":{"type":["string","null"],"description":"The secret a browser or app uses to confirm this PaymentIntent with a publishable key. Never log it."},"customer":{"type":["string","object","null"],"description":"The Customer id, or the Customer object when expanded."},"latest_charge":{"type":["string","object","null"],"description":"The id of the latest Charge, or the Charge object when expanded."},"payment_method":{"type":["string","object","null"],"description":"The PaymentMethod id attached, or the object when expanded."},"payment_method_types":{"type":"array","items":{"type":"string"},"description":"The payment method types this PaymentIntent may use (computed by Stripe)."},"capture_method":{"type":"string","description":"automatic, automatic_async or manual."},"description":{"type":["string","null"],"description":"Your description, if any."},"receipt_email":{"type":["string","null"],"description":"Where the receipt goes, if set."},"metadata":{"type":"object","additionalProperties":{"type":"string"},"description":"Your key-value pairs."},"next_action":{"type":["object","null"],"description":"What the customer must do next when status is requires_action (e.g. redirect_to_url)."},"last_payment_error":{"type":["object","null"],"description":"The error from the last failed attempt (code, decline_code, message, …)."},"created":{"type":"integer","description":"Creation time, Unix seconds."},"livemode":{"type":"boolean","description":"true in live mode, false in test mode."}}},
      validate: validateConfirmPaymentIntent,
    },
    createCheckoutSession: {
      title: "Create a Checkout Session",
      description: "Creates a Stripe-hosted Checkout page for a payment, a subscription or saving a payment method; send the customer to the returned url.",
      docsUrl: "https://docs.stripe.com/api/checkout/sessions/create",
      sdkCall: "stripe.checkout.sessions.create(params)",
      method: "POST",
      auth: "secretKey",
      path: { literal: "/v1/checkout/sessions" },
      body: { expr: {"path":[]} },
      bodyEncoding: "form",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"properties":{"mode":{"type":"string","description":"payment (one-time), subscription (at least one recurring price) or setup (save a payment method).","enum":["payment","subscription","setup"]},"success_url":{"type":"string","description":"Where the customer lands after paying. A literal {CHECKOUT_SESSION_ID} in it is replaced by Stripe with the session id."},"cancel_url":{"type":"string","description":"Where the back link on the Checkout page leads."},"return_url":{"type":"string","description":"For embedded or elements UI modes: where to return after redirect-based payment methods."},"ui_mode":{"type":"string","description":"hosted_page (the default), embedded_page or elements.","enum":["hosted_page","embedded_page","elements"]},"customer":{"type":"string","description":"An existing Customer (cus_…); their saved details prefill the page."},"customer_email":{"type":"string","description":"Prefills the email field when no customer is given."},"customer_creation":{"type":"string","description":"payment/setup mode: always create a Customer, or only if_required.","enum":["always","if_required"]},"client_reference_id":{"type":"string","description":"Your own reference (cart or user id) to reconcile the session with your system.","maxLength":200},"line_items":{"type":"array","description":"The items being bought (required for payment and subscription modes). Sent as line_items[0][price]=….","items":{"type":"object","description":"One item being bought: a Price id (price) or an inline price (price_data), and a quantity.","additionalProperties":false,"properties":{"price":{"type":"string","description":"The Price (price_…) to charge. Give this or price_data."},"price_data":{"type":"object","description":"An inline price created for this session. Give this or price.","additionalProperties":false,"required":["currency"],"properties":{"currency":{"type":"string","description":"Three-letter ISO 4217 currency code, lowercase by convention (usd, eur).","pattern":"^[A-Za-z]{3}$"},"unit_amount":{"type":"integer","description":"Price per unit in the smallest currency unit.","minimum":0},"product":{"type":"string","description":"An existing Product (prod_…). Give this or product_data."},"product_data":{"type":"object","description":"An inline product created for this price. Give this or product.","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","description":"Product name shown to the customer.","minLength":1},"description":{"type":"string","description":"Product description shown to the customer."},"images":{"type":"array","description":"Up to 8 image URLs shown with the product.","items":{"type":"string","minLength":1},"maxItems":8},"metadata":{"type":"object","description":"Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500,"description":"A metadata value (up to 500 characters). An empty string unsets the key on update."}}}},"recurring":{"type":"object","description":"Makes the price recurring (subscription mode).","additionalProperties":false,"required":["interval"],"properties":{"interval":{"type":"string","description":"Billing period unit.","enum":["day","week","month","year"]},"interval_count":{"type":"integer","description":"Number of intervals between bills (3 with month = quarterly).","minimum":1}}},"tax_behavior":{"type":"string","description":"Whether unit_amount includes tax: inclusive, exclusive or unspecified.","enum":["inclusive","exclusive","unspecified"]}}},"quantity":{"type":"integer","description":"How many units.","minimum":0},"tax_rates":{"type":"array","description":"Tax Rates (txr_…) applied to this item.","items":{"type":"string","minLength":1}},"metadata":{"type":"object","description":"Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500,"description":"A metadata value (up to 500 characters). An empty string unsets the key on update."}}}}},"currency":{"type":"string","description":"Three-letter ISO currency code; needed in setup mode when allowed_payment_method_types is not set.","pattern":"^[A-Za-z]{3}$"},"payment_method_types":{"type":"array","description":"Legacy: an explicit list of payment method types (card, …), sent as payment_method_types[0]=card. Stripe removed this parameter in API version 2026-09-30.endive: with this connector's pinned Stripe-Version (2026-10-28.endive) Stripe answers 400 payment_method_types_no_longer_supported. Use allowed_payment_method_types (or automatic_payment_methods) instead, or send an older Stripe-Version through the preset's headers option.","items":{"type":"string","minLength":1}},"allowed_payment_method_types":{"type":"array","description":"Restricts this session to these payment method types (card, us_bank_account, …); incompatible ones are filtered out rather than refused. Cannot be combined with payment_method_types, excluded_payment_method_types, automatic_payment_methods or payment_method_configuration.","items":{"type":"string","minLength":1}},"excluded_payment_method_types":{"type":"array","description":"Payment method types to leave out of the ones this session would otherwise offer (from your Dashboard settings).","items":{"type":"string","minLength":1}},"allow_promotion_codes":{"type":"boolean","description":"Let the customer enter promotion codes."},"discounts":{"type":"array","maxItems":1,"description":"A coupon or promotion code to apply (one at most).","items":{"type":"object","description":"One discount.","additionalProperties":false,"properties":{"coupon":{"type":"string","description":"A Coupon id."},"promotion_code":{"type":"string","description":"A Promotion Code id (promo_…)."}}}},"billing_address_collection":{"type":"string","description":"auto (only when needed) or required.","enum":["auto","required"]},"locale":{"type":"string","description":"The page language (auto, en, fr, de, ja, …); auto or absent follows the browser."},"submit_type":{"type":"string","description":"The pay button text: auto, pay, book, donate or subscribe.","enum":["auto","pay","book","donate","subscribe"]},"expires_at":{"type":"integer","description":"When the session expires, Unix seconds, 30 minutes to 24 hours from now (default 24 hours)."},"payment_intent_data":{"type":"object","description":"payment mode: settings passed to the PaymentIntent the session creates.","additionalProperties":false,"properties":{"capture_method":{"type":"string","description":"When funds are captured: automatic (on confirmation, the default), automatic_async (asynchronously after confirmation) or manual (authorize now, capture later).","enum":["automatic","automatic_async","manual"]},"description":{"type":"string","description":"Description of the payment."},"receipt_email":{"type":"string","description":"Email address for the receipt."},"setup_future_usage":{"type":"string","description":"Save the payment method for later: on_session (the customer will be present) or off_session (you will charge it without them).","enum":["off_session","on_session"]},"statement_descriptor":{"type":"string","description":"Statement text for non-card payments (up to 22 characters).","maxLength":22},"statement_descriptor_suffix":{"type":"string","description":"Suffix for card statements.","maxLength":22},"metadata":{"type":"object","description":"Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500,"description":"A metadata value (up to 500 characters). An empty string unsets the key on update."}}}},"subscription_data":{"type":"object","description":"subscription mode: settings passed to the Subscription the session creates.","additionalProperties":false,"properties":{"description":{"type":"string","description":"Description of the subscription."},"trial_period_days":{"type":"integer","description":"Free trial length in days.","minimum":1},"metadata":{"type":"object","description":"Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500,"description":"A metadata value (up to 500 characters). An empty string unsets the key on update."}}}},"metadata":{"type":"object","description":"Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500,"description":"A metadata value (up to 500 characters). An empty string unsets the key on update."}},"expand":{"type":"array","description":"Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….","items":{"type":"string","minLength":1}}},"examples":[{"mode":"payment","success_url":"https://example.com/s?id={CHECKOUT_SESSION_ID}","line_items":[{"price":"price_123","quantity":1},{"price_data":{"currency":"usd","unit_amount":500,"product_data":{"name":"Gift wrap"}},"quantity":2}]}]},
      validate: validateCreateCheckoutSession,
    },
    createCustomer: {
      title: "Create a customer",
      description: "Creates a Customer to save payment methods for and to reuse across payments, subscriptions and invoices.",
      docsUrl: "https://docs.stripe.com/api/customers/create",
      sdkCall: "stripe.customers.create(params)",
      method: "POST",
      auth: "secretKey",
      path: { literal: "/v1/customers" },
      body: { expr: {"path":[]} },
      bodyEncoding: "form",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"properties":{"email":{"type":"string","description":"The customer’s email address (up to 512 characters).","maxLength":512},"name":{"type":"string","description":"The customer’s full name or business name (up to 256 characters).","maxLength":256},"phone":{"type":"string","description":"The customer’s phone number."},"description":{"type":"string","description":"Your own note about the customer, shown in the Dashboard."},"address":{"type":"object","description":"The customer’s address (used for tax and invoices).","additionalProperties":false,"properties":{"line1":{"type":"string","description":"Street address, P.O. box or company name."},"line2":{"type":"string","description":"Apartment, suite, unit or building."},"city":{"type":"string","description":"City, district, suburb, town or village."},"state":{"type":"string","description":"State, county, province or region."},"postal_code":{"type":"string","description":"ZIP or postal code."},"country":{"type":"string","description":"Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE)."}}},"shipping":{"type":"object","description":"The customer’s shipping details, shown on invoices.","additionalProperties":false,"required":["name","address"],"properties":{"name":{"type":"string","description":"Recipient name."},"phone":{"type":"string","description":"Recipient phone number, extension included."},"address":{"type":"object","description":"Shipping address.","additionalProperties":false,"properties":{"line1":{"type":"string","description":"Street address, P.O. box or company name."},"line2":{"type":"string","description":"Apartment, suite, unit or building."},"city":{"type":"string","description":"City, district, suburb, town or village."},"state":{"type":"string","description":"State, county, province or region."},"postal_code":{"type":"string","description":"ZIP or postal code."},"country":{"type":"string","description":"Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE)."}}}}},"metadata":{"type":"object","description":"Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500,"description":"A metadata value (up to 500 characters). An empty string unsets the key on update."}},"payment_method":{"type":"string","description":"A PaymentMethod (pm_…) to attach to the new customer."},"invoice_settings":{"type":"object","description":"Default invoice settings for this customer.","additionalProperties":false,"properties":{"default_payment_method":{"type":"string","description":"The PaymentMethod (pm_…, attached to this customer) used by default for invoices and subscriptions."},"footer":{"type":"string","description":"Default footer text on this customer’s invoices."},"custom_fields":{"description":"Up to 4 name/value pairs shown on invoices.","type":"array","maxItems":4,"items":{"type":"object","description":"One custom field.","additionalProperties":false,"required":["name","value"],"properties":{"name":{"type":"string","description":"Label (up to 40 characters).","maxLength":40},"value":{"type":"string","description":"Value (up to 140 characters).","maxLength":140}}}}}},"preferred_locales":{"type":"array","description":"The customer’s preferred languages, most preferred first (en, fr-CA, …).","items":{"type":"string","minLength":1}},"tax_exempt":{"type":"string","description":"Tax exemption: none, exempt or reverse (reverse charge).","enum":["none","exempt","reverse"]},"balance":{"type":"integer","description":"Starting balance in the smallest currency unit: negative is a credit, positive is owed on the next invoice."},"invoice_prefix":{"type":"string","description":"Prefix for this customer’s invoice numbers: 1–12 uppercase letters or digits.","pattern":"^[A-Z0-9]{1,12}$"},"test_clock":{"type":"string","description":"A test clock (clock_…) to attach the customer to (test mode)."},"expand":{"type":"array","description":"Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….","items":{"type":"string","minLength":1}}},"examples":[{"email":"a+b@example.com","name":"Zoë Example","metadata":{"plan":"pro"}}]},
      validate: validateCreateCustomer,
    },
    createPaymentIntent: {
      title: "Create a PaymentIntent",
      description: "Creates a PaymentIntent to collect a payment (optionally confirming it at once with confirm: true). The body is every input field, form-encoded in the order given, as stripe-node sends it.",
      docsUrl: "https://docs.stripe.com/api/payment_intents/create",
      sdkCall: "stripe.paymentIntents.create(params)",
      method: "POST",
      auth: "secretKey",
      path: { literal: "/v1/payment_intents" },
      body: { expr: {"path":[]} },
      bodyEncoding: "form",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["amount","currency"],"properties":{"amount":{"type":"integer","description":"The amount to collect, a positive integer in the smallest currency unit (2000 = $20.00; 2000 = ¥2000 for zero-decimal currencies).","minimum":1},"currency":{"type":"string","description":"Three-letter ISO 4217 currency code, lowercase by convention (usd, eur).","pattern":"^[A-Za-z]{3}$"},"customer":{"type":"string","description":"The Customer (cus_…) this payment belongs to; needed to save or reuse their payment methods."},"description":{"type":"string","description":"Your description of the payment, shown in the Dashboard."},"receipt_email":{"type":"string","description":"Email address to send the receipt to once the payment succeeds.","maxLength":800},"payment_method":{"type":"string","description":"The PaymentMethod (pm_…) to use. With a customer, it must belong to that customer."},"payment_method_types":{"type":"array","description":"Legacy: an explicit list of payment method types (card, …), sent as payment_method_types[0]=card. Stripe removed this parameter in API version 2026-09-30.endive: with this connector's pinned Stripe-Version (2026-10-28.endive) Stripe answers 400 payment_method_types_no_longer_supported. Use allowed_payment_method_types (or automatic_payment_methods) instead, or send an older Stripe-Version through the preset's headers option.","items":{"type":"string","minLength":1}},"allowed_payment_method_types":{"type":"array","description":"Restricts this PaymentIntent to these payment method types (card, us_bank_account, …); incompatible ones are filtered out rather than refused. Cannot be combined with payment_method_types, excluded_payment_method_types, automatic_payment_methods or payment_method_configuration.","items":{"type":"string","minLength":1}},"excluded_payment_method_types":{"type":"array","description":"Payment method types to leave out of the ones this PaymentIntent would otherwise offer (from your Dashboard settings).","items":{"type":"string","minLength":1}},"automatic_payment_methods":{"type":"object","description":"Let Stripe offer the payment methods enabled in your Dashboard that fit this payment.","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean","description":"Turn automatic payment methods on."},"allow_redirects":{"type":"string","description":"Whether redirect-based methods may be offered: always (default; confirming may then need a return_url) or never.","enum":["always","never"]}}},"confirm":{"type":"boolean","description":"Confirm the PaymentIntent right away (then confirm-only fields such as return_url, off_session and mandate apply)."},"confirmation_method":{"type":"string","description":"automatic (default: confirm with a publishable key too) or manual (only with the secret key).","enum":["automatic","manual"]},"confirmation_token":{"type":"string","description":"A ConfirmationToken (ctoken_…) collected on the client, used to confirm."},"capture_method":{"type":"string","description":"When funds are captured: automatic (on confirmation, the default), automatic_async (asynchronously after confirmation) or manual (authorize now, capture later).","enum":["automatic","automatic_async","manual"]},"return_url":{"type":"string","description":"Where the customer comes back to after authenticating on another page or app (with confirm=true)."},"off_session":{"description":"The customer is not in your checkout flow and cannot authenticate (a saved card charged later): true, or one_off / recurring to say which kind. Only with confirm=true (or on confirm).","oneOf":[{"type":"boolean","description":"true when the customer is not present."},{"type":"string","enum":["one_off","recurring"],"description":"The kind of off-session payment."}]},"error_on_requires_action":{"type":"boolean","description":"Fail the payment instead of moving to requires_action (with confirm=true)."},"setup_future_usage":{"type":"string","description":"Save the payment method for later: on_session (the customer will be present) or off_session (you will charge it without them).","enum":["off_session","on_session"]},"statement_descriptor":{"type":"string","description":"Statement text for non-card payments (up to 22 characters). For cards use statement_descriptor_suffix.","maxLength":22},"statement_descriptor_suffix":{"type":"string","description":"Text appended to your account’s statement descriptor prefix on card statements.","maxLength":22},"metadata":{"type":"object","description":"Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500,"description":"A metadata value (up to 500 characters). An empty string unsets the key on update."}},"shipping":{"type":"object","description":"Where the goods are shipped. Sent as shipping[name], shipping[address][line1], ….","additionalProperties":false,"required":["name","address"],"properties":{"name":{"type":"string","description":"Recipient name."},"phone":{"type":"string","description":"Recipient phone number, extension included."},"address":{"type":"object","description":"Shipping address.","additionalProperties":false,"properties":{"line1":{"type":"string","description":"Street address, P.O. box or company name."},"line2":{"type":"string","description":"Apartment, suite, unit or building."},"city":{"type":"string","description":"City, district, suburb, town or village."},"state":{"type":"string","description":"State, county, province or region."},"postal_code":{"type":"string","description":"ZIP or postal code."},"country":{"type":"string","description":"Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE)."}}},"carrier":{"type":"string","description":"The delivery service (e.g. UPS, USPS, DHL)."},"tracking_number":{"type":"string","description":"Tracking number(s) from the carrier; separate several with commas."}}},"application_fee_amount":{"type":"integer","description":"Connect: the fee (smallest currency unit) your platform keeps from the payment.","minimum":0},"on_behalf_of":{"type":"string","description":"Connect: the connected account (acct_…) the funds are for (settlement merchant)."},"transfer_data":{"type":"object","description":"Connect: transfer the funds to a connected account automatically.","additionalProperties":false,"required":["destination"],"properties":{"destination":{"type":"string","description":"The connected account (acct_…) that receives the transfer."},"amount":{"type":"integer","description":"How much to transfer (defaults to the whole amount).","minimum":0}}},"transfer_group":{"type":"string","description":"Connect: a label grouping this payment with related transfers."},"expand":{"type":"array","description":"Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….","items":{"type":"string","minLength":1}}},"examples":[{"amount":2000,"currency":"usd","automatic_payment_methods":{"enabled":true},"metadata":{"order_id":"6735"},"shipping":{"name":"Jenny Rosen","address":{"line1":"1 Main St","city":"SF","country":"US"}},"expand":["customer"]}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"A PaymentIntent: one attempt to collect a payment, through its life cycle (only the commonly read fields are listed; Stripe returns more).","required":["id","object","amount","currency","status"],"properties":{"id":{"type":"string","description":"The PaymentIntent id (pi_…)."},"object":{"type":"string","const":"payment_intent","description":"Always payment_intent."},"amount":{"type":"integer","description":"The amount to collect, in the smallest currency unit."},"amount_capturable":{"type":"integer","description":"The amount that can still be captured (manual capture)."},"amount_received":{"type":"integer","description":"The amount collected so far."},"currency":{"type":"string","description":"Three-letter ISO currency code, lowercase."},"status":{"type":"string","description":"Where the payment stands.","enum":["requires_payment_method","requires_confirmation","requires_action","processing","requires_capture","canceled","succeeded"]},"client_secret":{"type":["string","null"],"description":"The secret a browser or app uses to confirm this PaymentIntent with a publishable key. Never log it."},"customer":{"type":["string","object","null"],"description":"The Customer id, or the Customer object when expanded."},"latest_charge":{"type":["string","object","null"],"description":"The id of the latest Charge, or the Charge object when expanded."},"payment_method":{"type":["string","object","null"],"description":"The PaymentMethod id attached, or the object when expanded."},"payment_method_types":{"type":"array","items":{"type":"string"},"description":"The payment method types this PaymentIntent may use (computed by Stripe)."},"capture_method":{"type":"string","description":"automatic, automatic_async or manual."},"description":{"type":["string","null"],"description":"Your description, if any."},"receipt_email":{"type":["string","null"],"description":"Where the receipt goes, if set."},"metadata":{"type":"object","additionalProperties":{"type":"string"},"description":"Your key-value pairs."},"next_action":{"type":["object","null"],"description":"What the customer must do next when status is requires_action (e.g. redirect_to_url)."},"last_payment_error":{"type":["object","null"],"description":"The error from the last failed attempt (code, decline_code, message, …)."},"created":{"type":"integer","description":"Creation time, Unix seconds."},"livemode":{"type":"boolean","description":"true in live mode, false in test mode."}}},
      validate: validateCreatePaymentIntent,
    },
    createRefund: {
      title: "Create a refund",
      description: "Refunds a payment, in full or in part. Name the payment with payment_intent (or charge); amount makes it partial.",
      docsUrl: "https://docs.stripe.com/api/refunds/create",
      sdkCall: "stripe.refunds.create(params)",
      method: "POST",
      auth: "secretKey",
      path: { literal: "/v1/refunds" },
      body: { expr: {"path":[]} },
      bodyEncoding: "form",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"anyOf":[{"required":["payment_intent"],"properties":{"payment_intent":{"type":"string","description":"Either this or charge must be given."}}},{"required":["charge"],"properties":{"charge":{"type":"string","description":"Either this or payment_intent must be given."}}}],"properties":{"payment_intent":{"type":"string","description":"The PaymentIntent (pi_…) to refund. Give this or charge."},"charge":{"type":"string","description":"The Charge (ch_…) to refund. Give this or payment_intent."},"amount":{"type":"integer","description":"How much to refund, in the smallest currency unit; leave it out to refund everything not yet refunded.","minimum":1},"reason":{"type":"string","description":"Why: duplicate, fraudulent (also adds the card and email to your block lists) or requested_by_customer.","enum":["duplicate","fraudulent","requested_by_customer"]},"metadata":{"type":"object","description":"Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500,"description":"A metadata value (up to 500 characters). An empty string unsets the key on update."}},"instructions_email":{"type":"string","description":"For payment methods without native refunds: the email that receives the refund instructions."},"refund_application_fee":{"type":"boolean","description":"Connect: also refund the application fee (proportionally for a partial refund)."},"reverse_transfer":{"type":"boolean","description":"Connect: also reverse the transfer to the connected account (proportionally)."},"expand":{"type":"array","description":"Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….","items":{"type":"string","minLength":1}}},"examples":[{"payment_intent":"pi_123","amount":500}]},
      validate: validateCreateRefund,
    },
    listCustomers: {
      title: "List customers",
      description: "Lists customers, newest first. connector.paginate('listCustomers', …) follows has_more and starting_after through every page.",
      docsUrl: "https://docs.stripe.com/api/customers/list",
      sdkCall: "stripe.customers.list(params)",
      method: "GET",
      auth: "secretKey",
      path: { literal: "/v1/customers" },
      query: { object: [["limit", { expr: {"path":["limit"]} }], ["email", { expr: {"path":["email"]} }], ["starting_after", { expr: {"path":["starting_after"]} }], ["ending_before", { expr: {"path":["ending_before"]} }], ["created", { expr: {"path":["created"]} }], ["test_clock", { expr: {"path":["test_clock"]} }], ["expand", { expr: {"path":["expand"]} }]] },
      bodyEncoding: "form",
      pagination: {"style":"cursor","items":"data","next":"$last.id","param":"starting_after","hasMore":"has_more"},
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","description":"How many customers per page, 1 to 100 (Stripe’s default is 10).","minimum":1,"maximum":100},"email":{"type":"string","description":"Only customers with exactly this email (case-sensitive).","maxLength":512},"starting_after":{"type":"string","description":"Cursor: the id of the last customer of the previous page, to get the next page."},"ending_before":{"type":"string","description":"Cursor: the id of the first customer of the current page, to get the previous page."},"created":{"description":"Only customers created at this Unix time (seconds), or within a range: {gte: 1700000000, lt: 1710000000}. Sent as created[gte]=….","oneOf":[{"type":"integer","description":"An exact creation time, Unix seconds."},{"type":"object","description":"A range of creation times, Unix seconds.","additionalProperties":false,"properties":{"gt":{"type":"integer","description":"After this time."},"gte":{"type":"integer","description":"At or after this time."},"lt":{"type":"integer","description":"Before this time."},"lte":{"type":"integer","description":"At or before this time."}}}]},"test_clock":{"type":"string","description":"Only customers attached to this test clock (clock_…)."},"expand":{"type":"array","description":"Fields to expand in each listed customer; list items are addressed as data.<field> (e.g. data.default_source).","items":{"type":"string","minLength":1}}},"examples":[{"limit":3,"email":"a+b@example.com"}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"A page of customers.","required":["object","data","has_more","url"],"properties":{"object":{"type":"string","const":"list","description":"Always list."},"data":{"type":"array","description":"This page's objects, newest first.","items":{"type":"object","description":"A Customer (only the commonly read fields are listed; Stripe returns more).","required":["id","object","created"],"properties":{"id":{"type":"string","description":"The Customer id (cus_…)."},"object":{"type":"string","const":"customer","description":"Always customer."},"created":{"type":"integer","description":"Creation time, Unix seconds."},"email":{"type":["string","null"],"description":"The customer's email address."},"name":{"type":["string","null"],"description":"The customer's full name or business name."},"phone":{"type":["string","null"],"description":"The customer's phone number."},"description":{"type":["string","null"],"description":"An arbitrary description."},"livemode":{"type":"boolean","description":"True in live mode, false in test mode."},"metadata":{"type":"object","description":"Your key-value pairs.","additionalProperties":{"type":"string"}}}}},"has_more":{"type":"boolean","description":"Whether another page follows (ask for it with starting_after set to the last id)."},"url":{"type":"string","description":"The list's path, /v1/customers."}}},
      validate: validateListCustomers,
    },
    listPaymentIntents: {
      title: "List PaymentIntents",
      description: "Lists PaymentIntents, newest first, optionally of one customer. connector.paginate('listPaymentIntents', …) follows every page.",
      docsUrl: "https://docs.stripe.com/api/payment_intents/list",
      sdkCall: "stripe.paymentIntents.list(params)",
      method: "GET",
      auth: "secretKey",
      path: { literal: "/v1/payment_intents" },
      query: { object: [["limit", { expr: {"path":["limit"]} }], ["customer", { expr: {"path":["customer"]} }], ["starting_after", { expr: {"path":["starting_after"]} }], ["ending_before", { expr: {"path":["ending_before"]} }], ["created", { expr: {"path":["created"]} }], ["expand", { expr: {"path":["expand"]} }]] },
      bodyEncoding: "form",
      pagination: {"style":"cursor","items":"data","next":"$last.id","param":"starting_after","hasMore":"has_more"},
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","description":"How many PaymentIntents per page, 1 to 100 (Stripe’s default is 10).","minimum":1,"maximum":100},"customer":{"type":"string","description":"Only PaymentIntents of this Customer (cus_…).","minLength":1},"starting_after":{"type":"string","description":"Cursor: the id of the last PaymentIntent of the previous page, to get the next page."},"ending_before":{"type":"string","description":"Cursor: the id of the first PaymentIntent of the current page, to get the previous page."},"created":{"description":"Only PaymentIntents created at this Unix time (seconds), or within a range: {gte: 1700000000, lt: 1710000000}. Sent as created[gte]=….","oneOf":[{"type":"integer","description":"An exact creation time, Unix seconds."},{"type":"object","description":"A range of creation times, Unix seconds.","additionalProperties":false,"properties":{"gt":{"type":"integer","description":"After this time."},"gte":{"type":"integer","description":"At or after this time."},"lt":{"type":"integer","description":"Before this time."},"lte":{"type":"integer","description":"At or before this time."}}}]},"expand":{"type":"array","description":"Fields to expand in each listed PaymentIntent; list items are addressed as data.<field> (e.g. data.customer).","items":{"type":"string","minLength":1}}},"examples":[{"customer":"cus_abc","limit":50,"expand":["data.customer"]}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"A page of PaymentIntents.","required":["object","data","has_more","url"],"properties":{"object":{"type":"string","const":"list","description":"Always list."},"data":{"type":"array","description":"This page's objects, newest first.","items":{"type":"object","description":"A PaymentIntent: one attempt to collect a payment, through its life cycle (only the commonly read fields are listed; Stripe returns more).","required":["id","object","amount","currency","status"],"properties":{"id":{"type":"string","description":"The PaymentIntent id (pi_…)."},"object":{"type":"string","const":"payment_intent","description":"Always payment_intent."},"amount":{"type":"integer","description":"The amount to collect, in the smallest currency unit."},"amount_capturable":{"type":"integer","description":"The amount that can still be captured (manual capture)."},"amount_received":{"type":"integer","description":"The amount collected so far."},"currency":{"type":"string","description":"Three-letter ISO currency code, lowercase."},"status":{"type":"string","description":"Where the payment stands.","enum":["requires_payment_method","requires_confirmation","requires_action","processing","requires_capture","canceled","succeeded"]},"client_secret":{"type":["string","null"],"description":"The secret a browser or app uses to confirm this PaymentIntent with a publishable key. Never log it."},"customer":{"type":["string","object","null"],"description":"The Customer id, or the Customer object when expanded."},"latest_charge":{"type":["string","object","null"],"description":"The id of the latest Charge, or the Charge object when expanded."},"payment_method":{"type":["string","object","null"],"description":"The PaymentMethod id attached, or the object when expanded."},"payment_method_types":{"type":"array","items":{"type":"string"},"description":"The payment method types this PaymentIntent may use (computed by Stripe)."},"capture_method":{"type":"string","description":"automatic, automatic_async or manual."},"description":{"type":["string","null"],"description":"Your description, if any."},"receipt_email":{"type":["string","null"],"description":"Where the receipt goes, if set."},"metadata":{"type":"object","additionalProperties":{"type":"string"},"description":"Your key-value pairs."},"next_action":{"type":["object","null"],"description":"What the customer must do next when status is requires_action (e.g. redirect_to_url)."},"last_payment_error":{"type":["object","null"],"description":"The error from the last failed attempt (code, decline_code, message, …)."},"created":{"type":"integer","description":"Creation time, Unix seconds."},"livemode":{"type":"boolean","description":"true in live mode, false in test mode."}}}},"has_more":{"type":"boolean","description":"Whether another page follows (ask for it with starting_after set to the last id)."},"url":{"type":"string","description":"The list's path, /v1/payment_intents."}}},
      validate: validateListPaymentIntents,
    },
    retrieveCustomer: {
      title: "Retrieve a customer",
      description: "Reads one Customer by id (a deleted customer comes back with deleted: true).",
      docsUrl: "https://docs.stripe.com/api/customers/retrieve",
      sdkCall: "stripe.customers.retrieve(id, params)",
      method: "GET",
      auth: "secretKey",
      path: { text: templates.t1, refs: [["id"]] },
      query: { object: [["expand", { expr: {"path":["expand"]} }]] },
      bodyEncoding: "form",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","description":"The Customer (cus_…) id. It goes into the URL path (percent-encoded as one segment).","minLength":1},"expand":{"type":"array","description":"Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….","items":{"type":"string","minLength":1}}},"examples":[{"id":"cus_123","expand":["default_source"]}]},
      validate: validateRetrieveCustomer,
    },
    retrievePaymentIntent: {
      title: "Retrieve a PaymentIntent",
      description: "Reads one PaymentIntent by id, optionally expanding related objects (customer, latest_charge, …).",
      docsUrl: "https://docs.stripe.com/api/payment_intents/retrieve",
      sdkCall: "stripe.paymentIntents.retrieve(id, params)",
      method: "GET",
      auth: "secretKey",
      path: { text: templates.t2, refs: [["id"]] },
      query: { object: [["client_secret", { expr: {"path":["client_secret"]} }], ["expand", { expr: {"path":["expand"]} }]] },
      bodyEncoding: "form",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","description":"The PaymentIntent (pi_…) id. It goes into the URL path (percent-encoded as one segment).","minLength":1},"client_secret":{"type":"string","description":"The PaymentIntent’s client secret; only needed when the request is made with a publishable key."},"expand":{"type":"array","description":"Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….","items":{"type":"string","minLength":1}}},"examples":[{"id":"pi_123","expand":["latest_charge"]}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"A PaymentIntent: one attempt to collect a payment, through its life cycle (only the commonly read fields are listed; Stripe returns more).","required":["id","object","amount","currency","status"],"properties":{"id":{"type":"string","description":"The PaymentIntent id (pi_…)."},"object":{"type":"string","const":"payment_intent","description":"Always payment_intent."},"amount":{"type":"integer","description":"The amount to collect, in the smallest currency unit."},"amount_capturable":{"type":"integer","description":"The amount that can still be captured (manual capture)."},"amount_received":{"type":"integer","description":"The amount collected so far."},"currency":{"type":"string","description":"Three-letter ISO currency code, lowercase."},"status":{"type":"string","description":"Where the payment stands.","enum":["requires_payment_method","requires_confirmation","requires_action","processing","requires_capture","canceled","succeeded"]},"client_secret":{"type":["string","null"],"description":"The secret a browser or app uses to confirm this PaymentIntent with a publishable key. Never log it."},"customer":{"type":["string","object","null"],"description":"The Customer id, or the Customer object when expanded."},"latest_charge":{"type":["string","object","null"],"description":"The id of the latest Charge, or the Charge object when expanded."},"payment_method":{"type":["string","object","null"],"description":"The PaymentMethod id attached, or the object when expanded."},"payment_method_types":{"type":"array","items":{"type":"string"},"description":"The payment method types this PaymentIntent may use (computed by Stripe)."},"capture_method":{"type":"string","description":"automatic, automatic_async or manual."},"description":{"type":["string","null"],"description":"Your description, if any."},"receipt_email":{"type":["string","null"],"description":"Where the receipt goes, if set."},"metadata":{"type":"object","additionalProperties":{"type":"string"},"description":"Your key-value pairs."},"next_action":{"type":["object","null"],"description":"What the customer must do next when status is requires_action (e.g. redirect_to_url)."},"last_payment_error":{"type":["object","null"],"description":"The error from the last failed attempt (code, decline_code, message, …)."},"created":{"type":"integer","description":"Creation time, Unix seconds."},"livemode":{"type":"boolean","description":"true in live mode, false in test mode."}}},
      validate: validateRetrievePaymentIntent,
    },
    updateCustomer: {
      title: "Update a customer",
      description: "Updates the fields you pass on a Customer and leaves the others unchanged. An empty string (\"\") unsets a field or a metadata key, as in the Stripe API.",
      docsUrl: "https://docs.stripe.com/api/customers/update",
      sdkCall: "stripe.customers.update(id, params)",
      method: "POST",
      auth: "secretKey",
      path: { text: templates.t3, refs: [["id"]] },
      body: { expr: {"helper":"omit","params":[{"path":[]},{"literal":"id"}]} },
      bodyEncoding: "form",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","description":"The Customer (cus_…) id. It goes into the URL path (percent-encoded as one segment).","minLength":1},"email":{"type":"string","description":"The customer’s email address (up to 512 characters).","maxLength":512},"name":{"type":"string","description":"The customer’s full name or business name (up to 256 characters).","maxLength":256},"phone":{"type":"string","description":"The customer’s phone number."},"description":{"type":"string","description":"Your own note about the customer, shown in the Dashboard. An empty string clears it."},"address":{"description":"The customer’s address (used for tax and invoices). An empty string (\"\") removes the address.","oneOf":[{"type":"object","description":"The address to set.","additionalProperties":false,"properties":{"line1":{"type":"string","description":"Street address, P.O. box or company name."},"line2":{"type":"string","description":"Apartment, suite, unit or building."},"city":{"type":"string","description":"City, district, suburb, town or village."},"state":{"type":"string","description":"State, county, province or region."},"postal_code":{"type":"string","description":"ZIP or postal code."},"country":{"type":"string","description":"Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE)."}}},{"type":"string","const":"","description":"An empty string removes the address."}]},"shipping":{"description":"The customer’s shipping details, shown on invoices. An empty string (\"\") removes the shipping details.","oneOf":[{"type":"object","description":"The shipping details to set.","additionalProperties":false,"required":["name","address"],"properties":{"name":{"type":"string","description":"Recipient name."},"phone":{"type":"string","description":"Recipient phone number, extension included."},"address":{"type":"object","description":"Shipping address.","additionalProperties":false,"properties":{"line1":{"type":"string","description":"Street address, P.O. box or company name."},"line2":{"type":"string","description":"Apartment, suite, unit or building."},"city":{"type":"string","description":"City, district, suburb, town or village."},"state":{"type":"string","description":"State, county, province or region."},"postal_code":{"type":"string","description":"ZIP or postal code."},"country":{"type":"string","description":"Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE)."}}}}},{"type":"string","const":"","description":"An empty string removes the shipping details."}]},"metadata":{"description":"Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value. On update, a key with an empty value (\"\") unsets that key, and metadata: \"\" unsets every key.","oneOf":[{"type":"object","description":"The keys to set; a key with an empty value (\"\") is unset.","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500,"description":"A metadata value (up to 500 characters). An empty string unsets the key on update."}},{"type":"string","const":"","description":"An empty string unsets all metadata."}]},"invoice_settings":{"type":"object","description":"Default invoice settings for this customer.","additionalProperties":false,"properties":{"default_payment_method":{"type":"string","description":"The PaymentMethod (pm_…, attached to this customer) used by default for invoices and subscriptions. An empty string clears it."},"footer":{"type":"string","description":"Default footer text on this customer’s invoices."},"custom_fields":{"description":"Up to 4 name/value pairs shown on invoices. An empty string removes them all.","oneOf":[{"type":"array","maxItems":4,"description":"The custom fields to show.","items":{"type":"object","description":"One custom field.","additionalProperties":false,"required":["name","value"],"properties":{"name":{"type":"string","description":"Label (up to 40 characters).","maxLength":40},"value":{"type":"string","description":"Value (up to 140 characters).","maxLength":140}}}},{"type":"string","const":"","description":"An empty string removes every custom field."}]}}},"preferred_locales":{"type":"array","description":"The customer’s preferred languages, most preferred first (en, fr-CA, …).","items":{"type":"string","minLength":1}},"tax_exempt":{"description":"Tax exemption: none, exempt or reverse (reverse charge). An empty string (\"\") clears the exemption.","anyOf":[{"type":"string","enum":["none","exempt","reverse"],"description":"The exemption."},{"type":"string","const":"","description":"An empty string clears the exemption."}]},"balance":{"type":"integer","description":"Starting balance in the smallest currency unit: negative is a credit, positive is owed on the next invoice."},"invoice_prefix":{"type":"string","description":"Prefix for this customer’s invoice numbers: 1–12 uppercase letters or digits.","pattern":"^[A-Z0-9]{1,12}$"},"default_source":{"type":"string","description":"Legacy sources: the id of an attached source to make the default."},"expand":{"type":"array","description":"Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….","items":{"type":"string","minLength":1}}},"examples":[{"id":"cus_123","metadata":{"plan":"","note":"x"}}]},
      validate: validateUpdateCustomer,
    },
  },
});

/**
 * Confirm a PaymentIntent
 *
 * Confirms that the customer intends to pay with the given (or attached) payment method, starting the payment. The body is every input field except id, in the order given.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.paymentIntents.confirm(id, params)`.
 * @see https://docs.stripe.com/api/payment_intents/confirm
 */
export function confirmPaymentIntent(
  input: ConfirmPaymentIntentInput,
  options?: PresetOptions,
): TypedNodeConfig<ConfirmPaymentIntentOutput> {
  return connector.preset("confirmPaymentIntent", input, options);
}

/**
 * Create a Checkout Session
 *
 * Creates a Stripe-hosted Checkout page for a payment, a subscription or saving a payment method; send the customer to the returned url.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.checkout.sessions.create(params)`.
 * @see https://docs.stripe.com/api/checkout/sessions/create
 */
export function createCheckoutSession(
  input: CreateCheckoutSessionInput,
  options?: PresetOptions,
): TypedNodeConfig<unknown> {
  return connector.preset("createCheckoutSession", input, options);
}

/**
 * Create a customer
 *
 * Creates a Customer to save payment methods for and to reuse across payments, subscriptions and invoices.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.customers.create(params)`.
 * @see https://docs.stripe.com/api/customers/create
 */
export function createCustomer(
  input: CreateCustomerInput,
  options?: PresetOptions,
): TypedNodeConfig<unknown> {
  return connector.preset("createCustomer", input, options);
}

/**
 * Create a PaymentIntent
 *
 * Creates a PaymentIntent to collect a payment (optionally confirming it at once with confirm: true). The body is every input field, form-encoded in the order given, as stripe-node sends it.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.paymentIntents.create(params)`.
 * @see https://docs.stripe.com/api/payment_intents/create
 */
export function createPaymentIntent(
  input: CreatePaymentIntentInput,
  options?: PresetOptions,
): TypedNodeConfig<CreatePaymentIntentOutput> {
  return connector.preset("createPaymentIntent", input, options);
}

/**
 * Create a refund
 *
 * Refunds a payment, in full or in part. Name the payment with payment_intent (or charge); amount makes it partial.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.refunds.create(params)`.
 * @see https://docs.stripe.com/api/refunds/create
 */
export function createRefund(
  input: CreateRefundInput,
  options?: PresetOptions,
): TypedNodeConfig<unknown> {
  return connector.preset("createRefund", input, options);
}

/**
 * List customers
 *
 * Lists customers, newest first. connector.paginate('listCustomers', …) follows has_more and starting_after through every page.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.customers.list(params)`.
 * @see https://docs.stripe.com/api/customers/list
 */
export function listCustomers(
  input: ListCustomersInput,
  options?: PresetOptions,
): TypedNodeConfig<ListCustomersOutput> {
  return connector.preset("listCustomers", input, options);
}

/**
 * List PaymentIntents
 *
 * Lists PaymentIntents, newest first, optionally of one customer. connector.paginate('listPaymentIntents', …) follows every page.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.paymentIntents.list(params)`.
 * @see https://docs.stripe.com/api/payment_intents/list
 */
export function listPaymentIntents(
  input: ListPaymentIntentsInput,
  options?: PresetOptions,
): TypedNodeConfig<ListPaymentIntentsOutput> {
  return connector.preset("listPaymentIntents", input, options);
}

/**
 * Retrieve a customer
 *
 * Reads one Customer by id (a deleted customer comes back with deleted: true).
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.customers.retrieve(id, params)`.
 * @see https://docs.stripe.com/api/customers/retrieve
 */
export function retrieveCustomer(
  input: RetrieveCustomerInput,
  options?: PresetOptions,
): TypedNodeConfig<unknown> {
  return connector.preset("retrieveCustomer", input, options);
}

/**
 * Retrieve a PaymentIntent
 *
 * Reads one PaymentIntent by id, optionally expanding related objects (customer, latest_charge, …).
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.paymentIntents.retrieve(id, params)`.
 * @see https://docs.stripe.com/api/payment_intents/retrieve
 */
export function retrievePaymentIntent(
  input: RetrievePaymentIntentInput,
  options?: PresetOptions,
): TypedNodeConfig<RetrievePaymentIntentOutput> {
  return connector.preset("retrievePaymentIntent", input, options);
}

/**
 * Update a customer
 *
 * Updates the fields you pass on a Customer and leaves the others unchanged. An empty string ("") unsets a field or a metadata key, as in the Stripe API.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `stripe.customers.update(id, params)`.
 * @see https://docs.stripe.com/api/customers/update
 */
export function updateCustomer(
  input: UpdateCustomerInput,
  options?: PresetOptions,
): TypedNodeConfig<unknown> {
  return connector.preset("updateCustomer", input, options);
}
