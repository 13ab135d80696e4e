import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Config } from '../../src/config.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { launchChromium } from './browser.ts';
import { type Disposables, startGateway } from './gateway.ts';

// Helpers of the browser tests of the example jobs console (examples/live-jobs).

const EXAMPLE_DIR = new URL('../../examples/live-jobs/', import.meta.url).pathname;
export const ARTIFACTS_DIR = new URL('../../test-artifacts/', import.meta.url).pathname;
const BUILD_TIMEOUT_MS = 30_000;
/** Every wait on the page is bounded by this. */
export const WAIT_MS = 5000;
export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 375, height: 740 } as const;
const TIME_ZONE = 'Europe/Paris';

/** A seeded simulator whose manual clock starts now, so the page's relative times read naturally. */
export function simulatorStartingNow(): Simulator {
  return new Simulator({ clock: new ManualClock(Date.now()) });
}

/** Builds the page into a fresh folder (removed after the tests), never into the working tree. */
export async function buildConsole(disposables: Disposables): Promise<string> {
  const pageDir = await mkdtemp(join(tmpdir(), 'live-jobs-'));
  disposables.push(() => rm(pageDir, { recursive: true, force: true }));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`expects vite build within ${BUILD_TIMEOUT_MS} ms`)),
      BUILD_TIMEOUT_MS,
    );
  });
  try {
    await Promise.all([
      Promise.race([
        build({
          root: EXAMPLE_DIR,
          logLevel: 'warn',
          build: { outDir: pageDir, emptyOutDir: true },
        }),
        timeout,
      ]),
      mkdir(ARTIFACTS_DIR, { recursive: true }),
    ]);
  } finally {
    clearTimeout(timer);
  }
  return pageDir;
}

export interface ServedConsole {
  browser: Browser;
  gateway: Awaited<ReturnType<typeof startGateway>>;
  /** Where the gateway serves the page. */
  origin: string;
}

/**
 * For one describe block, called in its body: before its tests, builds the console, serves it
 * from a gateway (with `config`) over a simulator whose clock starts now, and launches
 * Chromium; after them, disposes of all of it. The fields are set when the tests run.
 */
export function servedConsole(config: Partial<Config> = {}): ServedConsole {
  const disposables: Disposables = [];
  const served = {} as ServedConsole;
  beforeAll(async () => {
    const pageDir = await buildConsole(disposables);
    served.gateway = await startGateway(disposables, {
      config,
      overrides: { pageDir, simulator: simulatorStartingNow() },
    });
    served.origin = new URL(served.gateway.url).origin;
    served.browser = await launchChromium();
    disposables.push(() => served.browser.close());
  });
  afterAll(async () => {
    for (const dispose of disposables.reverse()) await dispose();
  });
  return served;
}

/** A fresh browser context on the console at `path` (the URL may carry a view). */
export async function openConsole(
  browser: Browser,
  origin: string,
  options: { path?: string; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  // A zone with an offset, so times show theirs.
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    timezoneId: TIME_ZONE,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  // A script error in the page fails no wait by itself: say it where the test's output shows.
  page.on('pageerror', (error) => console.error(`page error: ${error.stack ?? error.message}`));
  await page.goto(`${origin}${options.path ?? '/'}`);
  return page;
}

export async function logIn(page: Page, user: string, password = user): Promise<void> {
  await page.getByLabel('User').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('#jobs').waitFor();
}

/** Opens the console and logs in; resolves once the first rows and a live connection show. */
export async function signedInConsole(
  browser: Browser,
  origin: string,
  user: string,
  options: { path?: string; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const page = await openConsole(browser, origin, options);
  await logIn(page, user);
  await page.locator('#connection[data-state=live]').waitFor();
  return page;
}

export function row(page: Page, key: string) {
  return page.locator(`#jobs-body tr[data-job-key="${key}"]`);
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage });
}

const require = createRequire(import.meta.url);

/** Runs axe-core in the page; fails on any serious or critical violation, naming them. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as {
      run(context: Document): Promise<{
        violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
      }>;
    };
    const result = await axe.run(document);
    return result.violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      targets: nodes.map((node) => node.target.join(' ')),
    }));
  });
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious).toEqual([]);
}

/** Whether the page scrolls sideways: content wider than the viewport is cut on a phone. */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}
