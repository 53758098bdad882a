/**
 * The reference syntax, case by case: every path form, what is not a reference, and the backslash escapes at
 * their edges (a run of backslashes belongs to the `{{` it precedes, never to text already consumed).
 */
import { describe, expect, it } from 'vitest';
import { escapeReferences, parseTemplate } from '../src/index.js';
import { mayHoldReferences, parseReferencePath } from '../src/references/parse-template.js';

describe('reference paths', () => {
  it('reads dotted names, numeric segments, indices and quoted keys, trimming spaces', () => {
    expect(parseReferencePath(' steps.charge.body.id ')).toEqual({
      root: 'steps',
      path: ['charge', 'body', 'id'],
    });
    expect(parseReferencePath('input.items[10].name')).toEqual({
      root: 'input',
      path: ['items', 10, 'name'],
    });
    expect(parseReferencePath('input.a.0')).toEqual({ root: 'input', path: ['a', '0'] });
    expect(parseReferencePath('input["a.b"]["q\\"x"]')).toEqual({ root: 'input', path: ['a.b', 'q"x'] });
    expect(parseReferencePath("input['it\\'s']['']")).toEqual({ root: 'input', path: ["it's", ''] });
    expect(parseReferencePath('$ctx._x.a-b')).toEqual({ root: '$ctx', path: ['_x', 'a-b'] });
    expect(parseReferencePath('input')).toEqual({ root: 'input', path: [] });
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      '0input',
      'input.',
      'input..a',
      'input.-a',
      'input[x]',
      'input[]',
      'input a',
      'input["a]',
      'input.a!',
    ])
      expect(parseReferencePath(text), text).toBeUndefined();
  });
});

describe('templates', () => {
  it('splits text and references, keeping each reference as written', () => {
    expect(refs('a{{ input.x }}b{{secrets.K}}')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'ref', ref: { root: 'input', path: ['x'], source: '{{ input.x }}' } },
      { kind: 'text', text: 'b' },
      { kind: 'ref', ref: { root: 'secrets', path: ['K'], source: '{{secrets.K}}' } },
    ]);
    expect(refs('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
    expect(refs('')).toEqual([]);
  });

  it('halves a run of backslashes before {{, and makes the {{ literal when the run is odd', () => {
    expect(refs('\\{{input.a}}')).toEqual([{ kind: 'text', text: '{{input.a}}' }]);
    expect(refs('\\\\{{input.a}}')).toEqual([
      { kind: 'text', text: '\\' },
      { kind: 'ref', ref: { root: 'input', path: ['a'], source: '{{input.a}}' } },
    ]);
    expect(refs('\\\\\\{{input.a}}')).toEqual([{ kind: 'text', text: '\\{{input.a}}' }]);
    expect(refs('a\\b{{input.a}}')[0]).toEqual({ kind: 'text', text: 'a\\b' });
  });

  it('counts only the backslashes after the previous {{ or reference', () => {
    expect(refs('\\{{\\{{input.a}}')).toEqual([{ kind: 'text', text: '{{{{input.a}}' }]);
    expect(refs('{{input.a}}\\{{input.b}}')).toEqual([
      { kind: 'ref', ref: { root: 'input', path: ['a'], source: '{{input.a}}' } },
      { kind: 'text', text: '{{input.b}}' },
    ]);
  });

  it('reports an unclosed {{ and a {{…}} that is not a reference', () => {
    expect(parseTemplate('a {{input.x')).toEqual({
      parts: [{ kind: 'text', text: 'a {{input.x' }],
      errors: ['has "{{" without a closing "}}" (write \\{{ for a literal {{)'],
    });
    expect(parseTemplate('a {{ 1 + 1 }} b').errors).toEqual([
      '{{ 1 + 1 }} is not a reference like {{input.name}} or {{secrets.NAME}} (write \\{{ for a literal {{)',
    ]);
  });

  it('shares frozen results', () => {
    const parsed = parseTemplate('x{{input.frozen}}');
    expect(parseTemplate('x{{input.frozen}}')).toBe(parsed);
    expect([
      Object.isFrozen(parsed),
      Object.isFrozen(parsed.parts),
      Object.isFrozen(parsed.parts[1]),
    ]).toEqual([true, true, true]);
  });

  it('knows a string without {{ holds no reference', () => {
    expect([mayHoldReferences('a{b}'), mayHoldReferences('a{{b')]).toEqual([false, true]);
  });
});

describe('escapeReferences', () => {
  it('doubles each backslash run before {{ and adds one, so the text resolves to itself', () => {
    expect(escapeReferences('no braces \\ here')).toBe('no braces \\ here');
    expect(escapeReferences('{{a}} and {{b}}')).toBe('\\{{a}} and \\{{b}}');
    expect(escapeReferences('\\{{a}}')).toBe('\\\\\\{{a}}');
    for (const text of ['{{a}}', '\\{{a}}', '\\\\{{a}} {{b', 'x\\'])
      expect(refs(escapeReferences(text)), text).toEqual(text === '' ? [] : [{ kind: 'text', text }]);
  });
});

/** The parts of a template. */
function refs(text: string) {
  return parseTemplate(text).parts;
}
