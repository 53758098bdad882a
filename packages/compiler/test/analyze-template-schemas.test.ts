/**
 * Template analysis at the edges of JSON Schema and Handlebars: $refs that lead nowhere, open and typed schemas,
 * tuple items, contexts inside blocks, and where an error far down a .hbs body is reported.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTemplate, type TemplateSource } from '../src/analyze-template.js';

const inputSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    address: { type: 'object', properties: { city: { type: 'string' } } },
    tags: { type: 'array', items: { type: 'object', properties: { label: {} } } },
    external: { $ref: 'other.json#/x', properties: { a: {} } },
    dangling: { $ref: '#/$defs/none/deeper' },
    open: { properties: { a: {} }, additionalProperties: true },
    mixed: { type: ['string', 'object'] },
    bare: { type: 'object' },
    list: { type: 'array' },
    tuple: { type: 'array', items: [{ type: 'string' }] },
    loose: { type: 'array', items: true },
    free: { additionalProperties: true },
  },
};
const source: TemplateSource = { file: 'op.operation.json', pointer: '/body/x', inputSchema };
const problems = (text: string) => analyzeTemplate(text, source).issues.map((issue) => issue.message);
const refs = (text: string) => (analyzeTemplate(text, source).leaf as { refs: string[][] }).refs;

describe('schemas a path walks through', () => {
  it('follows only local $refs, and reads a $ref to nothing as an open schema', () => {
    expect(problems('{{external.a}}')).toEqual([]);
    expect(problems('{{external.b}}')).toEqual(['external.b: external has no property "b"']);
    expect(problems('{{dangling.anything}}')).toEqual([]);
  });

  it('allows any name where additionalProperties is true, even next to declared properties', () => {
    expect(problems('{{open.zzz}} {{free.a.b}}')).toEqual([]);
  });

  it('treats a schema that may be an object or an array, or has no properties listed, as open', () => {
    expect(problems('{{mixed.x}} {{bare.x}} {{list.x}}')).toEqual([]);
    expect(problems('{{name.x}}')).toEqual(['name.x: name has no property "x"']);
  });

  it('knows the item schema only of a single items schema', () => {
    expect(problems('{{#each tuple}}{{anything}}{{/each}}{{#each loose}}{{x}}{{/each}}')).toEqual([]);
    expect(problems('{{#each free.x}}{{y}}{{/each}}')).toEqual([]);
  });
});

describe('contexts inside blocks', () => {
  it('checks ../ paths against the outer context and counts them as root inputs', () => {
    expect(problems('{{#each tags}}{{../nmae}}{{/each}}')).toEqual([
      '../nmae: the input schema has no property "nmae"',
    ]);
    expect(refs('{{#each tags}}{{../name}}{{label}}{{/each}}')).toEqual([['tags'], ['name']]);
  });

  it('keeps the outer context inside #if and #unless, with a path or a call as subject', () => {
    expect(problems('{{#if address}}{{city}}{{/if}}')).toEqual([
      'city: the input schema has no property "city"',
    ]);
    expect(problems('{{#unless (eq name "x")}}{{nmae}}{{/unless}}')).toEqual([
      'nmae: the input schema has no property "nmae"',
    ]);
  });

  it('opens an unknown context inside #each and #with over a call', () => {
    expect(
      problems(
        '{{#each (default tags tags)}}{{zzz}}{{/each}}{{#with (default address address)}}{{zzz}}{{/with}}',
      ),
    ).toEqual([]);
  });

  it('checks an inverted block, which has only an else part', () => {
    expect(problems('{{^if name}}{{nmae}}{{/if}}')).toEqual([
      'nmae: the input schema has no property "nmae"',
    ]);
    expect(problems('{{^if name}}none{{/if}}')).toEqual([]);
  });
});

describe('calls and leaves', () => {
  it('treats name=value arguments alone as a call, and a call without arguments inside another as a call', () => {
    expect(problems('{{json x=1}}')).toEqual(['json takes no name=value arguments']);
    expect(problems('{{default (json) name}}')).toEqual([]);
  });

  it('lists each distinct root path once, even when the joined names would collide', () => {
    expect(refs('{{free.ab.c}} {{free.a.bc}} {{this}} {{free.ab.c}}')).toEqual([
      ['free', 'ab', 'c'],
      ['free', 'a', 'bc'],
    ]);
  });

  it('precompiles a single block, and writes undefined as a null literal', () => {
    expect(analyzeTemplate('{{#if name}}x{{/if}}', source).leaf?.kind).toBe('text');
    expect(analyzeTemplate('{{default name undefined}}', source).leaf).toEqual({
      kind: 'expr',
      expr: { helper: 'default', params: [{ path: ['name'] }, { literal: null }] },
      refs: [['name']],
    });
  });

  it('names other unsupported statements by their type', () => {
    expect(problems('{{#> layout}}x{{/layout}}')).toEqual([
      'PartialBlockStatement are not supported in connector templates',
    ]);
  });
});

describe('parse errors in .hbs bodies', () => {
  const hbs: TemplateSource = { file: 'body.hbs', inputSchema };

  it('reports the line Handlebars names, however many digits it has', () => {
    const issues = analyzeTemplate(`${'\n'.repeat(11)}{{#if name}}`, hbs, 3).issues;
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([[15, 1]]);
  });

  it('falls back to the first line when the message names none', () => {
    expect(analyzeTemplate('{{#if name}}a{{/each}}', hbs, 2).issues).toEqual([
      {
        file: 'body.hbs',
        line: 3,
        column: 1,
        message: "template does not parse: if doesn't match each - 1:3",
      },
    ]);
  });
});
