/**
 * The form-body plan on its own: which configs get one (the fast path) and which go to the general path, the exact
 * segments a plan holds, and how each resolved value is written. The hot-path property test shows both paths send
 * the same bytes; these show the fast path is taken at all.
 */
import { describe, expect, it } from 'vitest';
import type { CustomApiNodeConfig } from '../src/index.js';
import { encodeByPlan, type FormBodyPlan, planFormBody } from '../src/prepare/form-body-plan.js';
import type { ResolveScope } from '../src/references/resolve.js';
import { SecretSet } from '../src/secrets/secret-set.js';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
const form = (body: unknown, extra: Partial<CustomApiNodeConfig> = {}): CustomApiNodeConfig =>
  ({
    url: 'https://api.example.com/v1/x',
    method: 'POST',
    headers: FORM,
    body,
    ...extra,
  }) as CustomApiNodeConfig;

const scopeOf = (input: Record<string, unknown>): ResolveScope => ({
  context: { input },
  secretValues: new Map(),
  placeholders: new Set(),
  secrets: new SecretSet(),
  issues: [],
});

describe('planFormBody', () => {
  it('splits a form body into encoded text around the values that hold references', () => {
    const body = {
      amount: '{{input.amount}}',
      metadata: { note: 'a b', id: '{{input.id}}' },
      expand: ['x', '{{input.e}}'],
    };
    expect(planFormBody(form(body))).toEqual({
      segments: ['amount=', '&metadata[note]=a%20b&metadata[id]=', '&expand[0]=x&expand[1]=', ''],
      values: [
        { template: '{{input.amount}}', pointer: '/body/amount' },
        { template: '{{input.id}}', pointer: '/body/metadata/id' },
        { template: '{{input.e}}', pointer: '/body/expand/1' },
      ],
    });
  });

  it('plans a body without references as one segment, whatever the case of the header name', () => {
    const config = form(
      { a: 1, b: null, c: true, d: undefined },
      { headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' } },
    );
    expect(planFormBody(config)).toEqual({ segments: ['a=1&b=&c=true'], values: [] });
  });

  it('follows the configured array format, and picks marker text found nowhere in the body', () => {
    expect(planFormBody(form({ a: ['{{input.x}}'] }, { formArrayFormat: 'brackets' }))?.segments).toEqual([
      'a[]=',
      '',
    ]);
    expect(planFormBody(form({ a: ['{{input.x}}'] }, { formArrayFormat: 'repeat' }))?.segments).toEqual([
      'a=',
      '',
    ]);
    expect(planFormBody(form({ cfv0cfv: 'cfvxcfv', k: '{{input.x}}' }))).toEqual({
      segments: ['cfv0cfv=cfvxcfv&k=', ''],
      values: [{ template: '{{input.x}}', pointer: '/body/k' }],
    });
  });

  it('leaves to the general path what it cannot place exactly', () => {
    const general: Array<[string, CustomApiNodeConfig]> = [
      ['no body', form(undefined)],
      ['a string body', form('a=1')],
      ['an array body', form(['{{input.x}}'])],
      ['a null body', form(null)],
      ['JSON', form({ a: '{{input.x}}' }, { headers: { 'Content-Type': 'application/json' } })],
      ['no Content-Type', form({ a: '{{input.x}}' }, { headers: {} })],
      [
        'a Content-Type by reference',
        form({ a: '{{input.x}}' }, { headers: { 'Content-Type': '{{input.type}}' } }),
      ],
      ['the comma format', form({ a: ['{{input.x}}'] }, { formArrayFormat: 'comma' })],
      ['bytes', form({ a: new Uint8Array([1]) })],
      ['a Date', form({ a: new Date(0) })],
    ];
    for (const [name, config] of general) expect(planFormBody(config), name).toBeUndefined();
  });
});

describe('encodeByPlan', () => {
  const plan = planFormBody(form({ a: '{{input.a}}', b: 'x{{input.b}}' })) as FormBodyPlan;

  it('writes text, numbers, booleans and null the way the general path would', () => {
    expect(encodeByPlan(plan, scopeOf({ a: 'Zoë & [co]', b: 2 }))).toBe('a=Zo%C3%AB%20%26%20[co]&b=x2');
    expect(encodeByPlan(plan, scopeOf({ a: 1.5, b: true }))).toBe('a=1.5&b=xtrue');
    expect(encodeByPlan(plan, scopeOf({ a: false, b: null }))).toBe('a=false&b=x');
    expect(encodeByPlan(plan, scopeOf({ a: null, b: 'y' }))).toBe('a=&b=xy');
  });

  it('gives up on a value that is an object or a list, or absent', () => {
    expect(encodeByPlan(plan, scopeOf({ a: { n: 1 }, b: '' }))).toBeUndefined();
    expect(encodeByPlan(plan, scopeOf({ a: ['x'], b: '' }))).toBeUndefined();
    const scope = scopeOf({ b: '' });
    expect(encodeByPlan(plan, scope)).toBe('a=&b=x');
    expect(scope.issues).toHaveLength(1);
  });
});
