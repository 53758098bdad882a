/**
 * Retry-After as an HTTP-date: every day name, each of the three date forms read as GMT whatever the machine's
 * time zone, and look-alikes refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../src/index.js';

const now = Date.UTC(2026, 9, 19, 7, 28, 0); // Monday 19 October 2026, 07:28:00 GMT
const zone = process.env.TZ;

describe('Retry-After dates', () => {
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('reads a date on each day of the week', () => {
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    days.forEach((day, index) => {
      const value = `${day}, ${19 + index} Oct 2026 07:28:05 GMT`;
      expect(parseRetryAfter(value, now), value).toBe(index * 86_400_000 + 5000);
    });
  });

  it('reads an asctime date (no zone written) as GMT in any time zone', () => {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = tz;
      expect(parseRetryAfter('Mon Oct 19 07:28:30 2026', now), tz).toBe(30_000);
      expect(parseRetryAfter('Monday, 19-Oct-26 07:28:20 GMT', now), tz).toBe(20_000);
      expect(parseRetryAfter('Mon, 19 Oct 2026 07:28:10 GMT', now), tz).toBe(10_000);
    }
  });

  it('refuses what only looks like a date', () => {
    for (const value of [
      'We, 21 Oct 2026 07:28:10 GMT',
      'Abc, 21 Oct 2026 07:28:10 GMT',
      'mon, 19 Oct 2026 07:28:10 GMT',
      'Mon Oct 19 07:28:30 999',
      'Mon 5',
      '19 Oct 2026 07:28:10 GMT',
      'x Mon, 19 Oct 2026 07:28:10 GMT',
    ])
      expect(parseRetryAfter(value, now), value).toBeUndefined();
  });

  it('waits nothing for a date already past', () => {
    expect(parseRetryAfter('Mon, 19 Oct 2026 07:27:59 GMT', now)).toBe(0);
    expect(parseRetryAfter('Sun Oct 18 07:28:00 2026', now)).toBe(0);
  });
});
