/**
 * Template analysis on its own: which names and helpers a template may use, what each leaf becomes, and where a
 * problem is reported (JSON pointer for a leaf, line:column for a .hbs body).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTemplate, type TemplateSource } from '../src/analyze-template.js';

const inputSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    count: { type: 'integer' },
    address: { type: 'object', properties: { city: { type: 'string' } } },
    tags: { type: 'array', items: { type: 'object', properties: { label: { type: 'string' } } } },
    words: { type: 'array', items: { type: 'string' } },
    extra: { type: 'object', additionalProperties: { type: 'object', properties: { v: {} } } },
    free: { type: 'object', additionalProperties: true },
    anything: {},
    shipping: { $ref: '#/$defs/place' },
    either: { oneOf: [{ properties: { a: {} } }, { $ref: '#/$defs/place' }] },
  },
  $defs: { place: { type: 'object', properties: { zip: { type: 'string' } } } },
};

const leafSource: TemplateSource = { file: 'op.operation.json', pointer: '/body/text', inputSchema };
const hbsSource: TemplateSource = { file: 'body.hbs', inputSchema };

/** The messages of the issues a leaf template has. */
const problems = (text: string) => analyzeTemplate(text, leafSource).issues.map((issue) => issue.message);

describe('names in templates', () => {
  it('accepts paths through properties, $ref, oneOf branches and additionalProperties', () => {
    for (const text of [
      '{{name}}',
      '{{address.city}}',
      '{{shipping.zip}}',
      '{{either.a}}',
      '{{either.zip}}',
      '{{extra.anyKey.v}}',
      '{{free.anything.at.all}}',
      '{{anything.goes}}',
      '{{#each tags}}{{label}}{{@index}}{{@first}}{{@last}}{{@key}}{{@root.name}}{{../name}}{{/each}}',
      '{{#each words}}{{this}}{{/each}}',
      '{{#with address}}{{city}}{{/with}}',
      '{{#if count}}{{name}}{{else}}{{address.city}}{{/if}}',
      '{{#unless name}}none{{/unless}}',
      '{{! a comment }}plain',
    ])
      expect(problems(text), text).toEqual([]);
  });

  it('names the missing property and where it was looked for', () => {
    expect(problems('{{nmae}}')).toEqual(['nmae: the input schema has no property "nmae"']);
    expect(problems('{{address.zip}}')).toEqual(['address.zip: address has no property "zip"']);
    expect(problems('{{name.length}}')).toEqual(['name.length: name has no property "length"']);
    expect(problems('{{shipping.city}}')).toEqual(['shipping.city: shipping has no property "city"']);
    expect(problems('{{extra.k.w}}')).toEqual(['extra.k.w: extra.k has no property "w"']);
    expect(problems('{{#each tags}}{{lable}}{{/each}}')).toEqual([
      'lable: the current item has no property "lable"',
    ]);
    expect(problems('{{#with address}}{{zip}}{{/with}}')).toEqual([
      'zip: the current item has no property "zip"',
    ]);
  });

  it('checks an else branch against the outer context, not the block subject', () => {
    expect(problems('{{#each tags}}{{label}}{{else}}{{label}}{{/each}}')).toEqual([
      'label: the input schema has no property "label"',
    ]);
  });

  it('refuses unknown data variables and paths above the input', () => {
    expect(problems('{{@foo}}')).toEqual(['@foo is not a known data variable']);
    expect(problems('{{../name}}')).toEqual(['../name goes above the input']);
    expect(problems('{{#each tags}}{{../../name}}{{/each}}')).toEqual(['../../name goes above the input']);
  });
});

describe('helpers in templates', () => {
  it('accepts allowlisted helpers, nested calls and block helpers with one argument', () => {
    for (const text of [
      '{{default name "x"}}',
      '{{join words ", "}}',
      '{{json (omit address "city")}}',
      '{{#if (eq name "x")}}yes{{/if}}',
      '{{#with (default address address)}}{{anything}}{{/with}}',
      '{{#each (default words words)}}{{this.anything}}{{/each}}',
    ])
      expect(problems(text), text).toEqual([]);
  });

  it('refuses unknown helpers, name=value arguments and a helper without arguments', () => {
    expect(problems('{{upper name}}')).toEqual([
      'unknown helper "upper" (allowed: default, json, join, base64, formatDate, omit, eq)',
    ]);
    expect(problems('{{json (upper name)}}')).toEqual([
      'unknown helper "upper" (allowed: default, json, join, base64, formatDate, omit, eq)',
    ]);
    expect(problems('{{join words sep=","}}')).toEqual(['join takes no name=value arguments']);
    expect(problems('{{json}}')).toEqual(['json is a helper: call it with arguments, e.g. {{json value}}']);
    expect(problems('{{json nmae}}')).toEqual(['nmae: the input schema has no property "nmae"']);
  });

  it('refuses unknown block helpers, blocks without exactly one argument, literals alone and partials', () => {
    expect(problems('{{#loop tags}}x{{/loop}}')).toEqual([
      'unknown block helper "#loop" (allowed: #if, #unless, #each, #with)',
    ]);
    expect(problems('{{#if name count}}x{{/if}}')).toEqual(['#if takes exactly one argument']);
    expect(problems('{{#if}}x{{/if}}')).toEqual(['#if takes exactly one argument']);
    expect(problems('{{"text"}}')).toEqual(['a literal cannot stand alone in {{…}}; write it as text']);
    expect(problems('{{> header}}')).toEqual(['partials are not supported in connector templates']);
    expect(problems('{{{{raw}}}}x{{{{/raw}}}}')).toEqual([
      'unknown block helper "#raw" (allowed: #if, #unless, #each, #with)',
    ]);
  });
});

describe('what a leaf becomes', () => {
  it('keeps text without {{ as a literal', () => {
    expect(analyzeTemplate('Hello }} there', leafSource)).toEqual({
      leaf: { kind: 'literal', value: 'Hello }} there' },
      issues: [],
    });
  });

  it('turns a single expression into a typed expression with the inputs it reads', () => {
    expect(analyzeTemplate('{{address.city}}', leafSource).leaf).toEqual({
      kind: 'expr',
      expr: { path: ['address', 'city'] },
      refs: [['address', 'city']],
    });
    expect(analyzeTemplate('{{default count 1 "a" true null (json name)}}', leafSource).leaf).toEqual({
      kind: 'expr',
      expr: {
        helper: 'default',
        params: [
          { path: ['count'] },
          { literal: 1 },
          { literal: 'a' },
          { literal: true },
          { literal: null },
          { helper: 'json', params: [{ path: ['name'] }] },
        ],
      },
      refs: [['count'], ['name']],
    });
  });

  it('precompiles anything else, listing each root input once in order of first use', () => {
    const analyzed = analyzeTemplate(
      '{{name}} x{{count}} {{name}} {{#each tags}}{{label}}{{/each}}',
      leafSource,
    );
    expect(analyzed.issues).toEqual([]);
    expect(analyzed.leaf?.kind).toBe('text');
    expect((analyzed.leaf as { refs: string[][] }).refs).toEqual([['name'], ['count'], ['tags']]);
    expect((analyzed.leaf as { precompiled: string }).precompiled).toContain('"compiler"');
  });
});

describe('where problems are reported', () => {
  it('gives a leaf problem the file and JSON pointer', () => {
    expect(analyzeTemplate('{{nmae}}', leafSource).issues).toEqual([
      {
        file: 'op.operation.json',
        pointer: '/body/text',
        message: 'nmae: the input schema has no property "nmae"',
      },
    ]);
    expect(analyzeTemplate('{{#if name}}', leafSource).issues).toEqual([
      {
        file: 'op.operation.json',
        pointer: '/body/text',
        message: expect.stringMatching(/^template does not parse: Parse error on line 1:$/),
      },
    ]);
  });

  it('gives a .hbs problem its line and column, shifted by the line offset', () => {
    expect(analyzeTemplate('# Note\n\n  {{titel}}\n', hbsSource, 10).issues).toEqual([
      { file: 'body.hbs', line: 13, column: 5, message: 'titel: the input schema has no property "titel"' },
    ]);
    const unparsable = analyzeTemplate('a\nb\n{{#if name}}', hbsSource, 2).issues;
    expect(unparsable).toEqual([
      { file: 'body.hbs', line: 5, column: 1, message: expect.stringMatching(/^template does not parse: /) },
    ]);
  });
});
