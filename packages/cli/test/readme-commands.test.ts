/**
 * Issue 11, item 16: the commands the READMEs show work when pasted into a shell. Every `convoflow` line of their
 * code blocks that sends nothing (dry runs, curl, describe, connectors, help) is run as written through `sh`, with
 * `convoflow` meaning the built binary; every `--input` is quoted for the shell or names a file or stdin.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cleanEnv, root } from './support/convoflow.js';

function commandLines(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const blocks = [...text.matchAll(/```(?:sh|text)\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) =>
      line
        .replace(/^\$ /, '')
        .replace(/\s+#.*$/, '')
        .trim(),
    )
    .filter((line) => /^(npx )?convoflow /.test(line));
}

const READMES = ['README.md', 'packages/cli/README.md'];
const sendsNothing = (line: string) =>
  /--dry-run|--curl|convoflow (describe|connectors|help)\b|--version/.test(line);

describe('README commands', () => {
  for (const file of READMES) {
    it(`quotes every --input of ${file} for the shell`, () => {
      const lines = commandLines(file).filter((line) => line.includes('--input'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/--input ('|@|-\s|-$)/);
    });

    it(`runs the commands of ${file} that send nothing, as written (exit 0)`, () => {
      const lines = commandLines(file).filter(sendsNothing);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        const script = line.replace(/^(npx )?convoflow /, `"${process.execPath}" "${bin}" `);
        const result = spawnSync('sh', ['-c', script], {
          cwd: root,
          env: { ...cleanEnv, NO_COLOR: '1' },
          encoding: 'utf8',
        });
        expect({ line, code: result.status }).toEqual({ line, code: 0 });
      }
    });
  }
});
