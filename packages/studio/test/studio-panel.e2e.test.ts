/**
 * The configuration panel end to end: the built `convoflow studio` in a real Chromium. A Stripe payment from the
 * generated form to the sandbox, inline validation, and a canary secret sent to a local echo server that must
 * never reach the page, its traffic or its storage.
 */
import { CANARIES, type CaptureServer, findLeaks, startEchoServer } from '@convoflow/testkit';
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

const field = (pointer: string) => `[id="field-${pointer}"]`;

describe.runIf(hasChromium)('the configuration panel in Chromium', () => {
  let studio: StudioProcess;
  let browser: Browser;
  let echo: CaptureServer;

  beforeAll(async () => {
    echo = await startEchoServer();
    studio = await startStudioProcess(
      ['--port', '0', '--allow-secret', 'CANARY_TOKEN', '--allow-secret', 'CANARY_KEY'],
      {
        CANARY_TOKEN: CANARIES[0],
        CANARY_KEY: CANARIES[1],
      },
    );
    browser = await openBrowser();
    await browser.page.goto(studio.url);
    await browser.page.locator('#node-picker').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await studio?.stop();
    await echo?.close();
  });

  it('takes the token out of the address and keeps it in an HttpOnly cookie', async () => {
    expect(browser.page.url()).toBe(`${studio.origin}/`);
    const cookies = await browser.context.cookies();
    expect(cookies.map((cookie) => [cookie.name, cookie.httpOnly, cookie.sameSite])).toEqual([
      [`convoflow-studio-${studio.port}`, true, 'Strict'],
    ]);
  });

  it('previews Stripe createPaymentIntent with the form-encoded body Stripe receives, and sends it to the sandbox', async () => {
    const { page } = browser;
    await page.locator('#node-picker').selectOption('stripe.createPaymentIntent');
    await page.locator(field('/amount')).fill('2000');
    await page.locator(field('/currency')).fill('usd');
    await page.locator(field('/description')).fill('Order #6735 & co');
    await page.locator(field('/capture_method')).selectOption('manual');
    // The preview follows the form (the operation's example first, then what was typed).
    await expect.poll(() => page.locator('#preview-body').textContent()).toContain('capture_method=manual');
    const body = (await page.locator('#preview-body').textContent()) ?? '';
    expect(body).toMatch(/^amount=2000&currency=usd&/);
    expect(body).toContain('description=Order%20%236735%20%26%20co');
    expect(await page.locator('#preview-method').textContent()).toBe('POST');
    expect(await page.locator('#preview-url').textContent()).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/v1\/payment_intents$/,
    );
    const headers = (await page.locator('#preview-headers').textContent()) ?? '';
    expect(headers).toContain('application/x-www-form-urlencoded');
    expect(headers).toContain('Bearer <STRIPE_SECRET_KEY>');

    await expect.poll(() => page.locator('#send').isEnabled()).toBe(true);
    await page.locator('#send').click();
    await expect.poll(() => page.locator('#response-status').textContent()).toBe('200');
    const response = (await page.locator('#response-body').textContent()) ?? '';
    expect(response).toContain('"object": "payment_intent"');
    expect(response).toContain('"amount": 2000');
    expect(response).toContain('"status": "requires_payment_method"');
    expect(response).toContain('"client_secret": "***"');
    await page.screenshot({ path: screenshotPath(root, 'studio-panel.png'), fullPage: false });
  });

  it('copies the request as curl, redacted', async () => {
    const { page, context } = browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: studio.origin });
    await page.locator('#copy-curl').click();
    await expect.poll(() => page.locator('#copy-curl').textContent()).toBe('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^curl -X POST 'http:\/\/127\.0\.0\.1:\d+\/v1\/payment_intents'/);
    expect(copied).toContain("-H 'authorization: Bearer <STRIPE_SECRET_KEY>'");
  });

  it('shows an invalid field’s message under it and disables Send', async () => {
    const { page } = browser;
    await page.locator(field('/amount')).fill('-5');
    const message = page.locator('[data-field="/amount"] .field-errors');
    await expect.poll(() => message.textContent()).toBe('must be >= 1');
    expect(await page.locator('#send').isDisabled()).toBe(true);
    await page.locator(field('/amount')).fill('12.5');
    await expect.poll(() => message.textContent()).toBe('must be an integer');
    expect(await page.locator('#send').isDisabled()).toBe(true);
    await page.locator(field('/amount')).fill('2000');
    await expect.poll(() => page.locator('#send').isEnabled()).toBe(true);
  });

  it('states either-or rules and offers the product docs’ auth methods', async () => {
    const { page } = browser;
    await page.locator('#node-picker').selectOption('slack.postWebhookMessage');
    expect(await page.locator('.either-or').first().textContent()).toMatch(/Give at least one of: .*text/);
    await page.locator('#node-picker').selectOption('customApi');
    const kinds = await page.locator(`${field('/auth/type')} option`).allTextContents();
    expect(kinds.join('\n')).toMatch(
      /API key \(header or query parameter\)[\s\S]*Bearer[\s\S]*Basic[\s\S]*OAuth 2\.0/,
    );
    await page.locator(field('/auth/type')).selectOption('apiKey');
    expect(await page.locator(`${field('/auth/in')} option`).allTextContents()).toEqual([
      '— not set —',
      'header',
      'query',
    ]);
    // A credential is a choice among the allowed secret names, never a typed value.
    expect(await page.locator(`${field('/auth/value')}`).evaluate((element) => element.tagName)).toBe(
      'SELECT',
    );
    // OAuth 2.0: a grant, then that grant's fields; its client secret a secret reference too.
    await page.locator(field('/auth/type')).selectOption('oauth2');
    await page.locator(field('/auth/grant')).selectOption('client_credentials');
    for (const name of ['tokenUrl', 'clientId', 'clientSecret', 'scopes'])
      await page.locator(`[data-field="/auth/${name}"]`).waitFor();
    expect(await page.locator(field('/auth/clientSecret')).evaluate((element) => element.tagName)).toBe(
      'SELECT',
    );
    await page.locator(field('/auth/type')).selectOption('bearer');
    await page.locator(field('/auth/token')).selectOption('STRIPE_SECRET_KEY');
  });

  it('sends a canary secret to a local service and never lets it into the page, its traffic or its storage', async () => {
    const { page } = browser;
    await page.locator('#node-picker').selectOption('customApi');
    await page.locator('input[name="target"][value="real"]').check();
    const sent = echo.requests.length;
    for (const [route, secret, status] of [
      ['json-escaped', 'CANARY_TOKEN', '200'],
      ['json', 'CANARY_KEY', '403'],
    ] as const) {
      await page.locator(field('/url')).fill(`${echo.origin}/${route}`);
      await page.locator(field('/auth/token')).selectOption(secret);
      await expect.poll(() => page.locator('#preview-headers').textContent()).toContain(`Bearer <${secret}>`);
      await expect.poll(() => page.locator('#send').isEnabled()).toBe(true);
      await page.locator('#send').click();
      await expect.poll(() => page.locator('#response-status').textContent()).toBe(status);
    }
    // The echo server received both canaries and echoed them back.
    const received = echo.requests.slice(sent).map((request) => request.headers.authorization);
    expect(received).toEqual([`Bearer ${CANARIES[0]}`, `Bearer ${CANARIES[1]}`]);
    expect(await page.locator('#response-error').textContent()).toContain('Invalid key ***');

    await browser.traffic.settled();
    const dom = await page.content();
    const traffic = browser.traffic.entries.join('\n');
    const storage = await storageText(browser, `convoflow-studio-${studio.port}`);
    expect(storage.cookies).toEqual([]);
    for (const canary of CANARIES) {
      expect(findLeaks(dom, canary), 'DOM').toEqual([]);
      expect(findLeaks(traffic, canary), 'network traffic').toEqual([]);
      expect(findLeaks(storage.text, canary), 'storage').toEqual([]);
    }
    expect(traffic).toContain('"status":403');
  });
});
