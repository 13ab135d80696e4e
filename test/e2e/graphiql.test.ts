import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../support/app.ts';
import { browserTestsEnabled, launchChromium } from '../support/browser.ts';
import { ARTIFACTS_DIR, WAIT_MS } from '../support/console-page.ts';
import { type Disposables, startGateway } from '../support/gateway.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

describe.skipIf(!browserTestsEnabled('the GraphiQL page test'))("the gateway's GraphiQL", () => {
  const disposables: Disposables = [];
  let browser: Browser;
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    gateway = await startGateway(disposables);
    browser = await launchChromium();
    disposables.push(() => browser.close());
  });

  afterAll(async () => {
    for (const dispose of disposables.reverse()) await dispose();
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
