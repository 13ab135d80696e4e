import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { createTestApp } from '../support/app.ts';
import { browserTestsEnabled, launchChromium } from '../support/browser.ts';
import {
  buildConsole,
  row,
  screenshot,
  signedInConsole,
  simulatorStartingNow,
} from '../support/console-page.ts';
import type { Disposables } from '../support/gateway.ts';

/** The seeded running job: four tasks of 15 s each. */
const RUNNING_STEP_MS = 15_000;
/** Reconnecting waits up to a few backoff steps (1 s, 2 s, 4 s at most): bound it above that. */
const RECONNECT_WAIT_MS = 12_000;

describe.skipIf(!browserTestsEnabled('the jobs console reconnect test'))(
  'the jobs console across a gateway restart',
  () => {
    const disposables: Disposables = [];
    let browser: Browser;
    let pageDir: string;

    beforeAll(async () => {
      pageDir = await buildConsole(disposables);
      browser = await launchChromium();
      disposables.push(() => browser.close());
    });

    afterAll(async () => {
      for (const dispose of disposables.reverse()) await dispose();
    });

    it('should show reconnecting, come back on its own and show what changed meanwhile', async () => {
      // Both gateways serve one simulator: the AIQUM outside them goes on while they restart.
      const simulator = simulatorStartingNow();
      disposables.push(() => simulator.close());
      const first = createTestApp({ overrides: { simulator, pageDir } });
      const { url, port } = await first.start();
      disposables.push(() => first.stop());
      const origin = new URL(url).origin;

      const page = await signedInConsole(browser, origin, 'admin');
      const job = row(page, SEEDED_KEYS.running);
      await page
        .locator(`#jobs-body tr[data-job-key="${SEEDED_KEYS.running}"][data-live]`)
        .waitFor();
      await page.evaluate(() => Object.assign(window, { consoleMark: 'no reload' }));

      // A real stop: the listening socket and every WebSocket close.
      await first.stop();
      await page.locator('#connection[data-state=reconnecting]').waitFor();
      expect(await page.locator('#connection [role=status]').textContent()).toBe('Reconnecting…');
      // Nothing is pushed now: no row claims to be live.
      await page.locator('#jobs-body tr[data-live]').first().waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Refresh' }).click();
      const unreachable = page.locator('#errors li[data-code=NETWORK_ERROR]');
      await unreachable.waitFor();
      expect(await unreachable.textContent()).toContain('The gateway cannot be reached');
      expect(await unreachable.textContent()).not.toContain('[object');
      // The same error again does not pile up: its line counts the repeats.
      await page.getByRole('button', { name: 'Refresh' }).click();
      await unreachable.locator('.repeats', { hasText: '2 times' }).waitFor();
      expect(await page.locator('#errors li').count()).toBe(1);
      await screenshot(page, 'console-reconnecting');

      // Two of four tasks finish while no gateway is there to tell.
      simulator.advance(RUNNING_STEP_MS * 2);

      const second = createTestApp({ config: { port }, overrides: { simulator, pageDir } });
      await second.start();
      disposables.push(() => second.stop());
      await page.locator('#connection[data-state=live]').waitFor({ timeout: RECONNECT_WAIT_MS });
      // The page read the list again: the tasks finished during the outage show.
      await job.locator('[data-field=progress]', { hasText: '2 of 3 tasks' }).waitFor();
      await page.locator('#errors li').first().waitFor({ state: 'detached' });

      // And it follows the job live again: the rest arrives without a reload.
      await page
        .locator(`#jobs-body tr[data-job-key="${SEEDED_KEYS.running}"][data-live]`)
        .waitFor();
      simulator.advance(RUNNING_STEP_MS * 2);
      await page
        .locator(`#jobs-body tr[data-job-key="${SEEDED_KEYS.running}"][data-state=COMPLETED]`)
        .waitFor();
      expect(await job.locator('[data-field=status]').textContent()).toBe('NORMAL');
      expect(await page.evaluate(() => Reflect.get(window, 'consoleMark'))).toBe('no reload');
      await screenshot(page, 'console-reconnected');
      await page.context().close();
    });
  },
);
