// Generated from connectors/sendgrid by `pnpm codegen --write`. Do not edit.

/**
 * One contact. It needs at least one identifier: email, phone_number_id, external_id or anonymous_id. To update an existing contact, give all of its current identifiers; fields left out keep their values.
 */
export type SendGridContact = (
  | {
      /**
       * Identified by email.
       */
      email: string;
    }
  | {
      /**
       * Identified by phone number.
       */
      phone_number_id: string;
    }
  | {
      /**
       * Identified by external id.
       */
      external_id: string;
    }
  | {
      /**
       * Identified by anonymous id.
       */
      anonymous_id: string;
    }
) & {
  /**
   * The contact's primary email address (an identifier).
   */
  email?: string;
  /**
   * The contact's phone number (an identifier); it must be a valid phone number, e.g. +14155550123.
   */
  phone_number_id?: string;
  /**
   * Your own id for the contact (an identifier).
   */
  external_id?: string;
  /**
   * An anonymous id for the contact (an identifier).
   */
  anonymous_id?: string;
  /**
   * Up to 5 more email addresses of the contact.
   *
   * Items: One more email address.
   */
  alternate_emails?: string[];
  /**
   * The contact's first (given) name.
   */
  first_name?: string;
  /**
   * The contact's last (family) name.
   */
  last_name?: string;
  /**
   * The first line of the postal address.
   */
  address_line_1?: string;
  /**
   * The second line of the postal address.
   */
  address_line_2?: string;
  /**
   * The city.
   */
  city?: string;
  /**
   * The state, province or region.
   */
  state_province_region?: string;
  /**
   * The ZIP or postal code.
   */
  postal_code?: string;
  /**
   * The country, as a full name or an abbreviation.
   */
  country?: string;
  /**
   * Values of custom fields, keyed by the custom field's id (e.g. e1_T), not its name. The fields must already exist (Marketing → Custom Fields, or the field definitions API).
   */
  custom_fields?: {
    /**
     * The value: text for text fields and dates, a number for number fields.
     */
    [k: string]: string | number | undefined;
  };
};

/**
 * The body of PUT /v3/marketing/contacts, sent as given.
 */
export interface AddOrUpdateContactsInput {
  /**
   * Ids of the lists to add every contact to (the lists must exist). Leave out to only upsert the contacts.
   *
   * Items: A list id (a UUID).
   */
  list_ids?: string[];
  /**
   * The contacts to add or update: 1 to 30,000 per request (at most 6 MB).
   *
   * @maxItems 30000
   */
  contacts: SendGridContact[];
}

/**
 * SendGrid's 202 answer: the id of the asynchronous import job.
 */
export interface AddOrUpdateContactsOutput {
  /**
   * The import job's id; GET /v3/marketing/contacts/imports/{id} reports its progress and errors.
   */
  job_id: string;
}

/**
 * A message in SendGrid's own v3 shape (personalizations, content, …), or with the @sendgrid/mail shortcuts (to, cc, bcc, text, html, dynamic_template_data) instead of personalizations. Give exactly one of personalizations and to.
 */
export type SendMailInput = {
  /**
   * The envelopes of the message (1 to 1,000): each says who receives a copy and may override subject, headers, send_at and template data for that copy.
   *
   * @maxItems 1000
   */
  personalizations?: SendGridPersonalization[];
  to?: SendGridAddresses;
  cc?: SendGridAddresses1;
  bcc?: SendGridAddresses2;
  from: SendGridAddress5;
  reply_to?: SendGridAddress6;
  /**
   * Several reply-to addresses (do not combine with reply_to).
   *
   * @maxItems 1000
   */
  reply_to_list?: SendGridAddress7[];
  /**
   * The subject line. Required unless every personalization has a subject or the template supplies one.
   */
  subject?: string;
  /**
   * Shortcut: the plain-text body, sent as a text/plain content item (before text/html). Only with to.
   */
  text?: string;
  /**
   * Shortcut: the HTML body, sent as a text/html content item (after text/plain). Only with to.
   */
  html?: string;
  /**
   * The bodies of the message, one per MIME type; text/plain must come first, then text/html. Required unless template_id is set.
   */
  content?: SendGridContent[];
  /**
   * A template to render; dynamic templates have ids starting with d-.
   */
  template_id?: string;
  /**
   * Shortcut: data for a dynamic template (template_id d-…), sent as personalizations[0].dynamic_template_data. Only with to and template_id.
   */
  dynamic_template_data?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Files attached to the message.
   */
  attachments?: SendGridAttachment[];
  /**
   * Up to 10 category names for grouping statistics.
   *
   * Items: One category name.
   */
  categories?: string[];
  /**
   * Custom arguments for every copy, returned with Event Webhook events (name → text value).
   */
  custom_args?: {
    /**
     * The argument's value, as text.
     */
    [k: string]: string | undefined;
  };
  /**
   * When to deliver the message, as a Unix timestamp in seconds (at most 72 hours ahead).
   */
  send_at?: number;
  /**
   * A batch id (from the batch API) that lets scheduled sends be paused or cancelled together.
   */
  batch_id?: string;
  /**
   * Unsubscribe handling (Advanced Suppression Manager).
   */
  asm?: {
    /**
     * The unsubscribe group this message belongs to.
     */
    group_id: number;
    /**
     * Unsubscribe groups shown on the preferences page (up to 25).
     *
     * @maxItems 25
     *
     * Items: An unsubscribe group id.
     */
    groups_to_display?: number[];
  };
  /**
   * The IP pool to send from.
   */
  ip_pool_name?: string;
  /**
   * Extra email headers for every copy (header name → value); some reserved headers are refused by SendGrid.
   */
  headers?: {
    /**
     * The header value.
     */
    [k: string]: string | undefined;
  };
  /**
   * Legacy-template sections: a tag → a block of text that substitutions can reference.
   */
  sections?: {
    /**
     * The section text.
     */
    [k: string]: string | undefined;
  };
  /**
   * Per-message mail settings.
   */
  mail_settings?: {
    /**
     * Deliver even to suppressed addresses (for mail every user must get, e.g. password resets).
     */
    bypass_list_management?: {
      /**
       * Turn the setting on or off.
       */
      enable?: boolean;
    };
    /**
     * Ignore the spam report list.
     */
    bypass_spam_management?: {
      /**
       * Turn the setting on or off.
       */
      enable?: boolean;
    };
    /**
     * Ignore the bounce list.
     */
    bypass_bounce_management?: {
      /**
       * Turn the setting on or off.
       */
      enable?: boolean;
    };
    /**
     * Ignore the global unsubscribe list.
     */
    bypass_unsubscribe_management?: {
      /**
       * Turn the setting on or off.
       */
      enable?: boolean;
    };
    /**
     * A footer added to the message.
     */
    footer?: {
      /**
       * Turn the footer on or off.
       */
      enable?: boolean;
      /**
       * The footer's plain-text version.
       */
      text?: string;
      /**
       * The footer's HTML version.
       */
      html?: string;
    };
    /**
     * Validate the request without delivering anything (SendGrid answers 200 instead of 202).
     */
    sandbox_mode?: {
      /**
       * Turn sandbox mode on or off.
       */
      enable?: boolean;
    };
  };
  /**
   * Per-message tracking settings.
   */
  tracking_settings?: {
    /**
     * Rewrite links to count clicks.
     */
    click_tracking?: {
      /**
       * Turn click tracking on or off.
       */
      enable?: boolean;
      /**
       * Also track links in the plain-text body.
       */
      enable_text?: boolean;
    };
    /**
     * Count opens with an invisible image.
     */
    open_tracking?: {
      /**
       * Turn open tracking on or off.
       */
      enable?: boolean;
      /**
       * A tag in the body that is replaced by the tracking image, instead of placing it at the end.
       */
      substitution_tag?: string;
    };
    /**
     * Add an unsubscribe link.
     */
    subscription_tracking?: {
      /**
       * Turn subscription tracking on or off.
       */
      enable?: boolean;
      /**
       * Plain-text unsubscribe text; <% %> marks where the link goes.
       */
      text?: string;
      /**
       * HTML unsubscribe text; <% %> marks where the link goes.
       */
      html?: string;
      /**
       * A tag in the body replaced by the unsubscribe URL.
       */
      substitution_tag?: string;
    };
    /**
     * Google Analytics parameters added to links.
     */
    ganalytics?: {
      /**
       * Turn Google Analytics tracking on or off.
       */
      enable?: boolean;
      /**
       * utm_source: the referrer (e.g. newsletter).
       */
      utm_source?: string;
      /**
       * utm_medium: the marketing medium (e.g. email).
       */
      utm_medium?: string;
      /**
       * utm_term: paid keywords.
       */
      utm_term?: string;
      /**
       * utm_content: tells apart links to the same URL.
       */
      utm_content?: string;
      /**
       * utm_campaign: the campaign name.
       */
      utm_campaign?: string;
    };
  };
} & (
  | {
      /**
       * Present in the API's own shape.
       */
      personalizations: unknown[];
    }
  | {
      /**
       * Present in the shortcut shape.
       */
      to: string | {} | unknown[];
    }
);
/**
 * An email address: {email, name?}, or a string "a@example.com" or "Name <a@example.com>" (sent as {email, name}).
 */
export type SendGridAddress =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    };
/**
 * An email address: {email, name?}, or a string "a@example.com" or "Name <a@example.com>" (sent as {email, name}).
 */
export type SendGridAddress1 =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    };
/**
 * An email address: {email, name?}, or a string "a@example.com" or "Name <a@example.com>" (sent as {email, name}).
 */
export type SendGridAddress2 =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    };
/**
 * An email address: {email, name?}, or a string "a@example.com" or "Name <a@example.com>" (sent as {email, name}).
 */
export type SendGridAddress3 =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    };
/**
 * Shortcut (as in @sendgrid/mail): the recipients, as one address or a list; sent as personalizations[0].to. Use instead of personalizations.
 */
export type SendGridAddresses =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    }
  | SendGridAddress4[];
/**
 * An email address: {email, name?}, or a string "a@example.com" or "Name <a@example.com>" (sent as {email, name}).
 */
export type SendGridAddress4 =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    };
/**
 * Shortcut: carbon-copy recipients, sent as personalizations[0].cc. Only with to.
 */
export type SendGridAddresses1 =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    }
  | SendGridAddress4[];
/**
 * Shortcut: blind carbon-copy recipients, sent as personalizations[0].bcc. Only with to.
 */
export type SendGridAddresses2 =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    }
  | SendGridAddress4[];
/**
 * An email address: {email, name?}, or a string "a@example.com" or "Name <a@example.com>" (sent as {email, name}).
 */
export type SendGridAddress5 =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    };
/**
 * An email address: {email, name?}, or a string "a@example.com" or "Name <a@example.com>" (sent as {email, name}).
 */
export type SendGridAddress6 =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    };
/**
 * An email address: {email, name?}, or a string "a@example.com" or "Name <a@example.com>" (sent as {email, name}).
 */
export type SendGridAddress7 =
  | string
  | {
      /**
       * The email address.
       */
      email: string;
      /**
       * The display name shown with the address.
       */
      name?: string;
    };

/**
 * One envelope: who receives this copy of the message and what is overridden for it.
 */
export interface SendGridPersonalization {
  /**
   * Recipients of this copy (at least one). Up to 1,000 recipients across to, cc and bcc of the whole request; an address may appear only once.
   */
  to: SendGridAddress[];
  /**
   * Carbon-copy recipients of this copy.
   */
  cc?: SendGridAddress1[];
  /**
   * Blind carbon-copy recipients of this copy.
   */
  bcc?: SendGridAddress2[];
  from?: SendGridAddress3;
  /**
   * Subject for this copy, overriding the message's subject.
   */
  subject?: string;
  /**
   * Extra email headers for this copy (header name → value).
   */
  headers?: {
    /**
     * The header value.
     */
    [k: string]: string | undefined;
  };
  /**
   * Legacy-template substitutions for this copy: each key is a tag in the content (e.g. -name-), replaced by its value. Not used with dynamic (d-…) templates.
   */
  substitutions?: {
    /**
     * The text that replaces the tag.
     */
    [k: string]: string | undefined;
  };
  /**
   * Data a dynamic template (template_id starting with d-) renders for this copy; any JSON.
   */
  dynamic_template_data?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Custom arguments for this copy, returned with its Event Webhook events (name → text value).
   */
  custom_args?: {
    /**
     * The argument's value, as text.
     */
    [k: string]: string | undefined;
  };
  /**
   * When to deliver this copy, as a Unix timestamp in seconds (at most 72 hours ahead).
   */
  send_at?: number;
}
/**
 * One body.
 */
export interface SendGridContent {
  /**
   * The MIME type, e.g. text/plain or text/html.
   */
  type: string;
  /**
   * The body text in that MIME type.
   */
  value: string;
}
/**
 * One attachment.
 */
export interface SendGridAttachment {
  /**
   * The file's bytes, base64-encoded (no line breaks).
   */
  content: string;
  /**
   * The file name shown to the recipient.
   */
  filename: string;
  /**
   * The file's MIME type, e.g. application/pdf.
   */
  type?: string;
  /**
   * attachment (the default) or inline (shown in the body; needs content_id).
   */
  disposition?: 'attachment' | 'inline';
  /**
   * The Content-ID an inline attachment is referenced by in the HTML (cid:…).
   */
  content_id?: string;
}

/** Every operation of the SendGrid connector, with its input type. */
export interface SendgridOperationInputs {
  addOrUpdateContacts: AddOrUpdateContactsInput;
  sendMail: SendMailInput;
}

/** Every operation of the SendGrid connector, with its response body type (unknown without an output schema). */
export interface SendgridOperationOutputs {
  addOrUpdateContacts: AddOrUpdateContactsOutput;
  sendMail: unknown;
}

/** Every operation of the SendGrid connector, with its item type when it paginates (unknown otherwise). */
export interface SendgridOperationItems {
  addOrUpdateContacts: unknown;
  sendMail: unknown;
}

