// Starts the preview in-process on a free port and drives it with Playwright and Debian's Chromium.
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { parseOptions } from '../../preview/options';
import { startPreview, type StartedPreview } from '../../preview/start-preview';

const ROOT = path.join(__dirname, '..', '..');
const OUTPUT = path.join(ROOT, 'test-output', 'e2e');
const DOCS = path.join(ROOT, 'docs', 'screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export interface PreviewPage {
  readonly page: Page;
  readonly preview: StartedPreview;
  close(): Promise<void>;
}

/** A fresh preview (its own emulator: no drafts, reminders or saved settings) and a page on it. */
export async function openPreview(browser: Browser, args: string[] = []): Promise<PreviewPage> {
  // The sample user's settings say Italian; the tests read English unless they choose a locale.
  const locale = args.includes('--locale') ? [] : ['--locale', 'en'];
  const preview = await startPreview(parseOptions(['--port', '0', ...locale, ...args]));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(15000);
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('#sidebar[aria-busy="false"] .card');
  return {
    page,
    preview,
    close: async () => {
      await page.close();
      await preview.close();
    },
  };
}

export const sidebar = (page: Page): Locator => page.locator('#sidebar');

/** Opens the thread whose subject contains `subject` and waits for its sidebar card. */
export async function openThread(page: Page, subject: string): Promise<void> {
  await page.locator('li.thread-row', { hasText: subject }).click();
  await page.waitForSelector(`.thread-subject:has-text(${JSON.stringify(subject)})`);
  await page.waitForSelector('#sidebar[aria-busy="false"] .card[data-card-name="sidebar"]');
}

export async function clickSidebarButton(page: Page, label: string | RegExp): Promise<void> {
  await sidebar(page).getByRole('button', { name: label }).first().click();
}

/**
 * Waits until the toast shows `expected` and returns its whole text. An earlier action's toast stays up for
 * six seconds, so waiting for "a toast" alone could read the previous one.
 */
export async function expectToast(page: Page, expected: string | RegExp): Promise<string> {
  const toast = page.locator('#toast');
  await expectText(toast, expected);
  return (await toast.textContent()) ?? '';
}

/**
 * Saves a screenshot under test-output/e2e/; the README's copies under docs/screenshots/ are refreshed only
 * with UPDATE_SCREENSHOTS=1, so a test run leaves the committed pictures alone.
 */
export async function screenshot(target: Page | Locator, name: string, docs = false): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  await target.screenshot({ path: path.join(OUTPUT, `${name}.png`) });
  if (docs && process.env['UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync(DOCS, { recursive: true });
    await target.screenshot({ path: path.join(DOCS, `${name}.png`) });
  }
}

/** Waits (Playwright auto-wait, no fixed sleep) until the locator shows the text; fails with the locator's last text. */
export async function expectText(target: Locator, text: string | RegExp, timeout = 15000): Promise<void> {
  try {
    await target.filter({ hasText: text }).first().waitFor({ state: 'visible', timeout });
  } catch {
    const seen = (await target.allTextContents().catch(() => []))
      .join(' | ')
      .replace(/\s+/g, ' ')
      .slice(0, 600);
    throw new Error(
      `Expected ${target.toString()} to show ${String(text)}; it shows: ${seen || '(nothing)'}`,
    );
  }
}

/** Waits until exactly `count` elements match (the page may still be re-rendering), failing after 15 s. */
export async function expectCount(target: Locator, count: number, timeout = 15000): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen = await target.count();
  while (seen !== count && Date.now() < deadline) {
    await target.page().waitForTimeout(50);
    seen = await target.count();
  }
  expect(seen).toBe(count);
}

/** One Chromium per test file; a test opens its own preview with its own arguments, closed after it. */
export function usePreviewOnDemand(): (args: string[]) => Promise<PreviewPage> {
  let browser: Browser;
  let preview: PreviewPage | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(async () => {
    await preview?.close();
    preview = null;
  });
  return async (args) => (preview = await openPreview(browser, args));
}

/**
 * A fresh preview server and page per test: call at the top of a file; the returned function gives the
 * current test's page. By default the sample user reads an English interface (the samples' own settings
 * say Italian).
 */
export function usePreviewPerTest(args: string[] = ['--locale', 'en']): () => PreviewPage {
  const open = usePreviewOnDemand();
  let preview: PreviewPage;
  beforeEach(async () => {
    preview = await open(args);
  });
  return () => preview;
}

/** The sidebar's fixed footer lies wholly inside the 900-pixel viewport, and holds `labels`. */
export async function expectFooterInView(page: Page, labels: (string | RegExp)[]): Promise<void> {
  const footer = sidebar(page).locator('.card-footer');
  await footer.waitFor({ state: 'visible' });
  const box = await footer.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
  for (const label of labels) await footer.getByRole('button', { name: label }).waitFor({ state: 'visible' });
}

/** The element is drawn within the first 900 pixels (no scrolling needed). */
export async function expectAboveFold(target: Locator): Promise<void> {
  await target.first().waitFor({ state: 'visible' });
  const box = await target.first().boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
}
