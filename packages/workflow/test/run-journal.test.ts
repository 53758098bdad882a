import { appendFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { undiciTransport } from '@convoflow/core';
import { CANARIES, type CaptureServer, ECHO_ROUTES, findLeaks, startEchoServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileRunStore, hashWorkflow, type JournalEntry, runWorkflow, type Workflow } from '../src/index.js';

const transport = undiciTransport();
let server: CaptureServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(async () => {
  await server.close();
  await transport.close?.();
});

const stateDir = () => mkdtempSync(join(tmpdir(), 'convoflow-journal-'));
const post = (id: string, body: unknown = { a: 1 }) => ({
  id,
  type: 'customApi' as const,
  config: { url: `${server.origin}/capture`, method: 'POST' as const, body },
});
const twoSteps = (): Workflow =>
  ({ name: 'two', steps: [post('first'), post('second', { after: '{{steps.first.body.ok}}' })] }) as Workflow;
const lines = (dir: string, runId: string) =>
  readFileSync(join(dir, `${runId}.jsonl`), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as JournalEntry);

describe('the run journal', () => {
  it('records the run start, each step start and result, and the run end, in a file only its owner reads', async () => {
    const dir = stateDir();
    const result = await runWorkflow(twoSteps(), {
      transport,
      runId: 'r1',
      input: { n: 1 },
      journal: fileRunStore(dir),
    });
    expect(result.ok).toBe(true);
    expect(statSync(join(dir, 'r1.jsonl')).mode & 0o777).toBe(0o600);
    const entries = lines(dir, 'r1');
    expect(entries.map((entry) => entry.type)).toEqual([
      'run-start',
      'step-start',
      'step-end',
      'step-start',
      'step-end',
      'run-end',
    ]);
    expect(entries[0]).toMatchObject({
      runId: 'r1',
      workflowHash: hashWorkflow(twoSteps()),
      input: { n: 1 },
    });
    expect(entries[1]).toMatchObject({ key: '0', id: 'first', method: 'POST', idempotencyKey: false });
    expect(entries[2]).toMatchObject({ key: '0', view: { ok: true, status: 200, body: { ok: true } } });
    expect(entries[5]).toMatchObject({ ok: true });
  });

  it('never writes a secret value, even when the server echoes it in every form', async () => {
    const dir = stateDir();
    const steps = ECHO_ROUTES.filter((route) => !route.startsWith('redirect')).map((route) => ({
      id: route.replace('-', '_'),
      type: 'customApi',
      continueOnError: true,
      config: { url: `${server.origin}/${route}`, auth: { type: 'bearer', token: '{{secrets.KEY}}' } },
    }));
    for (const [index, canary] of CANARIES.entries()) {
      const runId = `canary${index}`;
      await runWorkflow({ steps } as Workflow, {
        transport,
        runId,
        secrets: { KEY: canary },
        journal: fileRunStore(dir),
      });
      const text = readFileSync(join(dir, `${runId}.jsonl`), 'utf8');
      expect(text).toContain('step-end');
      expect(findLeaks(text, canary)).toEqual([]);
    }
  });

  it('refuses a new run whose id already has a journal, before sending anything', async () => {
    const dir = stateDir();
    await runWorkflow(twoSteps(), { transport, runId: 'taken', journal: fileRunStore(dir) });
    const before = server.requests.length;
    const again = await runWorkflow(twoSteps(), { transport, runId: 'taken', journal: fileRunStore(dir) });
    expect(again.error?.kind).toBe('config');
    expect(again.error?.message).toContain('run taken already has a journal');
    expect(server.requests.length).toBe(before);
  });

  it('leaves out a last line torn by a crash, and a resume cuts it off before appending', async () => {
    const dir = stateDir();
    const store = fileRunStore(dir);
    const journal = await store.create('torn');
    await journal.append({ type: 'run-start', at: 'now', runId: 'torn', workflowHash: 'h', input: {} });
    await journal.close();
    appendFileSync(join(dir, 'torn.jsonl'), '{"type":"step-st');
    expect((await store.read('torn'))?.map((entry) => entry.type)).toEqual(['run-start']);
    const reopened = await store.reopen('torn');
    await reopened.append({ type: 'run-resume', at: 'later' });
    await reopened.close();
    expect(lines(dir, 'torn').map((entry) => entry.type)).toEqual(['run-start', 'run-resume']);
  });

  it('throws on a damaged line that is not the last', async () => {
    const dir = stateDir();
    appendFileSync(join(dir, 'bad.jsonl'), 'not json\n{"type":"run-resume","at":"x"}\n');
    await expect(fileRunStore(dir).read('bad')).rejects.toThrow('line 1 is not JSON');
  });

  it('lists runs with their status', async () => {
    const dir = stateDir();
    await runWorkflow(twoSteps(), { transport, runId: 'listed', journal: fileRunStore(dir) });
    expect(await fileRunStore(dir).list()).toEqual([
      expect.objectContaining({ runId: 'listed', status: 'succeeded', workflow: 'two', steps: 2 }),
    ]);
    expect(await fileRunStore(join(dir, 'none')).list()).toEqual([]);
  });
});

describe('a journal that cannot be written', () => {
  it('refuses the run as a config failure before any step is sent, instead of throwing', async () => {
    const dir = stateDir();
    const notADirectory = join(dir, 'a-file');
    appendFileSync(notADirectory, 'x');
    const before = server.requests.length;
    const result = await runWorkflow(twoSteps(), {
      transport,
      runId: 'unwritable',
      journal: fileRunStore(join(notADirectory, 'runs')),
    });
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ kind: 'config' });
    expect(JSON.stringify(result.error)).toContain('cannot write the run journal (ENOTDIR)');
    expect(server.requests.length).toBe(before);
  });
});
