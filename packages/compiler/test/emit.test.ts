import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stripAnnotations } from '../src/emit-validator.js';
import { emitTypes, emitValidator, generatedBanner } from '../src/index.js';

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['amount'],
  properties: {
    amount: { type: 'integer', minimum: 1, description: 'Amount in the smallest currency unit.' },
    description: { type: 'string', minLength: 1, description: 'A field named like an annotation keyword.' },
  },
};

describe('emitTypes', () => {
  it('writes strict types with JSDoc and no extra properties', async () => {
    const source = await emitTypes(schema, {
      typeName: 'ChargeInput',
      banner: generatedBanner('charge.schema.json'),
    });
    expect(source).toContain('export interface ChargeInput {');
    expect(source).toContain('Amount in the smallest currency unit.');
    expect(source).toMatch(/amount: number;/);
    expect(source).not.toContain('[k: string]');
    expect(
      source.startsWith('// Generated from charge.schema.json by `pnpm codegen --write`. Do not edit.'),
    ).toBe(true);
  });

  it('is byte-identical on rerun', async () => {
    const options = { typeName: 'ChargeInput', banner: '// banner' };
    expect(await emitTypes(schema, options)).toBe(await emitTypes(schema, options));
  });
});

describe('emitValidator', () => {
  it('strips annotations but keeps properties named like annotations', () => {
    expect(stripAnnotations(schema)).toEqual({
      type: 'object',
      required: ['amount'],
      properties: { amount: { type: 'integer', minimum: 1 }, description: { type: 'string', minLength: 1 } },
    });
  });

  it('writes an ES module with imports instead of require, that validates', async () => {
    const source = emitValidator(schema, { banner: '// banner', exportName: 'validateCharge' });
    expect(source).not.toMatch(/require\(/);
    expect(source).toContain("import ajvRuntime_ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';");
    expect(emitValidator(schema, { banner: '// banner' })).toBe(
      emitValidator(schema, { banner: '// banner' }),
    );
    // Load it as an ES module, compiled the way a bundler would (types dropped).
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const dir = mkdtempSync(join(tmpdir(), 'convoflow-validator-'));
    const file = join(dir, 'validator.mjs');
    writeFileSync(
      file,
      js.replace(
        "'ajv/dist/runtime/ucs2length.js'",
        `'${import.meta.resolve('ajv/dist/runtime/ucs2length.js')}'`,
      ),
    );
    const { validateCharge } = (await import(pathToFileURL(file).href)) as {
      validateCharge: ((data: unknown) => boolean) & {
        errors?: Array<{ instancePath: string; keyword: string }>;
      };
    };
    expect(validateCharge({ amount: 5, description: 'ok' })).toBe(true);
    expect(validateCharge({ amount: 0, description: '' })).toBe(false);
    expect(validateCharge.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ['/amount', 'minimum'],
      ['/description', 'minLength'],
    ]);
  });
});
