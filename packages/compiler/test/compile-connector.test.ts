import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileConnector } from '../src/index.js';
import { fixturesDir } from './support/compile-fixture.js';

/**
 * The greeter fixture compiles to exactly the files in test/fixtures/greeter/generated/ (reviewed, committed, and
 * typechecked in strict mode by `pnpm typecheck`). After an intended change: UPDATE_EXPECTED=1 pnpm vitest run.
 */
describe('compileConnector on the greeter fixture', () => {
  const compile = () => compileConnector(join(fixturesDir, 'greeter'), { root: fixturesDir });

  it('emits the expected generated files', async () => {
    const { files } = await compile();
    expect(files.map((file) => file.path)).toEqual([
      'greeter/generated/types.ts',
      'greeter/generated/validators.ts',
      'greeter/generated/templates.ts',
      'greeter/generated/connector.ts',
      'greeter/generated/index.ts',
    ]);
    for (const file of files) {
      const path = join(fixturesDir, file.path);
      if (process.env.UPDATE_EXPECTED) writeFileSync(path, file.contents);
      expect(existsSync(path), `${file.path} is committed`).toBe(true);
      expect(file.contents, file.path).toBe(readFileSync(path, 'utf8'));
    }
    expect(readdirSync(join(fixturesDir, 'greeter', 'generated')).sort()).toEqual([
      'connector.ts',
      'index.ts',
      'templates.ts',
      'types.ts',
      'validators.ts',
    ]);
  });

  it('is byte-identical on rerun and carries the banner, with no absolute paths or timestamps', async () => {
    const [first, second] = [await compile(), await compile()];
    expect(second.files).toEqual(first.files);
    for (const file of first.files) {
      expect(file.contents.split('\n')[0]).toBe(
        '// Generated from greeter by `pnpm codegen --write`. Do not edit.',
      );
      expect(file.contents).not.toContain(fixturesDir);
      expect(file.contents).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
    }
  });

  it('types inputs strictly: required fields, enums, no extra properties', async () => {
    const types = (await compile()).files[0]?.contents ?? '';
    expect(types).toContain('export interface SendGreetingInput {');
    expect(types).toMatch(/ {2}person: string;/);
    expect(types).toMatch(/ {2}mode\?: 'polite' \| 'casual';/);
    expect(types).toContain('Who is greeted (goes into the path).');
    expect(types).toContain(
      'export interface GreeterOperationInputs {\n  postNote: PostNoteInput;\n  sendGreeting: SendGreetingInput;\n}',
    );
  });

  it('compiles whole-value leaves to typed expressions and the rest to precompiled templates', async () => {
    const connector = (await compile()).files[3]?.contents ?? '';
    expect(connector).toContain('["count", { expr: {"path":["count"]} }]');
    expect(connector).toContain(
      '["rest", { expr: {"helper":"omit","params":[{"path":[]},{"literal":"person"},{"literal":"trace"}]} }]',
    );
    expect(connector).toMatch(/\["text", \{ text: templates\.t\d+, refs: \[\["name"\]\] \}\]/);
    const templates = (await compile()).files[2]?.contents ?? '';
    expect(templates).toContain('textTemplate({"compiler":[8,">= 4.3.0"]');
    expect(templates).not.toMatch(/escapeExpression\(/);
  });
});
