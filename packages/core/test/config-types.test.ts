/**
 * Type tests (checked by `tsc` in `pnpm typecheck`, which `pnpm test` runs) and the schema ↔ types agreement.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CustomApiNodeConfig,
  customApiNodeConfigSchema,
  type HttpMethod,
  type PreparedRequest,
  prepareRequest,
} from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('CustomApiNodeConfig type', () => {
  it('accepts the product docs shape', () => {
    const config: CustomApiNodeConfig = {
      url: 'https://api.stripe.com/v1/payment_intents',
      method: 'POST',
      headers: { Authorization: 'Bearer {{secrets.STRIPE_SECRET_KEY}}' },
      body: { amount: 2000 },
    };
    expectTypeOf(config.method).toEqualTypeOf<HttpMethod | undefined>();
    expectTypeOf(prepareRequest).returns.resolves.toEqualTypeOf<PreparedRequest>();
  });

  it('rejects misspelt fields and wrong values at compile time', () => {
    // @ts-expect-error `metod` is not a field.
    const misspelt: CustomApiNodeConfig = { url: 'https://a.example', metod: 'GET' };
    // @ts-expect-error FETCH is not a method.
    const badMethod: CustomApiNodeConfig = { url: 'https://a.example', method: 'FETCH' };
    // @ts-expect-error bearer auth needs a token.
    const badAuth: CustomApiNodeConfig = { url: 'https://a.example', auth: { type: 'bearer' } };
    expect([misspelt, badMethod, badAuth]).toHaveLength(3);
  });

  it('is generated from the published schema, which is the file the package exports', () => {
    const file = JSON.parse(readFileSync(join(here, '../schema/custom-api-node.schema.json'), 'utf8'));
    expect(customApiNodeConfigSchema).toEqual(file);
    const generated = readFileSync(join(here, '../src/generated/config-types.ts'), 'utf8');
    expect(generated.split('\n')[0]).toBe(
      '// Generated from packages/core/schema/custom-api-node.schema.json by `pnpm codegen --write`. Do not edit.',
    );
    // Every top-level schema property is a field of the type (the codegen check keeps the file fresh).
    for (const name of Object.keys(file.properties)) {
      const escaped = name.replace(/[$]/g, '\\$');
      expect(generated).toMatch(new RegExp(`^  ${escaped}\\??:`, 'm'));
    }
  });
});
