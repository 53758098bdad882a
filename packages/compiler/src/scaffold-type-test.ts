/**
 * The scaffold's type test. Each `@ts-expect-error` sits on its own line above a statement that biome may not
 * re-wrap (`biome-ignore format`): `pnpm format` moving the error to another line would make tsc report the
 * directive as unused (TS2578) instead of checking the type.
 */
export function typeTestFile(id: string): { path: string; contents: string } {
  return {
    path: `connectors/${id}/test/types.test.ts`,
    contents: [
      '/** Type tests, checked by `pnpm typecheck`; the same inputs are refused at run time by the validators. */',
      "import { InputError } from '@convoflow/core';",
      "import { expect, expectTypeOf, it } from 'vitest';",
      "import { connector, getItem, type GetItemInput } from '../generated/index.js';",
      '',
      "it('refuses a misspelt field and a wrong type, in the types and at run time', () => {",
      '  // biome-ignore format: the @ts-expect-error below must stay on the line above its error',
      '  // @ts-expect-error `idd` is not a field (id is)',
      "  expect(() => getItem({ idd: 'item_123' })).toThrow(InputError);",
      '  // biome-ignore format: the @ts-expect-error below must stay on the line above its error',
      '  // @ts-expect-error id is a string',
      '  expect(() => getItem({ id: 123 })).toThrow(InputError);',
      "  expectTypeOf<GetItemInput['expand']>().toEqualTypeOf<string[] | undefined>();",
      "  expectTypeOf(connector.preset).parameter(0).toEqualTypeOf<'getItem'>();",
      '});',
      '',
    ].join('\n'),
  };
}
