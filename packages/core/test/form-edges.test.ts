/**
 * Form encoding at its edges (what the qs comparison in form-encoding.test.ts covers by chance, written out here):
 * a Buffer as its text, functions left out, data that is not an object; and the form-body plan's choice: the
 * Content-Type header found among others, a body that is not plain JSON sent by the general path, a resolved value
 * that is not text handed to the general path.
 */
import { describe, expect, it } from 'vitest';
import { encodeForm, encodeQuery } from '../src/encoding/form.js';
import { type CustomApiNodeConfig, prepareRequest } from '../src/index.js';
import { planFormBody } from '../src/prepare/form-body-plan.js';

const form = (body: unknown, headers: Record<string, string> = {}): CustomApiNodeConfig =>
  ({
    url: 'https://api.example.com/v1/x',
    method: 'POST',
    headers: { 'X-Trace': 'a', 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body,
  }) as CustomApiNodeConfig;

describe('form encoding', () => {
  it('writes a Buffer as its text and leaves out functions', () => {
    expect(encodeForm({ a: Buffer.from('hi there'), f: () => 1, b: 2 })).toBe('a=hi%20there&b=2');
    expect(encodeQuery({ a: Buffer.from('x'), f: () => 1 }, 'repeat')).toBe('a=x');
  });

  it('writes nothing for data that is not an object', () => {
    expect(encodeForm(null as unknown as Record<string, unknown>)).toBe('');
    expect(encodeForm('abc' as unknown as Record<string, unknown>)).toBe('');
  });

  it('writes a symbol as JavaScript does', () => {
    expect(encodeForm({ s: Symbol('x') })).toBe('s=Symbol%28x%29');
  });
});

describe('the form-body plan', () => {
  it('finds the Content-Type among other headers, in any case', () => {
    const plan = planFormBody(
      form({ a: '{{input.a}}', b: 'lit', n: [1, '{{input.x}}'], o: { p: null, q: true } }),
    );
    expect(plan).toEqual({
      segments: ['a=', '&b=lit&n[0]=1&n[1]=', '&o[p]=&o[q]=true'],
      values: [
        { template: '{{input.a}}', pointer: '/body/a' },
        { template: '{{input.x}}', pointer: '/body/n/1' },
      ],
    });
  });

  it('leaves a Content-Type chosen by reference, and a body that is not plain JSON, to the general path', () => {
    expect(
      planFormBody(form({ a: '{{input.a}}' }, { 'Content-Type': '{{input.type}}' }) as CustomApiNodeConfig),
    ).toBeUndefined();
    expect(planFormBody(form({ a: [new Date(0)] }))).toBeUndefined();
    expect(planFormBody(form({ d: new Date(0) }))).toBeUndefined();
  });

  it('sends a value that resolves to an object or a list as the general path writes it', async () => {
    const prepared = await prepareRequest(form({ a: '{{input.o}}', b: '{{input.l}}' }), {
      context: { input: { o: { c: 1 }, l: ['x', 'y'] } },
    });
    expect(prepared.body).toBe('a[c]=1&b[0]=x&b[1]=y');
  });
});
