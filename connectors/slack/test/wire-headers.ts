/** Header comparison for the SDK wire tests (why these headers are left out: see the top of sdk-wire.test.ts). */
import type { IncomingHttpHeaders } from 'node:http';

const FETCH_DEFAULTS: Record<string, string> = {
  accept: '*/*',
  'accept-language': '*',
  'sec-fetch-mode': 'cors',
};

/** The headers the SDK or the preset chose (lowercase names), without client-added ones. */
export function chosenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'user-agent' || name === 'accept-encoding') continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    if (FETCH_DEFAULTS[name] === text) continue;
    out[name] = text;
  }
  return out;
}
