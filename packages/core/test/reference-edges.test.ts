/**
 * The edges of reference parsing and resolution: text after a reference's root that is not a path, multi-digit
 * indices, the messages for an index or a field that is missing (arrays read by numeric names too), values that are
 * not objects on the way (a string's `length`, `null`), and what resolveDeep leaves as it is.
 */
import { describe, expect, it } from 'vitest';
import { parseReferencePath, parseTemplate } from '../src/references/parse-template.js';
import { type ResolveScope, resolveDeep, resolveString, toText } from '../src/references/resolve.js';
import { SecretSet } from '../src/secrets/secret-set.js';

function scopeOf(fields: Partial<ResolveScope> = {}): ResolveScope {
  return {
    context: { input: { items: ['x', 'y'], name: 'Ada', z: null, o: { a: 1 } } },
    secretValues: new Map(),
    placeholders: new Set(),
    secrets: new SecretSet(),
    issues: [],
    ...fields,
  };
}

/** The messages of the issues that resolving `text` records. */
function issuesOf(text: string): string[] {
  const scope = scopeOf();
  resolveString(text, '/b', scope);
  return scope.issues.map((issue) => issue.message);
}

describe('reference paths', () => {
  it('reads indices and numeric names of more than one digit', () => {
    expect(parseReferencePath('input.a.12')).toEqual({ root: 'input', path: ['a', '12'] });
    expect(parseReferencePath('input.a[12]')).toEqual({ root: 'input', path: ['a', 12] });
    expect(parseReferencePath('input["a"][0]')).toEqual({ root: 'input', path: ['a', 0] });
  });

  it('is not a reference when a path part does not start right where the last one ended', () => {
    for (const expression of [
      'input@xx.h[0]',
      'input@xxxx.h["a"]',
      "input@xxxx.h['a']",
      'input.@.1',
      'input.a.1x',
    ])
      expect(parseReferencePath(expression), expression).toBeUndefined();
  });

  it('reads an empty quoted key, in either quotes', () => {
    expect(parseReferencePath('input[""]')).toEqual({ root: 'input', path: [''] });
    expect(parseReferencePath("input['']")).toEqual({ root: 'input', path: [''] });
  });

  it('hands out parse results that cannot be changed (they are shared between calls)', () => {
    const parsed = parseTemplate('a {{input.items[0]}} b');
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.parts)).toBe(true);
    const ref = parsed.parts[1];
    expect(ref?.kind === 'ref' && Object.isFrozen(ref.ref.path)).toBe(true);
    expect(parseTemplate('a {{input.items[0]}} b')).toBe(parsed);
  });
});

describe('messages for what does not resolve', () => {
  it('writes an index as [n] in the path it names', () => {
    expect(issuesOf('{{input.items[1].name}}')).toEqual([
      '{{input.items[1].name}} does not resolve: input.items[1] has no field "name"',
    ]);
  });

  it('calls a numeric name in an array an item, and any other name a field', () => {
    expect(issuesOf('{{input.items.12}}')).toEqual([
      '{{input.items.12}} does not resolve: input.items has no item 12',
    ]);
    expect(issuesOf('{{input.items.x5}}')).toEqual([
      '{{input.items.x5}} does not resolve: input.items has no field "x5"',
    ]);
    expect(issuesOf('{{input.items["5x"]}}')).toEqual([
      '{{input.items["5x"]}} does not resolve: input.items has no field "5x"',
    ]);
    expect(issuesOf('{{input.o.0}}')).toEqual(['{{input.o.0}} does not resolve: input.o has no field "0"']);
  });

  it('reads no property of a string and nothing through null', () => {
    expect(issuesOf('{{input.name.length}}')).toEqual([
      '{{input.name.length}} does not resolve: input.name has no field "length"',
    ]);
    expect(issuesOf('{{input.z.a}}')).toEqual(['{{input.z.a}} does not resolve: input.z has no field "a"']);
  });
});

describe('resolving values', () => {
  it('writes a BigInt as its digits inside text', () => {
    expect(toText(12n)).toBe('12');
    expect(toText(Number.NaN)).toBe('NaN');
  });

  it('keeps a reference among other parts as text, and a whole-value one typed', () => {
    const scope = scopeOf();
    expect(resolveString('{{input.o}}x', '/b', scope)).toBe('{"a":1}x');
    expect(resolveString('{{input.o}}{{input.name}}', '/b', scope)).toBe('{"a":1}Ada');
    expect(resolveString('{{input.o}}', '/b', scope)).toEqual({ a: 1 });
  });

  it('leaves null, numbers, booleans and bytes as they are', () => {
    const bytes = new Uint8Array([1, 2]);
    expect(resolveDeep(bytes, '/body', scopeOf())).toBe(bytes);
    expect(resolveDeep(null, '/body', scopeOf())).toBeNull();
    expect(resolveDeep(7, '/body', scopeOf())).toBe(7);
    expect(resolveDeep(false, '/body', scopeOf())).toBe(false);
    expect(resolveDeep({ a: [null, 1, bytes] }, '/body', scopeOf())).toEqual({ a: [null, 1, bytes] });
  });

  it('drops a key whose optional input is absent, rather than keeping it as undefined', () => {
    const out = resolveDeep({ a: '{{input.gone}}', b: 'x' }, '/body', scopeOf({ missing: 'omit' }));
    expect(Object.keys(out as object)).toEqual(['b']);
  });
});
