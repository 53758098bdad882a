/**
 * Type tests: `npx tsc -p tsconfig.json --noEmit` fails if a `@ts-expect-error` below stops being an error, so
 * these prove the generated preset types refuse misspelt and mistyped fields. At run time the same inputs are
 * refused by the validators.
 */
import { describe, expect, it } from 'vitest';
import { addOrUpdateContacts, sendMail } from '../generated/index.js';

describe('preset types', () => {
  it('accepts correct calls in both sendMail shapes and for addOrUpdateContacts', () => {
    const shortcut = sendMail({
      to: ['Ada <ada@example.com>', { email: 'bob@example.com', name: 'Bob' }],
      from: { email: 'shop@example.com', name: 'Shop' },
      subject: 'Hello',
      text: 'Hi',
      html: '<p>Hi</p>',
      template_id: 'd-123',
      dynamic_template_data: { first_name: 'Ada', items: [1, 2] },
      send_at: 1700000000,
    });
    const apiShape = sendMail({
      personalizations: [{ to: [{ email: 'ada@example.com' }], subject: 'Hello' }],
      from: 'shop@example.com',
      content: [{ type: 'text/plain', value: 'Hi' }],
      mail_settings: { sandbox_mode: { enable: true } },
    });
    const contacts = addOrUpdateContacts({
      list_ids: ['list-1'],
      contacts: [{ email: 'ada@example.com', first_name: 'Ada', custom_fields: { e1_T: 'gold', e2_N: 3 } }],
    });
    expect([shortcut.method, apiShape.method, contacts.method]).toEqual(['POST', 'POST', 'PUT']);
  });

  it('refuses misspelt fields', () => {
    expect(() =>
      sendMail({
        to: 'ada@example.com',
        from: 'shop@example.com',
        // @ts-expect-error: the field is subject
        subjct: 'Hello',
      }),
    ).toThrow(/subjct/);
    expect(() =>
      addOrUpdateContacts({
        // @ts-expect-error: the field is first_name
        contacts: [{ email: 'ada@example.com', firstname: 'Ada' }],
      }),
    ).toThrow(/firstname/);
  });

  it('refuses wrongly typed fields', () => {
    expect(() =>
      sendMail({
        to: 'ada@example.com',
        from: 'shop@example.com',
        // @ts-expect-error: send_at is a Unix timestamp (a number)
        send_at: '2026-01-01T00:00:00Z',
      }),
    ).toThrow(/send_at/);
    expect(() =>
      sendMail({
        to: 'ada@example.com',
        // @ts-expect-error: an address is a string or {email, name?}, not a number
        from: 42,
      }),
    ).toThrow(/from/);
    expect(() =>
      addOrUpdateContacts({
        // @ts-expect-error: list_ids is a list of ids
        list_ids: 'list-1',
        contacts: [{ email: 'ada@example.com' }],
      }),
    ).toThrow(/list_ids/);
  });

  it('requires from', () => {
    // @ts-expect-error: from is required
    expect(() => sendMail({ to: 'ada@example.com', subject: 'Hello', text: 'Hi' })).toThrow(/from/);
  });
});
