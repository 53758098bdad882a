/**
 * A real Chromium (the Debian package `chromium`) driven by playwright-core, its network traffic recorded.
 * When Chromium is missing the browser tests are skipped with a visible note; with CI=true that skip fails.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { it } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Call at the top of a browser test file: a note when Chromium is missing, and a failing test under CI=true. */
export function chromiumOrSkip(): void {
  if (hasChromium) return;
  console.warn(
    `NOTE: ${CHROMIUM} is not installed: the studio's browser tests are SKIPPED (apt-get install -y chromium).`,
  );
  it.runIf(process.env.CI === 'true')(
    'has Chromium in CI (the browser tests must not be skipped there)',
    () => {
      throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get install -y chromium`);
    },
  );
}

/** Every request and response the page made, as text to scan: URLs, headers, bodies. */
export interface TrafficLog {
  entries: string[];
  /** Waits until every response body read so far has arrived. */
  settled(): Promise<void>;
}

/** A browser with one page, its traffic logged. */
export interface Browser {
  context: BrowserContext;
  page: Page;
  traffic: TrafficLog;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'convoflow-studio-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--no-sandbox'],
    headless: true,
    viewport: { width: 1440, height: 1000 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const entries: string[] = [];
  const pending: Promise<unknown>[] = [];
  page.on('request', (request) => {
    entries.push(
      `→ ${request.method()} ${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`,
    );
  });
  page.on('response', (response) => {
    entries.push(`← ${response.status()} ${response.url()}\n${JSON.stringify(response.headers())}`);
    // Event streams stay open: their events are read from the DOM and the other responses instead.
    if ((response.headers()['content-type'] ?? '').startsWith('text/event-stream')) return;
    pending.push(
      response.body().then(
        (body) => entries.push(body.toString('utf8')),
        () => undefined,
      ),
    );
  });
  return {
    context,
    page,
    traffic: { entries, settled: async () => void (await Promise.all(pending)) },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Everything the page keeps: localStorage, sessionStorage and the cookies other than the studio's token. */
export async function storageText(
  browser: Browser,
  tokenCookie: string,
): Promise<{ text: string; cookies: string[] }> {
  const stores = await browser.page.evaluate(() =>
    JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
  );
  const cookies = (await browser.context.cookies()).filter((cookie) => cookie.name !== tokenCookie);
  return { text: `${stores}\n${JSON.stringify(cookies)}`, cookies: cookies.map((cookie) => cookie.name) };
}

/**
 * Where a test saves a screenshot: `docs/<name>` (the README's images) when CONVOFLOW_WRITE_SCREENSHOTS=1
 * (`pnpm screenshots`), otherwise a temporary folder, so a test run leaves the working tree as it found it.
 */
export function screenshotPath(repositoryRoot: string, name: string): string {
  const folder =
    process.env.CONVOFLOW_WRITE_SCREENSHOTS === '1'
      ? join(repositoryRoot, 'docs')
      : mkdtempSync(join(tmpdir(), 'convoflow-studio-screenshots-'));
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}
