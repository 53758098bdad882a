/**
 * Reads a Retry-After header in either form (RFC 9110 §10.2.3): delta-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). Returns the wait in milliseconds (never negative), or undefined.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP-date starts with a day name and ends in GMT (IMF-fixdate, RFC 850) or a year (asctime); Date.parse alone
  // would accept "1.5" or "-1" as dates long past and retry at once.
  if (!/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(text) || !/(GMT|\d{4})$/.test(text)) return undefined;
  // asctime names no zone, and Date.parse would read it as local time: every HTTP-date is GMT.
  const date = Date.parse(text.endsWith('GMT') ? text : `${text} GMT`);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
