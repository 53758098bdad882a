/**
 * The execution view end to end: the built `convoflow studio --sandbox` in a real Chromium opens
 * examples/new-order.workflow.json, runs it with the accepted and the declined card, and shows each step live and
 * the branch taken; a step's redacted request and response open on click.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CANARIES, findLeaks } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  chromiumOrSkip,
  hasChromium,
  openBrowser,
  screenshotPath,
  storageText,
} from './support/browser.js';
import { root, type StudioProcess, startStudioProcess } from './support/studio-process.js';

chromiumOrSkip();

/** The event stream of a finished run, as a plain HTTP client reads it (the page's EventSource stream, replayed). */
function readEvents(studio: StudioProcess, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(`${studio.origin}${path}`, { headers: { 'x-studio-token': studio.token } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      response.on('end', () => resolve(text));
    }).on('error', reject);
  });
}

describe.runIf(hasChromium)('the execution view in Chromium', () => {
  let studio: StudioProcess;
  let browser: Browser;

  beforeAll(async () => {
    // A canary in the environment: the sandbox run must not read it, and nothing may show it.
    studio = await startStudioProcess(['--sandbox', '--port', '0'], {
      STRIPE_SECRET_KEY: CANARIES[0],
      CANARY_KEY: CANARIES[1],
    });
    browser = await openBrowser();
    await browser.page.goto(studio.url);
    await browser.page.getByRole('button', { name: 'Run a workflow' }).click();
    await browser.page.locator('#workflow-picker').selectOption('examples/new-order.workflow.json');
    await browser.page.locator('[data-step="charge"]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await studio?.stop();
  });

  const state = (step: string) => browser.page.locator(`[data-step="${step}"]`).getAttribute('data-state');
  const branch = (name: string) => browser.page.locator(`[data-branch="${name}"]`).getAttribute('data-taken');

  it('shows the workflow’s steps and both branches of its condition before it runs', async () => {
    const { page } = browser;
    for (const step of ['charge', 'paid', 'confirmation', 'ledger', 'announce', 'alert'])
      expect(await state(step)).toBe('pending');
    expect(await page.locator('[data-branch="then"] [data-step]').count()).toBe(3);
    expect(await page.locator('[data-branch="else"] [data-step]').count()).toBe(1);
  });

  it('runs with the accepted card: the charge succeeds and the then branch runs', async () => {
    const { page } = browser;
    await page.locator('[data-input="accepted"]').click();
    await page.locator('#run').click();
    await expect.poll(() => page.locator('#run-result').getAttribute('data-ok')).toBe('true');
    expect(await state('charge')).toBe('ok');
    expect(await page.locator('[data-step="charge"] .step-status').textContent()).toMatch(
      /^200 · \d+ ms · 1 attempt$/,
    );
    expect(await page.locator('[data-step="paid"] .step-status').textContent()).toBe('→ then');
    expect(await branch('then')).toBe('true');
    expect(await branch('else')).toBe('false');
    for (const step of ['confirmation', 'ledger', 'announce']) expect(await state(step)).toBe('ok');
    expect(await state('alert')).toBe('pending');

    await page.locator('[data-step="charge"]').click();
    const request = (await page.locator('#step-request').textContent()) ?? '';
    expect(request).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/v1\/payment_intents/);
    expect(request).toContain('authorization: Bearer ***');
    expect(request).toContain('amount=2000&currency=usd&payment_method=pm_card_visa&confirm=true');
    const response = (await page.locator('#step-response').textContent()) ?? '';
    expect(response).toContain('"status": "succeeded"');
    expect(response).toContain('"client_secret": "***"');
    await page.screenshot({ path: screenshotPath(root, 'studio-execution.png'), fullPage: true });
  });

  it('runs with the declined card: the charge fails (handled) and the else branch alerts Slack', async () => {
    const { page } = browser;
    await page.locator('[data-input="declined"]').click();
    await page.locator('#run').click();
    await expect.poll(() => page.locator('#run-result').getAttribute('data-ok')).toBe('true');
    expect(await state('charge')).toBe('handled');
    expect(await page.locator('[data-step="charge"] .step-status').textContent()).toMatch(
      /^402 · \d+ ms · 1 attempt$/,
    );
    expect(await page.locator('[data-step="paid"] .step-status').textContent()).toBe('→ else');
    expect(await branch('then')).toBe('false');
    expect(await branch('else')).toBe('true');
    expect(await state('alert')).toBe('ok');
    for (const step of ['confirmation', 'ledger', 'announce']) expect(await state(step)).toBe('pending');

    await page.locator('[data-step="alert"]').click();
    expect(await page.locator('#step-request').textContent()).toContain(
      'Payment for order 6736 failed: Your card was declined.',
    );
  });

  it('opens a workflow file picked from the computer and runs it on the sandbox', async () => {
    const { page } = browser;
    const file = join(mkdtempSync(join(tmpdir(), 'convoflow-studio-upload-')), 'signup.workflow.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'signup',
        steps: [
          {
            type: 'connector',
            id: 'customer',
            operation: 'stripe.createCustomer',
            input: { email: 'ada@example.com' },
          },
          { type: 'customApi', id: 'elsewhere', config: { url: 'https://example.com/hook', method: 'POST' } },
        ],
      }),
    );
    await page.locator('#workflow-file').setInputFiles(file);
    await page.locator('[data-step="customer"]').waitFor();
    expect(await page.locator('#graph h2').textContent()).toBe('signup');
    await page.locator('#run-input').fill('{}');
    await page.locator('#run').click();
    // The sandbox serves only the connectors' hosts: the run is refused before any step.
    await expect.poll(() => page.locator('#run-result').getAttribute('data-ok')).toBe('false');
    expect(await page.locator('#run-result').textContent()).toContain('example.com is not one of them');
    expect(await state('customer')).toBe('pending');
    // Without that step, it runs.
    writeFileSync(
      file,
      JSON.stringify({
        name: 'signup',
        steps: [
          {
            type: 'connector',
            id: 'customer',
            operation: 'stripe.createCustomer',
            input: { email: 'ada@example.com' },
          },
        ],
      }),
    );
    await page.locator('#workflow-file').setInputFiles(file);
    await expect.poll(() => page.locator('#run-result').count()).toBe(0);
    await page.locator('#run').click();
    await expect.poll(() => page.locator('#run-result').getAttribute('data-ok')).toBe('true');
    expect(await state('customer')).toBe('ok');
  });

  it('keeps secrets out of the page, its traffic (event streams included) and its storage', async () => {
    await browser.traffic.settled();
    const streams = browser.traffic.entries.flatMap(
      (entry) => /^→ GET \S+(\/api\/runs\/[\w-]+\/events)/.exec(entry)?.slice(1) ?? [],
    );
    expect(streams).toHaveLength(4);
    const events = await Promise.all(streams.map((path) => readEvents(studio, path)));
    expect(events.join('\n')).toContain('"type":"run-end"');
    const dom = await browser.page.content();
    const storage = await storageText(browser, `convoflow-studio-${studio.port}`);
    expect(storage.cookies).toEqual([]);
    const traffic = [...browser.traffic.entries, ...events].join('\n');
    for (const canary of CANARIES) {
      expect(findLeaks(dom, canary), 'DOM').toEqual([]);
      expect(findLeaks(traffic, canary), 'network traffic').toEqual([]);
      expect(findLeaks(storage.text, canary), 'storage').toEqual([]);
    }
    // Nor the sandbox's own dummy key, which the run did use.
    expect(dom).not.toContain('sk_test_convoflow_sandbox');
    expect(traffic).not.toContain('sk_test_convoflow_sandbox');
  });
});
