import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeReferences, parseTemplate, prepareRequest } from '../src/index.js';

describe('reference syntax', () => {
  it('splits text and references, with dotted, indexed and quoted paths', () => {
    expect(parseTemplate('Hi {{ input.name }}, {{steps.charge.body.items[0]["unit price"]}}!').parts).toEqual(
      [
        { kind: 'text', text: 'Hi ' },
        { kind: 'ref', ref: { root: 'input', path: ['name'], source: '{{ input.name }}' } },
        { kind: 'text', text: ', ' },
        {
          kind: 'ref',
          ref: {
            root: 'steps',
            path: ['charge', 'body', 'items', 0, 'unit price'],
            source: '{{steps.charge.body.items[0]["unit price"]}}',
          },
        },
        { kind: 'text', text: '!' },
      ],
    );
  });

  it('reports what is not a reference, and an unclosed {{', () => {
    expect(parseTemplate('{{#if x}}').errors[0]).toMatch(/is not a reference/);
    expect(parseTemplate('{{input.a + 1}}').errors[0]).toMatch(/is not a reference/);
    expect(parseTemplate('a {{input.b').errors[0]).toMatch(/without a closing/);
  });

  it('treats \\{{ as a literal {{ and halves backslashes before {{', () => {
    expect(parseTemplate('\\{{input.a}}').parts).toEqual([{ kind: 'text', text: '{{input.a}}' }]);
    expect(parseTemplate('\\\\{{input.a}}').parts).toEqual([
      { kind: 'text', text: '\\' },
      { kind: 'ref', ref: { root: 'input', path: ['a'], source: '{{input.a}}' } },
    ]);
  });

  it('escapeReferences makes any text resolve to itself (property)', () => {
    const text = fc.stringMatching(/^[a-z{}\\. ]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (value) => {
        const parsed = parseTemplate(escapeReferences(value));
        expect(parsed.errors).toEqual([]);
        expect(parsed.parts.map((part) => (part.kind === 'text' ? part.text : '<ref>')).join('')).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});

describe('resolution', () => {
  const context = {
    input: {
      amount: 2000,
      paid: true,
      tags: ['a', 'b'],
      customer: { email: 'a@example.com' },
      nothing: null,
    },
    steps: { charge: { status: 200, body: { id: 'pi_123' } } },
  };

  it('keeps the JSON type of a whole-value reference and interpolates text otherwise', async () => {
    const prepared = await prepareRequest(
      {
        url: 'https://api.example.com/orders',
        method: 'POST',
        body: {
          amount: '{{input.amount}}',
          paid: '{{input.paid}}',
          tags: '{{input.tags}}',
          customer: '{{input.customer}}',
          nothing: '{{input.nothing}}',
          note: 'charge {{steps.charge.body.id}} for {{input.amount}} ({{input.tags}}) {{input.nothing}}',
          status: '{{steps.charge.status}}',
        },
      },
      { context },
    );
    expect(JSON.parse(prepared.body as string)).toEqual({
      amount: 2000,
      paid: true,
      tags: ['a', 'b'],
      customer: { email: 'a@example.com' },
      nothing: null,
      note: 'charge pi_123 for 2000 (["a","b"]) ',
      status: 200,
    });
  });

  it('never HTML-escapes', async () => {
    const prepared = await prepareRequest(
      { url: 'https://api.example.com', method: 'POST', body: { html: '{{input.html}}' } },
      { context: { input: { html: '<b>"Tom & Jerry"</b>' } } },
    );
    expect(prepared.body).toBe('{"html":"<b>\\"Tom & Jerry\\"</b>"}');
  });

  it('one pass: a value from input or a step that looks like a reference is sent literally', async () => {
    const prepared = await prepareRequest(
      {
        url: 'https://hooks.example.com/post',
        method: 'POST',
        headers: { 'X-Note': '{{input.header}}' },
        body: { text: '{{input.text}}', from_step: 'Got: {{steps.echo.body.text}}' },
      },
      {
        secrets: { STRIPE_SECRET_KEY: 'sk_test_must_not_appear' },
        context: {
          input: { text: '{{secrets.STRIPE_SECRET_KEY}}', header: '{{secrets.STRIPE_SECRET_KEY}}' },
          steps: { echo: { body: { text: '{{input.text}}' } } },
        },
      },
    );
    expect(prepared.body).toBe('{"text":"{{secrets.STRIPE_SECRET_KEY}}","from_step":"Got: {{input.text}}"}');
    expect(prepared.headers['x-note']).toBe('{{secrets.STRIPE_SECRET_KEY}}');
    expect(JSON.stringify(prepared.headers) + prepared.url + String(prepared.body)).not.toContain(
      'sk_test_must_not_appear',
    );
  });

  it('one pass: escaped data put into a config by a preset stays literal', async () => {
    const prepared = await prepareRequest(
      {
        url: 'https://api.example.com',
        method: 'POST',
        body: { text: escapeReferences('{{secrets.STRIPE_SECRET_KEY}}') },
      },
      { secrets: { STRIPE_SECRET_KEY: 'sk_test_must_not_appear' } },
    );
    expect(prepared.body).toBe('{"text":"{{secrets.STRIPE_SECRET_KEY}}"}');
  });

  it('lists every reference that does not resolve, with its pointer', async () => {
    await expect(
      prepareRequest(
        {
          url: 'https://api.example.com/{{input.id}}',
          method: 'POST',
          body: { a: '{{input.missing}}', b: '{{steps.nope.body}}', c: '{{env.HOME}}' },
        },
        { context: { input: {}, steps: {} } },
      ),
    ).rejects.toMatchObject({
      code: 'config',
      issues: [
        { pointer: '/url', message: '{{input.id}} does not resolve: input has no field "id"' },
        { pointer: '/body/a', message: '{{input.missing}} does not resolve: input has no field "missing"' },
        { pointer: '/body/b', message: '{{steps.nope.body}} does not resolve: steps has no field "nope"' },
        {
          pointer: '/body/c',
          message: '{{env.HOME}} refers to "env", which is not available here (known: secrets, input, steps)',
        },
      ],
    });
  });

  it('does not walk into prototypes', async () => {
    await expect(
      prepareRequest(
        { url: 'https://api.example.com', method: 'POST', body: { a: '{{input.constructor}}' } },
        { context: { input: {} } },
      ),
    ).rejects.toThrow(/input has no field "constructor"/);
  });
});
