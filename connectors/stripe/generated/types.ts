// Generated from connectors/stripe by `pnpm codegen --write`. Do not edit.

export interface ConfirmPaymentIntentInput {
  /**
   * The PaymentIntent (pi_…) id. It goes into the URL path (percent-encoded as one segment).
   */
  id: string;
  /**
   * The PaymentMethod (pm_…) to pay with; pm_card_visa and friends work in test mode.
   */
  payment_method?: string;
  /**
   * A ConfirmationToken (ctoken_…) collected on the client.
   */
  confirmation_token?: string;
  /**
   * Where the customer comes back to after authenticating on another page or app.
   */
  return_url?: string;
  /**
   * Email address for the receipt; an empty string clears it.
   */
  receipt_email?: string;
  /**
   * When funds are captured: automatic (on confirmation, the default), automatic_async (asynchronously after confirmation) or manual (authorize now, capture later).
   */
  capture_method?: 'automatic' | 'automatic_async' | 'manual';
  /**
   * Save the payment method for later: on_session (the customer will be present) or off_session (you will charge it without them). An empty string ("") clears the setting.
   */
  setup_future_usage?: ('off_session' | 'on_session') | '';
  /**
   * The customer is not in your checkout flow and cannot authenticate (a saved card charged later): true, or one_off / recurring to say which kind. Only with confirm=true (or on confirm).
   */
  off_session?: boolean | ('one_off' | 'recurring');
  /**
   * Fail the payment instead of moving to requires_action.
   */
  error_on_requires_action?: boolean;
  /**
   * The Mandate (mandate_…) authorizing this payment.
   */
  mandate?: string;
  /**
   * Where the goods are shipped. Sent as shipping[name], shipping[address][line1], …. An empty string ("") removes the shipping details.
   */
  shipping?:
    | {
        /**
         * Recipient name.
         */
        name: string;
        /**
         * Recipient phone number, extension included.
         */
        phone?: string;
        /**
         * Shipping address.
         */
        address: {
          /**
           * Street address, P.O. box or company name.
           */
          line1?: string;
          /**
           * Apartment, suite, unit or building.
           */
          line2?: string;
          /**
           * City, district, suburb, town or village.
           */
          city?: string;
          /**
           * State, county, province or region.
           */
          state?: string;
          /**
           * ZIP or postal code.
           */
          postal_code?: string;
          /**
           * Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE).
           */
          country?: string;
        };
        /**
         * The delivery service (e.g. UPS, USPS, DHL).
         */
        carrier?: string;
        /**
         * Tracking number(s) from the carrier; separate several with commas.
         */
        tracking_number?: string;
      }
    | '';
  /**
   * Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….
   */
  expand?: string[];
}

/**
 * A PaymentIntent: one attempt to collect a payment, through its life cycle (only the commonly read fields are listed; Stripe returns more).
 */
export interface ConfirmPaymentIntentOutput {
  /**
   * The PaymentIntent id (pi_…).
   */
  id: string;
  /**
   * Always payment_intent.
   */
  object: 'payment_intent';
  /**
   * The amount to collect, in the smallest currency unit.
   */
  amount: number;
  /**
   * The amount that can still be captured (manual capture).
   */
  amount_capturable?: number;
  /**
   * The amount collected so far.
   */
  amount_received?: number;
  /**
   * Three-letter ISO currency code, lowercase.
   */
  currency: string;
  /**
   * Where the payment stands.
   */
  status:
    | 'requires_payment_method'
    | 'requires_confirmation'
    | 'requires_action'
    | 'processing'
    | 'requires_capture'
    | 'canceled'
    | 'succeeded';
  /**
   * The secret a browser or app uses to confirm this PaymentIntent with a publishable key. Never log it.
   */
  client_secret?: string | null;
  /**
   * The Customer id, or the Customer object when expanded.
   */
  customer?: string | {} | null;
  /**
   * The id of the latest Charge, or the Charge object when expanded.
   */
  latest_charge?: string | {} | null;
  /**
   * The PaymentMethod id attached, or the object when expanded.
   */
  payment_method?: string | {} | null;
  /**
   * The payment method types this PaymentIntent may use (computed by Stripe).
   */
  payment_method_types?: string[];
  /**
   * automatic, automatic_async or manual.
   */
  capture_method?: string;
  /**
   * Your description, if any.
   */
  description?: string | null;
  /**
   * Where the receipt goes, if set.
   */
  receipt_email?: string | null;
  /**
   * Your key-value pairs.
   */
  metadata?: {
    [k: string]: string | undefined;
  };
  /**
   * What the customer must do next when status is requires_action (e.g. redirect_to_url).
   */
  next_action?: {} | null;
  /**
   * The error from the last failed attempt (code, decline_code, message, …).
   */
  last_payment_error?: {} | null;
  /**
   * Creation time, Unix seconds.
   */
  created?: number;
  /**
   * true in live mode, false in test mode.
   */
  livemode?: boolean;
}

export interface CreateCheckoutSessionInput {
  /**
   * payment (one-time), subscription (at least one recurring price) or setup (save a payment method).
   */
  mode?: 'payment' | 'subscription' | 'setup';
  /**
   * Where the customer lands after paying. A literal {CHECKOUT_SESSION_ID} in it is replaced by Stripe with the session id.
   */
  success_url?: string;
  /**
   * Where the back link on the Checkout page leads.
   */
  cancel_url?: string;
  /**
   * For embedded or elements UI modes: where to return after redirect-based payment methods.
   */
  return_url?: string;
  /**
   * hosted_page (the default), embedded_page or elements.
   */
  ui_mode?: 'hosted_page' | 'embedded_page' | 'elements';
  /**
   * An existing Customer (cus_…); their saved details prefill the page.
   */
  customer?: string;
  /**
   * Prefills the email field when no customer is given.
   */
  customer_email?: string;
  /**
   * payment/setup mode: always create a Customer, or only if_required.
   */
  customer_creation?: 'always' | 'if_required';
  /**
   * Your own reference (cart or user id) to reconcile the session with your system.
   */
  client_reference_id?: string;
  /**
   * The items being bought (required for payment and subscription modes). Sent as line_items[0][price]=….
   *
   * Items: One item being bought: a Price id (price) or an inline price (price_data), and a quantity.
   */
  line_items?: {
    /**
     * The Price (price_…) to charge. Give this or price_data.
     */
    price?: string;
    /**
     * An inline price created for this session. Give this or price.
     */
    price_data?: {
      /**
       * Three-letter ISO 4217 currency code, lowercase by convention (usd, eur).
       */
      currency: string;
      /**
       * Price per unit in the smallest currency unit.
       */
      unit_amount?: number;
      /**
       * An existing Product (prod_…). Give this or product_data.
       */
      product?: string;
      /**
       * An inline product created for this price. Give this or product.
       */
      product_data?: {
        /**
         * Product name shown to the customer.
         */
        name: string;
        /**
         * Product description shown to the customer.
         */
        description?: string;
        /**
         * Up to 8 image URLs shown with the product.
         *
         * @maxItems 8
         */
        images?:
          | []
          | [string]
          | [string, string]
          | [string, string, string]
          | [string, string, string, string]
          | [string, string, string, string, string]
          | [string, string, string, string, string, string]
          | [string, string, string, string, string, string, string]
          | [string, string, string, string, string, string, string, string];
        /**
         * Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.
         */
        metadata?: {
          /**
           * A metadata value (up to 500 characters). An empty string unsets the key on update.
           */
          [k: string]: string | undefined;
        };
      };
      /**
       * Makes the price recurring (subscription mode).
       */
      recurring?: {
        /**
         * Billing period unit.
         */
        interval: 'day' | 'week' | 'month' | 'year';
        /**
         * Number of intervals between bills (3 with month = quarterly).
         */
        interval_count?: number;
      };
      /**
       * Whether unit_amount includes tax: inclusive, exclusive or unspecified.
       */
      tax_behavior?: 'inclusive' | 'exclusive' | 'unspecified';
    };
    /**
     * How many units.
     */
    quantity?: number;
    /**
     * Tax Rates (txr_…) applied to this item.
     */
    tax_rates?: string[];
    /**
     * Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.
     */
    metadata?: {
      /**
       * A metadata value (up to 500 characters). An empty string unsets the key on update.
       */
      [k: string]: string | undefined;
    };
  }[];
  /**
   * Three-letter ISO currency code; needed in setup mode when allowed_payment_method_types is not set.
   */
  currency?: string;
  /**
   * Legacy: an explicit list of payment method types (card, …), sent as payment_method_types[0]=card. Stripe removed this parameter in API version 2026-09-30.endive: with this connector's pinned Stripe-Version (2026-10-28.endive) Stripe answers 400 payment_method_types_no_longer_supported. Use allowed_payment_method_types (or automatic_payment_methods) instead, or send an older Stripe-Version through the preset's headers option.
   */
  payment_method_types?: string[];
  /**
   * Restricts this session to these payment method types (card, us_bank_account, …); incompatible ones are filtered out rather than refused. Cannot be combined with payment_method_types, excluded_payment_method_types, automatic_payment_methods or payment_method_configuration.
   */
  allowed_payment_method_types?: string[];
  /**
   * Payment method types to leave out of the ones this session would otherwise offer (from your Dashboard settings).
   */
  excluded_payment_method_types?: string[];
  /**
   * Let the customer enter promotion codes.
   */
  allow_promotion_codes?: boolean;
  /**
   * A coupon or promotion code to apply (one at most).
   *
   * @maxItems 1
   *
   * Items: One discount.
   */
  discounts?:
    | []
    | [
        {
          /**
           * A Coupon id.
           */
          coupon?: string;
          /**
           * A Promotion Code id (promo_…).
           */
          promotion_code?: string;
        },
      ];
  /**
   * auto (only when needed) or required.
   */
  billing_address_collection?: 'auto' | 'required';
  /**
   * The page language (auto, en, fr, de, ja, …); auto or absent follows the browser.
   */
  locale?: string;
  /**
   * The pay button text: auto, pay, book, donate or subscribe.
   */
  submit_type?: 'auto' | 'pay' | 'book' | 'donate' | 'subscribe';
  /**
   * When the session expires, Unix seconds, 30 minutes to 24 hours from now (default 24 hours).
   */
  expires_at?: number;
  /**
   * payment mode: settings passed to the PaymentIntent the session creates.
   */
  payment_intent_data?: {
    /**
     * When funds are captured: automatic (on confirmation, the default), automatic_async (asynchronously after confirmation) or manual (authorize now, capture later).
     */
    capture_method?: 'automatic' | 'automatic_async' | 'manual';
    /**
     * Description of the payment.
     */
    description?: string;
    /**
     * Email address for the receipt.
     */
    receipt_email?: string;
    /**
     * Save the payment method for later: on_session (the customer will be present) or off_session (you will charge it without them).
     */
    setup_future_usage?: 'off_session' | 'on_session';
    /**
     * Statement text for non-card payments (up to 22 characters).
     */
    statement_descriptor?: string;
    /**
     * Suffix for card statements.
     */
    statement_descriptor_suffix?: string;
    /**
     * Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.
     */
    metadata?: {
      /**
       * A metadata value (up to 500 characters). An empty string unsets the key on update.
       */
      [k: string]: string | undefined;
    };
  };
  /**
   * subscription mode: settings passed to the Subscription the session creates.
   */
  subscription_data?: {
    /**
     * Description of the subscription.
     */
    description?: string;
    /**
     * Free trial length in days.
     */
    trial_period_days?: number;
    /**
     * Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.
     */
    metadata?: {
      /**
       * A metadata value (up to 500 characters). An empty string unsets the key on update.
       */
      [k: string]: string | undefined;
    };
  };
  /**
   * Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.
   */
  metadata?: {
    /**
     * A metadata value (up to 500 characters). An empty string unsets the key on update.
     */
    [k: string]: string | undefined;
  };
  /**
   * Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….
   */
  expand?: string[];
}

export interface CreateCustomerInput {
  /**
   * The customer’s email address (up to 512 characters).
   */
  email?: string;
  /**
   * The customer’s full name or business name (up to 256 characters).
   */
  name?: string;
  /**
   * The customer’s phone number.
   */
  phone?: string;
  /**
   * Your own note about the customer, shown in the Dashboard.
   */
  description?: string;
  /**
   * The customer’s address (used for tax and invoices).
   */
  address?: {
    /**
     * Street address, P.O. box or company name.
     */
    line1?: string;
    /**
     * Apartment, suite, unit or building.
     */
    line2?: string;
    /**
     * City, district, suburb, town or village.
     */
    city?: string;
    /**
     * State, county, province or region.
     */
    state?: string;
    /**
     * ZIP or postal code.
     */
    postal_code?: string;
    /**
     * Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE).
     */
    country?: string;
  };
  /**
   * The customer’s shipping details, shown on invoices.
   */
  shipping?: {
    /**
     * Recipient name.
     */
    name: string;
    /**
     * Recipient phone number, extension included.
     */
    phone?: string;
    /**
     * Shipping address.
     */
    address: {
      /**
       * Street address, P.O. box or company name.
       */
      line1?: string;
      /**
       * Apartment, suite, unit or building.
       */
      line2?: string;
      /**
       * City, district, suburb, town or village.
       */
      city?: string;
      /**
       * State, county, province or region.
       */
      state?: string;
      /**
       * ZIP or postal code.
       */
      postal_code?: string;
      /**
       * Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE).
       */
      country?: string;
    };
  };
  /**
   * Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.
   */
  metadata?: {
    /**
     * A metadata value (up to 500 characters). An empty string unsets the key on update.
     */
    [k: string]: string | undefined;
  };
  /**
   * A PaymentMethod (pm_…) to attach to the new customer.
   */
  payment_method?: string;
  /**
   * Default invoice settings for this customer.
   */
  invoice_settings?: {
    /**
     * The PaymentMethod (pm_…, attached to this customer) used by default for invoices and subscriptions.
     */
    default_payment_method?: string;
    /**
     * Default footer text on this customer’s invoices.
     */
    footer?: string;
    /**
     * Up to 4 name/value pairs shown on invoices.
     *
     * @maxItems 4
     *
     * Items: One custom field.
     */
    custom_fields?:
      | []
      | [
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
        ]
      | [
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
        ]
      | [
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
        ]
      | [
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
        ];
  };
  /**
   * The customer’s preferred languages, most preferred first (en, fr-CA, …).
   */
  preferred_locales?: string[];
  /**
   * Tax exemption: none, exempt or reverse (reverse charge).
   */
  tax_exempt?: 'none' | 'exempt' | 'reverse';
  /**
   * Starting balance in the smallest currency unit: negative is a credit, positive is owed on the next invoice.
   */
  balance?: number;
  /**
   * Prefix for this customer’s invoice numbers: 1–12 uppercase letters or digits.
   */
  invoice_prefix?: string;
  /**
   * A test clock (clock_…) to attach the customer to (test mode).
   */
  test_clock?: string;
  /**
   * Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….
   */
  expand?: string[];
}

export interface CreatePaymentIntentInput {
  /**
   * The amount to collect, a positive integer in the smallest currency unit (2000 = $20.00; 2000 = ¥2000 for zero-decimal currencies).
   */
  amount: number;
  /**
   * Three-letter ISO 4217 currency code, lowercase by convention (usd, eur).
   */
  currency: string;
  /**
   * The Customer (cus_…) this payment belongs to; needed to save or reuse their payment methods.
   */
  customer?: string;
  /**
   * Your description of the payment, shown in the Dashboard.
   */
  description?: string;
  /**
   * Email address to send the receipt to once the payment succeeds.
   */
  receipt_email?: string;
  /**
   * The PaymentMethod (pm_…) to use. With a customer, it must belong to that customer.
   */
  payment_method?: string;
  /**
   * Legacy: an explicit list of payment method types (card, …), sent as payment_method_types[0]=card. Stripe removed this parameter in API version 2026-09-30.endive: with this connector's pinned Stripe-Version (2026-10-28.endive) Stripe answers 400 payment_method_types_no_longer_supported. Use allowed_payment_method_types (or automatic_payment_methods) instead, or send an older Stripe-Version through the preset's headers option.
   */
  payment_method_types?: string[];
  /**
   * Restricts this PaymentIntent to these payment method types (card, us_bank_account, …); incompatible ones are filtered out rather than refused. Cannot be combined with payment_method_types, excluded_payment_method_types, automatic_payment_methods or payment_method_configuration.
   */
  allowed_payment_method_types?: string[];
  /**
   * Payment method types to leave out of the ones this PaymentIntent would otherwise offer (from your Dashboard settings).
   */
  excluded_payment_method_types?: string[];
  /**
   * Let Stripe offer the payment methods enabled in your Dashboard that fit this payment.
   */
  automatic_payment_methods?: {
    /**
     * Turn automatic payment methods on.
     */
    enabled: boolean;
    /**
     * Whether redirect-based methods may be offered: always (default; confirming may then need a return_url) or never.
     */
    allow_redirects?: 'always' | 'never';
  };
  /**
   * Confirm the PaymentIntent right away (then confirm-only fields such as return_url, off_session and mandate apply).
   */
  confirm?: boolean;
  /**
   * automatic (default: confirm with a publishable key too) or manual (only with the secret key).
   */
  confirmation_method?: 'automatic' | 'manual';
  /**
   * A ConfirmationToken (ctoken_…) collected on the client, used to confirm.
   */
  confirmation_token?: string;
  /**
   * When funds are captured: automatic (on confirmation, the default), automatic_async (asynchronously after confirmation) or manual (authorize now, capture later).
   */
  capture_method?: 'automatic' | 'automatic_async' | 'manual';
  /**
   * Where the customer comes back to after authenticating on another page or app (with confirm=true).
   */
  return_url?: string;
  /**
   * The customer is not in your checkout flow and cannot authenticate (a saved card charged later): true, or one_off / recurring to say which kind. Only with confirm=true (or on confirm).
   */
  off_session?: boolean | ('one_off' | 'recurring');
  /**
   * Fail the payment instead of moving to requires_action (with confirm=true).
   */
  error_on_requires_action?: boolean;
  /**
   * Save the payment method for later: on_session (the customer will be present) or off_session (you will charge it without them).
   */
  setup_future_usage?: 'off_session' | 'on_session';
  /**
   * Statement text for non-card payments (up to 22 characters). For cards use statement_descriptor_suffix.
   */
  statement_descriptor?: string;
  /**
   * Text appended to your account’s statement descriptor prefix on card statements.
   */
  statement_descriptor_suffix?: string;
  /**
   * Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.
   */
  metadata?: {
    /**
     * A metadata value (up to 500 characters). An empty string unsets the key on update.
     */
    [k: string]: string | undefined;
  };
  /**
   * Where the goods are shipped. Sent as shipping[name], shipping[address][line1], ….
   */
  shipping?: {
    /**
     * Recipient name.
     */
    name: string;
    /**
     * Recipient phone number, extension included.
     */
    phone?: string;
    /**
     * Shipping address.
     */
    address: {
      /**
       * Street address, P.O. box or company name.
       */
      line1?: string;
      /**
       * Apartment, suite, unit or building.
       */
      line2?: string;
      /**
       * City, district, suburb, town or village.
       */
      city?: string;
      /**
       * State, county, province or region.
       */
      state?: string;
      /**
       * ZIP or postal code.
       */
      postal_code?: string;
      /**
       * Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE).
       */
      country?: string;
    };
    /**
     * The delivery service (e.g. UPS, USPS, DHL).
     */
    carrier?: string;
    /**
     * Tracking number(s) from the carrier; separate several with commas.
     */
    tracking_number?: string;
  };
  /**
   * Connect: the fee (smallest currency unit) your platform keeps from the payment.
   */
  application_fee_amount?: number;
  /**
   * Connect: the connected account (acct_…) the funds are for (settlement merchant).
   */
  on_behalf_of?: string;
  /**
   * Connect: transfer the funds to a connected account automatically.
   */
  transfer_data?: {
    /**
     * The connected account (acct_…) that receives the transfer.
     */
    destination: string;
    /**
     * How much to transfer (defaults to the whole amount).
     */
    amount?: number;
  };
  /**
   * Connect: a label grouping this payment with related transfers.
   */
  transfer_group?: string;
  /**
   * Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….
   */
  expand?: string[];
}

/**
 * A PaymentIntent: one attempt to collect a payment, through its life cycle (only the commonly read fields are listed; Stripe returns more).
 */
export interface CreatePaymentIntentOutput {
  /**
   * The PaymentIntent id (pi_…).
   */
  id: string;
  /**
   * Always payment_intent.
   */
  object: 'payment_intent';
  /**
   * The amount to collect, in the smallest currency unit.
   */
  amount: number;
  /**
   * The amount that can still be captured (manual capture).
   */
  amount_capturable?: number;
  /**
   * The amount collected so far.
   */
  amount_received?: number;
  /**
   * Three-letter ISO currency code, lowercase.
   */
  currency: string;
  /**
   * Where the payment stands.
   */
  status:
    | 'requires_payment_method'
    | 'requires_confirmation'
    | 'requires_action'
    | 'processing'
    | 'requires_capture'
    | 'canceled'
    | 'succeeded';
  /**
   * The secret a browser or app uses to confirm this PaymentIntent with a publishable key. Never log it.
   */
  client_secret?: string | null;
  /**
   * The Customer id, or the Customer object when expanded.
   */
  customer?: string | {} | null;
  /**
   * The id of the latest Charge, or the Charge object when expanded.
   */
  latest_charge?: string | {} | null;
  /**
   * The PaymentMethod id attached, or the object when expanded.
   */
  payment_method?: string | {} | null;
  /**
   * The payment method types this PaymentIntent may use (computed by Stripe).
   */
  payment_method_types?: string[];
  /**
   * automatic, automatic_async or manual.
   */
  capture_method?: string;
  /**
   * Your description, if any.
   */
  description?: string | null;
  /**
   * Where the receipt goes, if set.
   */
  receipt_email?: string | null;
  /**
   * Your key-value pairs.
   */
  metadata?: {
    [k: string]: string | undefined;
  };
  /**
   * What the customer must do next when status is requires_action (e.g. redirect_to_url).
   */
  next_action?: {} | null;
  /**
   * The error from the last failed attempt (code, decline_code, message, …).
   */
  last_payment_error?: {} | null;
  /**
   * Creation time, Unix seconds.
   */
  created?: number;
  /**
   * true in live mode, false in test mode.
   */
  livemode?: boolean;
}

export type CreateRefundInput = (
  | {
      /**
       * Either this or charge must be given.
       */
      payment_intent: string;
    }
  | {
      /**
       * Either this or payment_intent must be given.
       */
      charge: string;
    }
) & {
  /**
   * The PaymentIntent (pi_…) to refund. Give this or charge.
   */
  payment_intent?: string;
  /**
   * The Charge (ch_…) to refund. Give this or payment_intent.
   */
  charge?: string;
  /**
   * How much to refund, in the smallest currency unit; leave it out to refund everything not yet refunded.
   */
  amount?: number;
  /**
   * Why: duplicate, fraudulent (also adds the card and email to your block lists) or requested_by_customer.
   */
  reason?: 'duplicate' | 'fraudulent' | 'requested_by_customer';
  /**
   * Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value.
   */
  metadata?: {
    /**
     * A metadata value (up to 500 characters). An empty string unsets the key on update.
     */
    [k: string]: string | undefined;
  };
  /**
   * For payment methods without native refunds: the email that receives the refund instructions.
   */
  instructions_email?: string;
  /**
   * Connect: also refund the application fee (proportionally for a partial refund).
   */
  refund_application_fee?: boolean;
  /**
   * Connect: also reverse the transfer to the connected account (proportionally).
   */
  reverse_transfer?: boolean;
  /**
   * Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….
   */
  expand?: string[];
};

export interface ListCustomersInput {
  /**
   * How many customers per page, 1 to 100 (Stripe’s default is 10).
   */
  limit?: number;
  /**
   * Only customers with exactly this email (case-sensitive).
   */
  email?: string;
  /**
   * Cursor: the id of the last customer of the previous page, to get the next page.
   */
  starting_after?: string;
  /**
   * Cursor: the id of the first customer of the current page, to get the previous page.
   */
  ending_before?: string;
  /**
   * Only customers created at this Unix time (seconds), or within a range: {gte: 1700000000, lt: 1710000000}. Sent as created[gte]=….
   */
  created?:
    | number
    | {
        /**
         * After this time.
         */
        gt?: number;
        /**
         * At or after this time.
         */
        gte?: number;
        /**
         * Before this time.
         */
        lt?: number;
        /**
         * At or before this time.
         */
        lte?: number;
      };
  /**
   * Only customers attached to this test clock (clock_…).
   */
  test_clock?: string;
  /**
   * Fields to expand in each listed customer; list items are addressed as data.<field> (e.g. data.default_source).
   */
  expand?: string[];
}

export interface RetrieveCustomerInput {
  /**
   * The Customer (cus_…) id. It goes into the URL path (percent-encoded as one segment).
   */
  id: string;
  /**
   * Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….
   */
  expand?: string[];
}

export interface RetrievePaymentIntentInput {
  /**
   * The PaymentIntent (pi_…) id. It goes into the URL path (percent-encoded as one segment).
   */
  id: string;
  /**
   * The PaymentIntent’s client secret; only needed when the request is made with a publishable key.
   */
  client_secret?: string;
  /**
   * Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….
   */
  expand?: string[];
}

/**
 * A PaymentIntent: one attempt to collect a payment, through its life cycle (only the commonly read fields are listed; Stripe returns more).
 */
export interface RetrievePaymentIntentOutput {
  /**
   * The PaymentIntent id (pi_…).
   */
  id: string;
  /**
   * Always payment_intent.
   */
  object: 'payment_intent';
  /**
   * The amount to collect, in the smallest currency unit.
   */
  amount: number;
  /**
   * The amount that can still be captured (manual capture).
   */
  amount_capturable?: number;
  /**
   * The amount collected so far.
   */
  amount_received?: number;
  /**
   * Three-letter ISO currency code, lowercase.
   */
  currency: string;
  /**
   * Where the payment stands.
   */
  status:
    | 'requires_payment_method'
    | 'requires_confirmation'
    | 'requires_action'
    | 'processing'
    | 'requires_capture'
    | 'canceled'
    | 'succeeded';
  /**
   * The secret a browser or app uses to confirm this PaymentIntent with a publishable key. Never log it.
   */
  client_secret?: string | null;
  /**
   * The Customer id, or the Customer object when expanded.
   */
  customer?: string | {} | null;
  /**
   * The id of the latest Charge, or the Charge object when expanded.
   */
  latest_charge?: string | {} | null;
  /**
   * The PaymentMethod id attached, or the object when expanded.
   */
  payment_method?: string | {} | null;
  /**
   * The payment method types this PaymentIntent may use (computed by Stripe).
   */
  payment_method_types?: string[];
  /**
   * automatic, automatic_async or manual.
   */
  capture_method?: string;
  /**
   * Your description, if any.
   */
  description?: string | null;
  /**
   * Where the receipt goes, if set.
   */
  receipt_email?: string | null;
  /**
   * Your key-value pairs.
   */
  metadata?: {
    [k: string]: string | undefined;
  };
  /**
   * What the customer must do next when status is requires_action (e.g. redirect_to_url).
   */
  next_action?: {} | null;
  /**
   * The error from the last failed attempt (code, decline_code, message, …).
   */
  last_payment_error?: {} | null;
  /**
   * Creation time, Unix seconds.
   */
  created?: number;
  /**
   * true in live mode, false in test mode.
   */
  livemode?: boolean;
}

export interface UpdateCustomerInput {
  /**
   * The Customer (cus_…) id. It goes into the URL path (percent-encoded as one segment).
   */
  id: string;
  /**
   * The customer’s email address (up to 512 characters).
   */
  email?: string;
  /**
   * The customer’s full name or business name (up to 256 characters).
   */
  name?: string;
  /**
   * The customer’s phone number.
   */
  phone?: string;
  /**
   * Your own note about the customer, shown in the Dashboard. An empty string clears it.
   */
  description?: string;
  /**
   * The customer’s address (used for tax and invoices). An empty string ("") removes the address.
   */
  address?:
    | {
        /**
         * Street address, P.O. box or company name.
         */
        line1?: string;
        /**
         * Apartment, suite, unit or building.
         */
        line2?: string;
        /**
         * City, district, suburb, town or village.
         */
        city?: string;
        /**
         * State, county, province or region.
         */
        state?: string;
        /**
         * ZIP or postal code.
         */
        postal_code?: string;
        /**
         * Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE).
         */
        country?: string;
      }
    | '';
  /**
   * The customer’s shipping details, shown on invoices. An empty string ("") removes the shipping details.
   */
  shipping?:
    | {
        /**
         * Recipient name.
         */
        name: string;
        /**
         * Recipient phone number, extension included.
         */
        phone?: string;
        /**
         * Shipping address.
         */
        address: {
          /**
           * Street address, P.O. box or company name.
           */
          line1?: string;
          /**
           * Apartment, suite, unit or building.
           */
          line2?: string;
          /**
           * City, district, suburb, town or village.
           */
          city?: string;
          /**
           * State, county, province or region.
           */
          state?: string;
          /**
           * ZIP or postal code.
           */
          postal_code?: string;
          /**
           * Two-letter ISO 3166-1 alpha-2 country code (US, GB, DE).
           */
          country?: string;
        };
      }
    | '';
  /**
   * Your own key-value pairs stored on the object (up to 50 keys; keys up to 40 characters without square brackets; values up to 500 characters). Sent as metadata[key]=value. On update, a key with an empty value ("") unsets that key, and metadata: "" unsets every key.
   */
  metadata?:
    | {
        /**
         * A metadata value (up to 500 characters). An empty string unsets the key on update.
         */
        [k: string]: string | undefined;
      }
    | '';
  /**
   * Default invoice settings for this customer.
   */
  invoice_settings?: {
    /**
     * The PaymentMethod (pm_…, attached to this customer) used by default for invoices and subscriptions. An empty string clears it.
     */
    default_payment_method?: string;
    /**
     * Default footer text on this customer’s invoices.
     */
    footer?: string;
    /**
     * Up to 4 name/value pairs shown on invoices. An empty string removes them all.
     */
    custom_fields?:
      | []
      | [
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
        ]
      | [
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
        ]
      | [
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
        ]
      | [
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
          {
            /**
             * Label (up to 40 characters).
             */
            name: string;
            /**
             * Value (up to 140 characters).
             */
            value: string;
          },
        ]
      | '';
  };
  /**
   * The customer’s preferred languages, most preferred first (en, fr-CA, …).
   */
  preferred_locales?: string[];
  /**
   * Tax exemption: none, exempt or reverse (reverse charge). An empty string ("") clears the exemption.
   */
  tax_exempt?: ('none' | 'exempt' | 'reverse') | '';
  /**
   * Starting balance in the smallest currency unit: negative is a credit, positive is owed on the next invoice.
   */
  balance?: number;
  /**
   * Prefix for this customer’s invoice numbers: 1–12 uppercase letters or digits.
   */
  invoice_prefix?: string;
  /**
   * Legacy sources: the id of an attached source to make the default.
   */
  default_source?: string;
  /**
   * Fields of the response to expand into full objects instead of ids (e.g. customer, latest_charge); nested paths use dots (latest_charge.balance_transaction). Sent as expand[0]=…, expand[1]=….
   */
  expand?: string[];
}

/** Every operation of the Stripe connector, with its input type. */
export interface StripeOperationInputs {
  confirmPaymentIntent: ConfirmPaymentIntentInput;
  createCheckoutSession: CreateCheckoutSessionInput;
  createCustomer: CreateCustomerInput;
  createPaymentIntent: CreatePaymentIntentInput;
  createRefund: CreateRefundInput;
  listCustomers: ListCustomersInput;
  retrieveCustomer: RetrieveCustomerInput;
  retrievePaymentIntent: RetrievePaymentIntentInput;
  updateCustomer: UpdateCustomerInput;
}

