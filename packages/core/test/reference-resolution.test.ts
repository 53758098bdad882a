/**
 * Resolving references on their own: JSON types kept for whole values, text for interpolation, exact messages
 * for what does not resolve, only own properties, and secrets recorded for redaction (placeholders not).
 */
import { describe, expect, it } from 'vitest';
import {
  collectSecretNames,
  type ResolveScope,
  resolveDeep,
  resolveString,
  toText,
} from '../src/references/resolve.js';
import { SecretSet } from '../src/secrets/secret-set.js';

const input = { n: 5, o: { a: 1 }, z: null, s: '{{secrets.K}}', items: ['x', 'y'], u: undefined };

function scopeOf(fields: Partial<ResolveScope> = {}): ResolveScope {
  return {
    context: { input, steps: { charge: { body: { id: 'ch_1' } } } },
    secretValues: new Map([
      ['K', 'sk_resolve'],
      ['P', '<P>'],
    ]),
    placeholders: new Set(['P']),
    secrets: new SecretSet(),
    issues: [],
    ...fields,
  };
}

describe('resolveString', () => {
  it('keeps the JSON type of a whole-value reference, or its text when asked', () => {
    const scope = scopeOf();
    expect(resolveString('{{input.n}}', '/b', scope)).toBe(5);
    expect(resolveString('{{input.o}}', '/b', scope)).toEqual({ a: 1 });
    expect(resolveString('{{input.n}}', '/b', scope, { asText: true })).toBe('5');
    expect(resolveString('{{input.o}}', '/b', scope, { asText: true })).toBe('{"a":1}');
    expect(resolveString('no refs', '/b', scope)).toBe('no refs');
    expect(scope.issues).toEqual([]);
  });

  it('interpolates text, null as empty and objects as JSON, and passes each value through encode', () => {
    const scope = scopeOf();
    expect(resolveString('n={{input.n}};o={{input.o}};z={{input.z}}', '/b', scope)).toBe('n=5;o={"a":1};z=');
    const seen: string[] = [];
    const encoded = resolveString('a{{input.items.0}}b{{steps.charge.body.id}}', '/b', scope, {
      encode: (value, soFar, ref) => {
        seen.push(`${soFar}|${ref.root}`);
        return value.toUpperCase();
      },
    });
    expect([encoded, seen]).toEqual(['aXbCH_1', ['a|input', 'aXb|steps']]);
    expect(resolveString('{{input.n}}', '/b', scope, { encode: (value) => `<${value}>` })).toBe('<5>');
  });

  it('never resolves data again: a value holding {{secrets.K}} is sent as written', () => {
    expect(resolveString('{{input.s}}', '/b', scopeOf())).toBe('{{secrets.K}}');
    expect(resolveString('x{{input.s}}', '/b', scopeOf())).toBe('x{{secrets.K}}');
  });

  it('reads array items by index or numeric name, and only own properties', () => {
    const scope = scopeOf();
    expect(resolveString('{{input.items[1]}}{{input.items.1}}', '/b', scope)).toBe('yy');
    expect(resolveString('{{input.toString}}', '/b', scope)).toBe('');
    expect(resolveString('{{input.items.map}}', '/b', scope)).toBe('');
    expect(scope.issues.map((issue) => issue.message)).toEqual([
      '{{input.toString}} does not resolve: input has no field "toString"',
      '{{input.items.map}} does not resolve: input.items has no field "map"',
    ]);
  });

  it('names where a path stops resolving, with the pointer', () => {
    const scope = scopeOf();
    expect(resolveString('{{input.o.a.b}}', '/body/x', scope)).toBe('');
    resolveString('{{input.items[5]}}{{input.u}}', '', scope);
    resolveString('{{foo.x}}', '/url', scope);
    expect(scope.issues).toEqual([
      { pointer: '/body/x', message: '{{input.o.a.b}} does not resolve: input.o.a has no field "b"' },
      { pointer: '/', message: '{{input.items[5]}} does not resolve: input.items has no item 5' },
      { pointer: '/', message: '{{input.u}} does not resolve: input has no field "u"' },
      {
        pointer: '/url',
        message: '{{foo.x}} refers to "foo", which is not available here (known: secrets, input, steps)',
      },
    ]);
  });

  it('with missing: omit, drops absent input silently but still reports an absent step field', () => {
    const scope = scopeOf({ missing: 'omit' });
    expect(resolveString('{{input.gone}}', '/b', scope)).toBeUndefined();
    expect(resolveString('a{{input.gone}}b', '/b', scope)).toBe('ab');
    expect(scope.issues).toEqual([]);
    expect(resolveString('{{steps.charge.body.gone}}', '/b', scope)).toBeUndefined();
    expect(scope.issues).toHaveLength(1);
  });

  it('reports syntax errors with the pointer and goes on', () => {
    const scope = scopeOf();
    expect(resolveString('{{input.n}} {{oops', '/h', scope)).toBe('5 {{oops');
    expect(scope.issues).toEqual([
      { pointer: '/h', message: 'has "{{" without a closing "}}" (write \\{{ for a literal {{)' },
    ]);
  });
});

describe('secrets while resolving', () => {
  it('records a secret value for redaction, but not a placeholder, and skips an unfetched secret', () => {
    const scope = scopeOf();
    expect(resolveString('{{secrets.P}}', '/b', scope)).toBe('<P>');
    expect(scope.secrets.size).toBe(0);
    expect(resolveString('Bearer {{secrets.K}}{{secrets.NONE}}', '/b', scope)).toBe('Bearer sk_resolve');
    expect(scope.secrets.redact('x sk_resolve')).toBe('x ***');
    expect(scope.issues).toEqual([]);
  });

  it('requires a secret reference to name exactly one secret', () => {
    const scope = scopeOf();
    resolveString('{{secrets.K.x}}', '/a', scope);
    resolveString('{{secrets[0]}}', '/a', scope);
    resolveString('{{secrets}}', '/a', scope);
    expect(scope.issues.map((issue) => issue.message)).toEqual([
      '{{secrets.K.x}} must name one secret, like {{secrets.API_KEY}}',
      '{{secrets[0]}} must name one secret, like {{secrets.API_KEY}}',
      '{{secrets}} must name one secret, like {{secrets.API_KEY}}',
    ]);
  });

  it('collects each secret name once, with the pointer of its first use', () => {
    const names = collectSecretNames(
      { a: ['{{secrets.A}}', { 'b/c': 'x {{secrets.B}} {{secrets.A}}' }], d: 'plain', e: 1, f: null },
      '',
    );
    expect([...names]).toEqual([
      ['A', '/a/0'],
      ['B', '/a/1/b~1c'],
    ]);
  });
});

describe('resolveDeep and toText', () => {
  it('resolves strings at any depth, keeps keys and other values, and drops keys whose value is omitted', () => {
    const bytes = new Uint8Array([1]);
    const scope = scopeOf({ missing: 'omit' });
    expect(
      resolveDeep(
        { '{{k}}': '{{input.n}}', l: ['{{input.items.0}}', 2, null, true], g: '{{input.gone}}', b: bytes },
        '',
        scope,
      ),
    ).toEqual({ '{{k}}': 5, l: ['x', 2, null, true], b: bytes });
    expect(resolveDeep(7, '', scope)).toBe(7);
  });

  it('writes text, empty for null and undefined, JSON for objects and String() for the rest', () => {
    expect([toText('a'), toText(null), toText(undefined), toText([1]), toText(2), toText(false)]).toEqual([
      'a',
      '',
      '',
      '[1]',
      '2',
      'false',
    ]);
  });
});
