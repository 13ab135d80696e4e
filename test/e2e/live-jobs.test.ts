import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTrustedDocuments } from '../../src/trusted-documents.ts';
import { ADMIN } from '../support/app.ts';
import { browserTestsEnabled, launchChromium } from '../support/browser.ts';
import type { Disposables } from '../support/gateway.ts';
import { startGateway } from '../support/gateway.ts';

const EXAMPLE_DIR = new URL('../../examples/live-jobs/', import.meta.url).pathname;
const ARTIFACTS_DIR = new URL('../../test-artifacts/', import.meta.url).pathname;
const BUILD_TIMEOUT_MS = 15_000;
/** Every wait on the page is bounded by this. */
const WAIT_MS = 5000;
const BACKUP_STEP_MS = 15_000;
const BACKUP_TASKS = 4;
const TEN_GIB = '10737418240';
/** What `npm run codegen` writes for the page, and a trusted deployment passes as TRUSTED_DOCUMENTS. */
const PAGE_DOCUMENTS = new URL('src/generated/persisted-documents.json', `file://${EXAMPLE_DIR}`)
  .pathname;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Builds the page into a fresh folder, so the test never touches the working tree's dist/. */
async function buildPage(outDir: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`expects vite build within ${BUILD_TIMEOUT_MS} ms`)),
      BUILD_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([
      build({ root: EXAMPLE_DIR, logLevel: 'warn', build: { outDir, emptyOutDir: true } }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function logIn(page: Page, user: string, password: string): Promise<void> {
  await page.getByLabel('User').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

describe.skipIf(!browserTestsEnabled('the live jobs page test'))('the live jobs page', () => {
  const disposables: Disposables = [];
  let browser: Browser;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let trustedGateway: Awaited<ReturnType<typeof startGateway>>;
  let origin: string;

  beforeAll(async () => {
    const pageDir = await mkdtemp(join(tmpdir(), 'live-jobs-'));
    disposables.push(() => rm(pageDir, { recursive: true, force: true }));
    await Promise.all([buildPage(pageDir), mkdir(ARTIFACTS_DIR, { recursive: true })]);
    gateway = await startGateway(disposables, { overrides: { pageDir } });
    trustedGateway = await startGateway(disposables, {
      config: { trustedDocuments: readTrustedDocuments(PAGE_DOCUMENTS) },
      overrides: { pageDir },
    });
    origin = new URL(gateway.url).origin;
    browser = await launchChromium();
    disposables.push(() => browser.close());
  });

  afterAll(async () => {
    for (const dispose of disposables.reverse()) await dispose();
  });

  async function openPage(at = origin): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${at}/`);
    return page;
  }

  /** Starts a backup from the page and follows it live, RUNNING to COMPLETED. */
  async function followBackup(page: Page, simulator: typeof gateway.app.simulator) {
    await page.getByRole('button', { name: 'Start backup' }).click();
    const backup = page.locator('#jobs-body tr[data-state=RUNNING]', {
      hasText: 'Backup database',
    });
    await backup.waitFor();
    const key = await backup.getAttribute('data-job-key');
    await page.locator(`#jobs-body tr[data-job-key="${key}"][data-live]`).waitFor();
    simulator.advance(BACKUP_STEP_MS * BACKUP_TASKS);
    await page.locator(`#jobs-body tr[data-job-key="${key}"][data-state=COMPLETED]`).waitFor();
  }

  it('should list jobs, start a backup and follow it live to COMPLETED', async () => {
    const { simulator } = gateway.app;
    const page = await openPage();
    await logIn(page, 'admin', 'admin');

    const rows = page.locator('#jobs-body tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(20);
    // A reload would lose this mark: the page must change without one.
    await page.evaluate(() => Object.assign(window, { liveJobsMark: 'no reload' }));

    await page.getByRole('button', { name: 'Start backup' }).click();
    const backup = page.locator('#jobs-body tr[data-state=RUNNING]', {
      hasText: 'Backup database',
    });
    await backup.waitFor();
    const key = await backup.getAttribute('data-job-key');
    expect(key).toBeTruthy();
    const row = page.locator(`#jobs-body tr[data-job-key="${key}"]`);
    // The subscription's first event has arrived: from now on changes are pushed.
    await page.locator(`#jobs-body tr[data-job-key="${key}"][data-live]`).waitFor();

    simulator.advance(BACKUP_STEP_MS);
    await row.locator('li[data-task-state=COMPLETED]', { hasText: 'prepare_backup' }).waitFor();
    expect(await row.getAttribute('data-state')).toBe('RUNNING');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'live-jobs-running.png') });

    simulator.advance(BACKUP_STEP_MS * (BACKUP_TASKS - 1));
    await page.locator(`#jobs-body tr[data-job-key="${key}"][data-state=COMPLETED]`).waitFor();
    expect(await row.locator('[data-field=status]').textContent()).toBe('NORMAL');
    expect(await row.locator('li[data-task-state=COMPLETED]').count()).toBe(BACKUP_TASKS);
    await page.locator(`#jobs-body tr[data-job-key="${key}"]:not([data-live])`).waitFor();
    expect(await page.evaluate(() => Reflect.get(window, 'liveJobsMark'))).toBe('no reload');
    expect(await page.locator('#errors li').count()).toBe(0);

    await page.screenshot({ path: join(ARTIFACTS_DIR, 'live-jobs.png'), fullPage: true });
    await page.context().close();
  });

  it('should start a LUN creation from the form, its size sent in bytes', async () => {
    const { simulator } = gateway.app;
    const page = await openPage();
    await logIn(page, 'admin', 'admin');
    await page.locator('#jobs-body tr').first().waitFor();

    await page.getByLabel('Name').fill('lun_e2e_01');
    await page.getByRole('button', { name: 'Create LUN' }).click();
    const lun = page
      .locator('#jobs-body tr[data-state=RUNNING]', { hasText: 'Create LUN' })
      .first();
    await lun.waitFor();

    const sent = simulator.requests.find(
      (request) => request.method === 'POST' && request.path.endsWith('/storage-provider/luns'),
    );
    expect(sent?.body).toMatchObject({
      name: 'lun_e2e_01',
      os_type: 'linux',
      space: { size: Number(TEN_GIB) },
    });
    await page.context().close();
  });

  it('should show FORBIDDEN readably when the read-only operator starts a backup', async () => {
    const page = await openPage();
    await logIn(page, 'operator', 'operator');
    await page.locator('#jobs-body tr').first().waitFor();

    await page.getByRole('button', { name: 'Start backup' }).click();
    const error = page.locator('#errors li', { hasText: 'FORBIDDEN' });
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^FORBIDDEN.{10,}/);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'live-jobs-forbidden.png') });
    await page.context().close();
  });

  it('should refuse a wrong password at the login form', async () => {
    const page = await openPage();
    await logIn(page, 'admin', 'wrong');
    await page.locator('#login-error', { hasText: 'UNAUTHENTICATED' }).waitFor();
    expect(await page.locator('#jobs').isHidden()).toBe(true);
    await page.context().close();
  });

  it('should work against a gateway that serves only its trusted documents', async () => {
    const { simulator } = trustedGateway.app;
    const page = await openPage(new URL(trustedGateway.url).origin);
    await logIn(page, 'admin', 'admin');
    await page.locator('#jobs-body tr').first().waitFor();
    expect(await page.locator('#jobs-body tr').count()).toBe(20);
    await followBackup(page, simulator);
    expect(await page.locator('#errors li').count()).toBe(0);
    await page.context().close();
  });

  it('should run GraphiQL with no internet: a query and a live subscription through its own editors', async () => {
    const { simulator } = gateway.app;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Every host but this machine is unreachable: record and abort anything that tries one.
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (LOOPBACK_HOSTS.has(hostname)) return route.continue();
      outside.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(gateway.url);

    const queryEditor = page.locator('.graphiql-query-editor .monaco-editor');
    const response = page.locator('.graphiql-response .view-lines');
    const run = page.getByRole('button', { name: /^Execute query/ });
    const typeInto = async (editor: typeof queryEditor, text: string) => {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(text);
    };
    await queryEditor.waitFor();
    await page.getByRole('button', { name: 'Headers' }).click();
    await typeInto(
      page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor'),
      JSON.stringify({ Authorization: ADMIN }),
    );

    // Anonymous operations: GraphiQL infers a name a moment after the text changes.
    await typeInto(queryEditor, '{ jobs(first: 2) { totalCount nodes { key state } } }');
    await run.click();
    await expect.poll(() => response.textContent(), { timeout: WAIT_MS }).toContain('"totalCount"');
    expect(await response.textContent()).not.toContain('"errors"');

    const { key } = simulator.startJob({
      name: 'Create LUN',
      type: 'provision_lun_create',
      stepMs: 1000,
      tasks: ['create', 'map'],
    });
    await typeInto(queryEditor, `subscription { jobUpdated(key: "${key}") { key state } }`);
    await run.click();
    await expect.poll(() => response.textContent(), { timeout: WAIT_MS }).toContain('RUNNING');
    simulator.advance(2000);
    await expect.poll(() => response.textContent(), { timeout: WAIT_MS }).toContain('COMPLETED');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'graphiql-offline.png') });

    expect(outside).toEqual([]);
    expect(sockets.length).toBeGreaterThan(0);
    for (const socket of sockets) expect(LOOPBACK_HOSTS.has(new URL(socket).hostname)).toBe(true);
    await context.close();
  });
});
