import { type PreparedRequest, redactRequest } from '../prepare/prepared-request.js';

/** Options for {@link toCurl}. */
export interface ToCurlOptions {
  /** Replace secrets by `***` (default true). Pass false only to run the command yourself. */
  redact?: boolean;
}

/** Quotes a word for POSIX shells. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A curl command a user can paste into a shell to send the same request. Redacted by default.
 *
 * @example
 * toCurl(prepared)
 * // curl -X POST 'https://api.stripe.com/v1/payment_intents' \
 * //   -H 'authorization: Bearer ***' \
 * //   -H 'content-type: application/x-www-form-urlencoded' \
 * //   --data-raw 'amount=2000&currency=usd&payment_method_types[]=card'
 */
export function toCurl(prepared: PreparedRequest, options: ToCurlOptions = {}): string {
  const redact = options.redact ?? true;
  const view = redact
    ? redactRequest(prepared)
    : {
        method: prepared.method,
        url: prepared.url,
        headers: prepared.headers,
        body:
          typeof prepared.body === 'string' || prepared.body === undefined
            ? prepared.body
            : new TextDecoder().decode(prepared.body),
      };
  const lines: string[] = [];
  if (view.method === 'HEAD') lines.push(`curl --head ${shellQuote(view.url)}`);
  else if (view.method === 'GET' && view.body === undefined) lines.push(`curl ${shellQuote(view.url)}`);
  else lines.push(`curl -X ${view.method} ${shellQuote(view.url)}`);
  for (const [name, value] of Object.entries(view.headers))
    lines.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (view.body !== undefined) lines.push(`--data-raw ${shellQuote(view.body)}`);
  return lines.join(' \\\n  ');
}
