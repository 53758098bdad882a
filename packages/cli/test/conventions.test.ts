/**
 * Issue 11, items 5, 6, 7 and 15: the conventions a command-line tool keeps — help, version, exit codes, stdin,
 * pipes, colour, a secrets file that Node does not intercept, clear errors for broken input.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { bin, CANARY, cleanEnv, convoflow, postStep, root, scratch } from './support/convoflow.js';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(request.body.length > 0 ? request.body : '{}');
  });
});
afterAll(() => server.close());

describe('help and version (item 6)', () => {
  it('prints the help and exits 0 when run bare', async () => {
    const { code, stdout } = await convoflow([]);
    expect(code).toBe(0);
    expect(stdout).toContain('Commands:');
  });

  it('prints the package version with --version and -v', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-v']) expect((await convoflow([flag])).stdout).toBe(`${version}\n`);
  });

  it('prints one command’s help for `help run` and for `call --help`', async () => {
    const help = await convoflow(['help', 'run']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--run-id ID');
    const call = await convoflow(['call', '--help']);
    expect(call.code).toBe(0);
    expect(call.stdout).toContain('--base-url URL');
    expect(call.stdout).not.toContain('--run-id');
  });

  it('refuses unknown flags and extra positionals (exit 2)', async () => {
    const unknown = await convoflow(['connectors', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
    const extra = await convoflow(['describe', 'stripe.createCustomer', 'extra']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('unexpected argument "extra"');
  });
});

describe('pipes and stdin (items 5 and 7)', () => {
  it('ends quietly when the reader closes the pipe early (`connectors | head -1`)', async () => {
    const { stderr, code } = await new Promise<{ stderr: string; code: number | null }>((resolve) => {
      const child = spawn('sh', ['-c', `"${process.execPath}" "${bin}" connectors | head -c 1 >/dev/null`], {
        env: cleanEnv,
      });
      let text = '';
      child.stderr.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.on('close', (exit) => resolve({ stderr: text, code: exit }));
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('reads the input from stdin with --input - and --input @-', async () => {
    for (const flag of ['-', '@-']) {
      const { code, stdout } = await convoflow(
        ['call', 'stripe.createCustomer', '--input', flag, '--dry-run', '--json'],
        { stdin: '{"email":"ada@example.com"}' },
      );
      expect(code).toBe(0);
      expect(JSON.parse(stdout).body).toBe('email=ada%40example.com');
    }
  });
});

describe('errors and exit codes (item 15)', () => {
  it('reads secrets from --secrets-file, and a missing one is our error (exit 2), not Node’s', async () => {
    const missing = await convoflow(['run', scratch('w.json', { steps: [] }), '--secrets-file', 'nope.env']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the secrets file nope.env');
    const file = scratch('.secrets', `LOCAL_TOKEN=${CANARY}\n`);
    const config = scratch('node.json', {
      ...postStep(server.origin, 'a').config,
      headers: { 'X-Token': '{{secrets.LOCAL_TOKEN}}' },
    });
    const before = server.requests.length;
    const sent = await convoflow([
      'request',
      config,
      '--secrets-file',
      file,
      '--allow-secret',
      'LOCAL_TOKEN',
    ]);
    expect(sent.code).toBe(0);
    expect(server.requests.length - before).toBe(1);
    expect(server.requests.at(-1)?.headers['x-token']).toBe(CANARY);
    expect(sent.stdout).not.toContain(CANARY);
  });

  it('exits 2 for a missing secret in call and in run alike', async () => {
    const call = await convoflow(['call', 'stripe.createCustomer', '--input', '{}']);
    const run = await convoflow([
      'run',
      scratch('w.json', {
        steps: [{ type: 'connector', id: 'c', operation: 'stripe.createCustomer', input: {} }],
      }),
    ]);
    expect([call.code, run.code]).toEqual([2, 2]);
  });

  it('gives the line and column of a trailing comma, and never a snippet of the file', async () => {
    const file = scratch('w.json', `{\n  "steps": [],\n  "token": "${CANARY}",\n}`);
    const { code, stderr } = await convoflow(['run', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('is not valid JSON at line 4, column 1');
    expect(stderr).not.toContain(CANARY);
    const inline = await convoflow(['call', 'stripe.createCustomer', '--input', `{"name":"${CANARY}" x}`]);
    expect(inline.stderr).toContain('--input is not valid JSON at line 1, column');
    expect(inline.stderr).not.toContain(CANARY);
  });

  it('refuses a null config as a config problem (exit 2), not an internal error', async () => {
    const { code, stderr } = await convoflow(['request', scratch('null.json', 'null')]);
    expect(code).toBe(2);
    expect(stderr).toContain('is not a Custom API node config');
  });
});

describe('colour (item 15)', () => {
  async function colouredOutput(env: Record<string, string | undefined>): Promise<string> {
    let text = '';
    const stream = { isTTY: true, write: (chunk: string) => (text += chunk) };
    await main(['connectors'], { stdout: stream, stderr: stream, env, cwd: root });
    return text;
  }

  it('colours a TTY unless NO_COLOR has a non-empty value (no-color.org)', async () => {
    expect(await colouredOutput({})).toContain('\u001b[');
    expect(await colouredOutput({ NO_COLOR: '' })).toContain('\u001b[');
    expect(await colouredOutput({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });
});
