/**
 * sendMail's input → the v3 Mail Send body.
 *
 * Why a transform: the shortcut form (to/cc/bcc as one address or a list, text/html, string addresses) turns into
 * personalizations and content items with @sendgrid/mail's key order, and whether a list or a single value was
 * given decides the shape. Templates cannot branch on "string or object" or rebuild key order, so this small,
 * typed function does it. The validator has already accepted the input when it runs.
 *
 * - API form (`personalizations` given): the body is the input itself, in the caller's key order. The only change:
 *   an address written as a string ("a@example.com" or "Name <a@example.com>") becomes `{email, name?}` where it
 *   stands.
 * - Shortcut form (`to` given): the body @sendgrid/mail 8.x builds for the same fields, key for key and byte for
 *   byte (see test/sdk-wire.test.ts).
 */
import type { SendGridAddress, SendMailInput } from '../generated/types.js';

/** An address as SendGrid's API writes it. */
export interface EmailObject {
  email: string;
  name?: string;
}

type Body = Record<string, unknown>;

/** "Name <a@example.com>" → {email, name}; "a@example.com" → {email}. The schema's pattern has checked the text. */
function parseAddress(text: string): EmailObject {
  const open = text.indexOf('<');
  if (open === -1) return { email: text };
  const name = text.slice(0, open).trim();
  const email = text.slice(open + 1, text.indexOf('>', open)).trim();
  return name === '' ? { email } : { email, name };
}

/** API form: strings become objects; objects are kept exactly as given. */
function apiAddress(address: SendGridAddress): EmailObject {
  return typeof address === 'string' ? parseAddress(address) : address;
}

/** Shortcut form: @sendgrid/mail rebuilds every address as {email, name?} and drops an empty name. */
function sdkAddress(address: SendGridAddress): EmailObject {
  const { email, name } = typeof address === 'string' ? parseAddress(address) : address;
  return name === undefined || name === '' ? { email } : { email, name };
}

function sdkAddresses(addresses: SendGridAddress | SendGridAddress[]): EmailObject[] {
  return (Array.isArray(addresses) ? addresses : [addresses]).map(sdkAddress);
}

function isNonEmpty(value: object | undefined): value is object {
  return value !== undefined && Object.keys(value).length > 0;
}

/**
 * @sendgrid/mail converts objects to camelCase and back; each conversion deletes and re-adds the keys it renames,
 * so one-word keys (enable, footer, ganalytics) end up before multi-word keys (sandbox_mode, enable_text), each
 * group in its own order. It does this inside mail_settings, tracking_settings and asm (and to the top level, see
 * sdkBody). Mirrored so the shortcut form sends the SDK's exact bytes.
 */
function sdkSettingsOrder(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, sdkSettingsOrder(item)] as const);
  return Object.fromEntries([
    ...entries.filter(([key]) => !key.includes('_')),
    ...entries.filter(([key]) => key.includes('_')),
  ]);
}

/** The body for the API form: the input in its own key order, with string addresses written as objects. */
function apiBody(input: SendMailInput): Body {
  const body: Body = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'from' || key === 'reply_to') body[key] = apiAddress(value as SendGridAddress);
    else if (key === 'reply_to_list') body[key] = (value as SendGridAddress[]).map(apiAddress);
    else if (key === 'personalizations') {
      body[key] = (value as Body[]).map((personalization) => {
        const copy: Body = {};
        for (const [field, item] of Object.entries(personalization)) {
          if (field === 'to' || field === 'cc' || field === 'bcc')
            copy[field] = (item as SendGridAddress[]).map(apiAddress);
          else if (field === 'from') copy[field] = apiAddress(item as SendGridAddress);
          else copy[field] = item;
        }
        return copy;
      });
    } else body[key] = value;
  }
  return body;
}

/** The body @sendgrid/mail's Mail#toJSON builds for the shortcut form, in its key order. */
function sdkBody(input: SendMailInput): Body {
  const personalization: Body = { to: input.to === undefined ? [] : sdkAddresses(input.to) };
  if (input.cc !== undefined) personalization.cc = sdkAddresses(input.cc);
  if (input.bcc !== undefined) personalization.bcc = sdkAddresses(input.bcc);
  if (isNonEmpty(input.dynamic_template_data))
    personalization.dynamic_template_data = input.dynamic_template_data;

  const content: unknown[] = [...(input.content ?? [])];
  if (input.text !== undefined) content.push({ value: input.text, type: 'text/plain' });
  if (input.html !== undefined) content.push({ value: input.html, type: 'text/html' });

  const body: Body = { from: sdkAddress(input.from) };
  if (input.subject !== undefined) body.subject = input.subject;
  body.personalizations = [personalization];
  if (isNonEmpty(input.attachments)) body.attachments = input.attachments;
  if (isNonEmpty(input.categories)) body.categories = input.categories;
  if (content.length > 0) body.content = content;
  if (isNonEmpty(input.headers)) body.headers = input.headers;
  if (isNonEmpty(input.sections)) body.sections = input.sections;
  if (isNonEmpty(input.asm)) body.asm = sdkSettingsOrder(input.asm);
  // From here on, multi-word keys: Mail#toJSON builds them in camelCase and its snake_case pass re-adds each one,
  // so they all land after the one-word keys above, in this order.
  if (isNonEmpty(input.mail_settings)) body.mail_settings = sdkSettingsOrder(input.mail_settings);
  if (isNonEmpty(input.tracking_settings)) body.tracking_settings = sdkSettingsOrder(input.tracking_settings);
  if (isNonEmpty(input.custom_args)) body.custom_args = input.custom_args;
  if (input.reply_to !== undefined) body.reply_to = sdkAddress(input.reply_to);
  if (input.send_at !== undefined) body.send_at = input.send_at;
  if (input.batch_id !== undefined) body.batch_id = input.batch_id;
  if (input.template_id !== undefined) body.template_id = input.template_id;
  if (input.ip_pool_name !== undefined) body.ip_pool_name = input.ip_pool_name;
  if (input.reply_to_list !== undefined) body.reply_to_list = input.reply_to_list.map(apiAddress);
  return body;
}

/** What the body template (`{{this}}`) renders: the whole Mail Send request body. */
export function transform(input: SendMailInput): Body {
  return input.personalizations !== undefined ? apiBody(input) : sdkBody(input);
}
