/**
 * End to end: the real `convoflow` binary (dist/bin.js, built by `pnpm build`), spawned as a user would run it,
 * against the embedded sandbox. Nothing leaves 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';

// Each test starts the CLI, which loads every connector: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const run = promisify(execFile);

/** Environment without any provider secret, so nothing real can be reached by accident. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(STRIPE|SLACK|SENDGRID|GOOGLE)_/.test(name)),
) as NodeJS.ProcessEnv;

async function convoflow(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      cwd: root,
      env: { ...cleanEnv, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function scratch(name: string, contents: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'convoflow-cli-')), name);
  writeFileSync(path, contents);
  return path;
}

describe('convoflow run (the demo) against the sandbox', () => {
  it('charges an accepted card, then emails, logs to the sheet and posts to Slack', async () => {
    const { code, stdout } = await convoflow(
      'run',
      'examples/new-order.workflow.json',
      '--sandbox',
      '--input',
      '@examples/new-order.accepted.json',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      ok: boolean;
      steps: Array<{
        id?: string;
        ok: boolean;
        status?: number;
        branch?: string;
        requestId?: string;
        request?: { headers: Record<string, string> };
      }>;
    };
    expect(result.ok).toBe(true);
    const byId = Object.fromEntries(result.steps.filter((step) => step.id).map((step) => [step.id, step]));
    expect(byId.charge).toMatchObject({ ok: true, status: 200 });
    expect(byId.charge?.requestId).toMatch(/^req_/);
    expect(byId.paid).toMatchObject({ branch: 'then' });
    expect(byId.confirmation).toMatchObject({ ok: true, status: 202 });
    expect(byId.ledger).toMatchObject({ ok: true, status: 200 });
    expect(byId.announce).toMatchObject({ ok: true, status: 200 });
    expect(byId.alert).toBeUndefined();
    expect(byId.charge?.request?.headers.authorization).toBe('Bearer ***');
    expect(stdout).not.toMatch(/sk_test_[A-Za-z0-9]{6,}/);
  });

  it('alerts Slack instead when the card is declined, and the handled failure is a successful run', async () => {
    const { code, stdout } = await convoflow(
      'run',
      'examples/new-order.workflow.json',
      '--sandbox',
      '--input',
      '@examples/new-order.declined.json',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /✗ charge {2}stripe\.createPaymentIntent {3}402 .*http: Your card was declined\. \(handled\)/,
    );
    expect(stdout).toContain('condition → else');
    expect(stdout).toMatch(/✓ alert {2}slack\.postWebhookMessage {3}200/);
    expect(stdout).not.toContain('✓ confirmation');
    expect(stdout).toMatch(/succeeded in/);
    expect(stdout).toContain('"authorization": "Bearer ***"');
  });
});

describe('convoflow call --dry-run --json, one per connector, without secrets', () => {
  const cases: Array<
    [
      string,
      unknown,
      (request: { method: string; url: string; headers: Record<string, string>; body?: string }) => void,
    ]
  > = [
    [
      'stripe.createPaymentIntent',
      { amount: 2000, currency: 'usd' },
      (request) => {
        expect(request).toMatchObject({
          method: 'POST',
          url: 'https://api.stripe.com/v1/payment_intents',
          body: 'amount=2000&currency=usd',
        });
        expect(request.headers.authorization).toBe('Bearer <STRIPE_SECRET_KEY>');
      },
    ],
    [
      'slack.postWebhookMessage',
      { text: 'hi' },
      (request) => {
        expect(request).toMatchObject({ method: 'POST', url: '<SLACK_WEBHOOK_URL>', body: '{"text":"hi"}' });
      },
    ],
    [
      'sendgrid.sendMail',
      { to: 'a@example.com', from: 'b@example.com', subject: 'Hi', text: 'Hello' },
      (request) => {
        expect(request).toMatchObject({ method: 'POST', url: 'https://api.sendgrid.com/v3/mail/send' });
        expect(request.headers.authorization).toBe('Bearer <SENDGRID_API_KEY>');
      },
    ],
    [
      'google-sheets.getValues',
      { spreadsheetId: 'abc', range: 'Sheet1!A1:B2' },
      (request) => {
        expect(request).toMatchObject({
          method: 'GET',
          url: 'https://sheets.googleapis.com/v4/spreadsheets/abc/values/Sheet1%21A1%3AB2',
        });
      },
    ],
  ];
  for (const [operation, input, check] of cases) {
    it(`prints the redacted request for ${operation}`, async () => {
      const { code, stdout } = await convoflow(
        'call',
        operation,
        '--input',
        JSON.stringify(input),
        '--dry-run',
        '--json',
      );
      expect(code).toBe(0);
      check(JSON.parse(stdout));
    });
  }

  it('prints a paste-able curl command', async () => {
    const { code, stdout } = await convoflow(
      'call',
      'stripe.createPaymentIntent',
      '--input',
      '{"amount":2000,"currency":"usd"}',
      '--curl',
    );
    expect(code).toBe(0);
    expect(stdout).toContain("curl -X POST 'https://api.stripe.com/v1/payment_intents'");
    expect(stdout).toContain("-H 'authorization: Bearer <STRIPE_SECRET_KEY>'");
  });
});

describe('clear errors and non-zero exits', () => {
  const workflow = (steps: unknown) => scratch('bad.workflow.json', JSON.stringify({ steps }));

  it('refuses an unknown step type', async () => {
    const { code, stderr } = await convoflow('run', workflow([{ type: 'email', id: 'x' }]), '--sandbox');
    expect(code).toBe(2);
    expect(stderr).toContain('/steps/0/type: must be one of customApi, connector, condition, debug or delay');
    expect(stderr).toContain('Nothing was sent.');
  });

  it('refuses a reference to a step that does not exist', async () => {
    const { code, stderr } = await convoflow(
      'run',
      workflow([
        {
          type: 'connector',
          id: 'ping',
          operation: 'slack.postWebhookMessage',
          input: { text: 'paid {{steps.charge.body.id}}' },
        },
      ]),
      '--sandbox',
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      '/steps/0/input/text: {{steps.charge.body.id}} refers to step "charge", which is not an earlier step',
    );
  });

  it('refuses invalid connector input before any request', async () => {
    const { code, stderr } = await convoflow(
      'run',
      workflow([
        {
          type: 'connector',
          id: 'charge',
          operation: 'stripe.createPaymentIntent',
          input: { amount: 'twenty', currency: 'usd' },
        },
      ]),
      '--sandbox',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('/steps/0/input/amount: must be an integer');
  });

  it('reports malformed JSON with line and column', async () => {
    const { code, stderr } = await convoflow(
      'run',
      scratch('broken.json', '{\n  "steps": [\n    {"type": "delay" "ms": 1}\n  ]\n}'),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.json is not valid JSON at line 3, column \d+/);
  });

  it('names a missing secret and where to get it', async () => {
    const { code, stderr } = await convoflow(
      'call',
      'stripe.createPaymentIntent',
      '--input',
      '{"amount":2000,"currency":"usd"}',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('secret STRIPE_SECRET_KEY is not set');
    expect(stderr).toMatch(
      /hint: Set STRIPE_SECRET_KEY in the environment or a --secrets-file\. .*@convoflow\/connector-stripe README/,
    );
  });

  it('lists connectors and describes an operation', async () => {
    const listed = await convoflow('connectors');
    expect(listed.code).toBe(0);
    for (const id of ['stripe', 'slack', 'sendgrid', 'google-sheets'])
      expect(listed.stdout).toContain(`${id}  `);
    const described = await convoflow('describe', 'stripe.createPaymentIntent');
    expect(described.code).toBe(0);
    expect(described.stdout).toMatch(/amount\*/);
    expect(described.stdout).toContain('STRIPE_SECRET_KEY');
    expect(described.stdout).toContain('convoflow call stripe.createPaymentIntent --input');
  });
});
