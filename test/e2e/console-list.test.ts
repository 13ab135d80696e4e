import { describe, expect, it } from 'vitest';
import { SEEDED_JOB_COUNT, SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { graphql } from '../generated/gql.ts';
import { ADMIN } from '../support/app.ts';
import { browserTestsEnabled } from '../support/browser.ts';
import {
  expectNoSeriousAxeViolations,
  horizontalOverflow,
  PHONE,
  row,
  screenshot,
  servedConsole,
  signedInConsole,
} from '../support/console-page.ts';

const PAGE_SIZE = 20;
const BACKUP_STEP_MS = 15_000;
const BACKUP_TASKS = 4;
const DISCOVERY_POLL_MS = 200;

const StartBackupElsewhere = graphql(`
  mutation StartBackupElsewhere {
    createBackup { job { key name state } }
  }
`);

describe.skipIf(!browserTestsEnabled('the jobs console list tests'))(
  'the jobs console list',
  () => {
    // The live list discovers new jobs once per poll interval: keep the test short.
    const served = servedConsole({ pollIntervalMs: DISCOVERY_POLL_MS });

    it('should list the newest jobs with progress, failures and times with their offset', async () => {
      const page = await signedInConsole(served.browser, served.origin, 'admin');
      const rows = page.locator('#jobs-body tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(PAGE_SIZE);
      expect(await page.locator('#jobs-count').textContent()).toBe(
        `${PAGE_SIZE} of ${SEEDED_JOB_COUNT} jobs`,
      );

      // A failed job says so in its row: how many tasks failed and the first reason.
      const failed = row(page, SEEDED_KEYS.error);
      expect(await failed.locator('[data-field=progress]').textContent()).toContain('1 failed');
      expect(await failed.locator('.task-failure').textContent()).toMatch(/is online and mapped/);
      expect(await failed.locator('[data-field=duration]').textContent()).toMatch(/\d+ s/);

      // Relative time in the row, the absolute one with its UTC offset on hover.
      const submitted = failed.locator('[data-field=submitted] time');
      expect(await submitted.textContent()).toMatch(/ago/);
      expect(await submitted.getAttribute('title')).toMatch(/GMT|UTC/);

      const running = row(page, SEEDED_KEYS.running);
      expect(await running.locator('[data-field=duration]').textContent()).toMatch(/so far/);
      expect(await running.locator('[data-field=progress]').textContent()).toContain('1 running');

      expect(await page.locator('#connection [role=status]').textContent()).toBe('Live');
      await screenshot(page, 'console-first-view');
      await expectNoSeriousAxeViolations(page);
      await page.context().close();
    });

    it('should filter by state, status and name, keep the view in the URL and load more', async () => {
      const page = await signedInConsole(served.browser, served.origin, 'admin');
      const rows = page.locator('#jobs-body tr');
      await rows.first().waitFor();

      await page.getByRole('checkbox', { name: 'error' }).check();
      await page.waitForURL(/status=ERROR/);
      await page
        .locator('#jobs-body tr:not([data-status=ERROR])')
        .first()
        .waitFor({ state: 'detached' });
      const errorCount = await rows.count();
      expect(errorCount).toBeGreaterThan(1);
      expect(await page.locator('#jobs-count').textContent()).toBe(
        `${errorCount} of ${errorCount} jobs`,
      );

      await page.getByLabel('Search by name').fill('lun');
      await page.waitForURL(/q=lun/);
      await page
        .locator('#jobs-body tr:not(:has-text("LUN"))')
        .first()
        .waitFor({ state: 'detached' });
      expect(await rows.count()).toBeGreaterThan(0);
      for (const name of await rows.locator('.job-link').allTextContents()) {
        expect(name).toMatch(/LUN/);
      }

      // The URL is the view: another reader opening it sees the same rows.
      const shared = await signedInConsole(served.browser, served.origin, 'operator', {
        path: `/${new URL(page.url()).search}`,
      });
      await shared.locator('#jobs-body tr').first().waitFor();
      expect(await shared.getByRole('checkbox', { name: 'error' }).isChecked()).toBe(true);
      expect(await shared.getByLabel('Search by name').inputValue()).toBe('lun');
      expect(await shared.locator('#jobs-body .job-link').allTextContents()).toEqual(
        await rows.locator('.job-link').allTextContents(),
      );
      await shared.context().close();

      await page.getByLabel('Search by name').fill('no such job');
      await page.locator('#jobs-empty', { hasText: 'No jobs match these filters.' }).waitFor();
      expect(await rows.count()).toBe(0);
      await screenshot(page, 'console-empty');

      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.waitForURL((url) => url.search === '');
      await page
        .locator('#jobs-count', { hasText: `${PAGE_SIZE} of ${SEEDED_JOB_COUNT}` })
        .waitFor();
      const loadMore = page.getByRole('button', { name: 'Load more' });
      await loadMore.click();
      await page.locator(`#jobs-body tr >> nth=${SEEDED_JOB_COUNT - 1}`).waitFor();
      expect(await rows.count()).toBe(SEEDED_JOB_COUNT);
      expect(await loadMore.isHidden()).toBe(true);
      const keys = await rows.evaluateAll((all) =>
        all.map((tr) => tr.getAttribute('data-job-key')),
      );
      expect(new Set(keys).size).toBe(SEEDED_JOB_COUNT);

      await page.getByLabel('Order').selectOption('oldest');
      await page.waitForURL(/order=oldest/);
      await page.locator(`#jobs-body tr >> nth=${PAGE_SIZE}`).waitFor({ state: 'detached' });
      const times = await rows
        .locator('[data-field=submitted] time')
        .evaluateAll((all) =>
          all.map((time) => new Date(time.getAttribute('datetime') ?? '').getTime()),
        );
      expect(times).toEqual([...times].sort((a, b) => a - b));
      await page.context().close();
    });

    it("should open a failed job's detail view with its tasks, times, results and relatives", async () => {
      const page = await signedInConsole(served.browser, served.origin, 'admin');
      // By keyboard: the job's name is a link, Enter opens its detail view.
      await row(page, SEEDED_KEYS.error).locator('.job-link').focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.locator('#detail-results').waitFor();
      expect(new URL(page.url()).searchParams.get('job')).toBe(SEEDED_KEYS.error);
      expect(await dialog.locator('h2').textContent()).toBe('Delete LUN');
      const tasks = dialog.locator('.task-list li');
      expect(await tasks.count()).toBe(2);
      expect(await tasks.nth(1).locator('.task-failure').textContent()).toMatch(
        /is online and mapped/,
      );
      expect(await tasks.nth(0).locator('.task-times').textContent()).toMatch(
        /started .* finished .* took/,
      );
      expect(await dialog.textContent()).toContain('The job reported no results.');
      await screenshot(page, 'console-failed-job-detail');
      await expectNoSeriousAxeViolations(page);

      // Keyboard: Escape closes the view and the URL forgets the job.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForURL((url) => !url.searchParams.has('job'));
      // The focus is back on the row the view was opened from.
      expect(
        await row(page, SEEDED_KEYS.error)
          .locator('.job-link')
          .evaluate((link) => link === document.activeElement),
      ).toBe(true);

      // A parent lists the jobs it spawned; a child links back to its parent.
      await page.goto(`${served.origin}/?job=${encodeURIComponent(SEEDED_KEYS.parent)}`);
      await page.getByLabel('User').fill('admin');
      await page.getByLabel('Password').fill('admin');
      await page.getByRole('button', { name: 'Log in' }).click();
      await dialog.locator('.spawned li').first().waitFor();
      expect(await dialog.locator('.spawned li').count()).toBe(SEEDED_KEYS.children.length);
      expect(await dialog.locator('dl.results').textContent()).toContain('fileshareKey');
      await dialog.locator('.spawned a').first().click();
      await dialog.getByText('Parent job:').locator('a').waitFor();
      expect(await dialog.locator('h2').textContent()).toBe('Create Access-endpoint');
      await page.goBack();
      await dialog.locator('.spawned li').first().waitFor();
      await page.context().close();
    });

    it('should show a job another login starts through the API, without a reload', async () => {
      const { simulator } = served.gateway.app;
      const page = await signedInConsole(served.browser, served.origin, 'operator');
      await page.locator('#jobs-body tr').first().waitFor();
      await page.evaluate(() => Object.assign(window, { consoleMark: 'no reload' }));
      const countBefore = (await page.locator('#jobs-count').textContent()) ?? '';
      const totalBefore = Number(countBefore.split(' of ')[1]?.split(' ')[0]);

      // admin starts a backup over plain HTTP, as any other client of the gateway would.
      const response = await fetch(served.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: ADMIN },
        body: JSON.stringify({ query: StartBackupElsewhere.toString() }),
      });
      const { data } = (await response.json()) as {
        data: { createBackup: { job: { key: string } } };
      };
      const key = data.createBackup.job.key;

      const arrived = row(page, key);
      await arrived.waitFor();
      expect(await page.locator('#jobs-body tr').first().getAttribute('data-job-key')).toBe(key);
      expect(await arrived.getAttribute('data-live')).toBe('true');
      await page.locator('#jobs-count', { hasText: ` of ${totalBefore + 1} jobs` }).waitFor();
      await page.locator('#announcer', { hasText: 'New job: Backup database' }).waitFor();

      // Its changes follow in place; the operator started nothing and saw everything.
      simulator.advance(BACKUP_STEP_MS * BACKUP_TASKS);
      await page.locator(`#jobs-body tr[data-job-key="${key}"][data-state=COMPLETED]`).waitFor();
      expect(await page.locator(`#jobs-body tr[data-job-key="${key}"]`).count()).toBe(1);
      expect(await page.evaluate(() => Reflect.get(window, 'consoleMark'))).toBe('no reload');
      await screenshot(page, 'console-job-from-elsewhere');
      await page.context().close();
    });

    it('should let a job leave a view of running jobs when it completes', async () => {
      const { simulator } = served.gateway.app;
      const page = await signedInConsole(served.browser, served.origin, 'admin', {
        path: '/?state=RUNNING',
      });
      await page.locator('#jobs-count').getByText(/ of /).waitFor();
      const runningBefore = await page.locator('#jobs-body tr').count();

      await page.getByRole('button', { name: 'Start backup' }).click();
      const backup = page.locator('#jobs-body tr', { hasText: 'Backup database' });
      await backup.waitFor();
      const key = (await backup.getAttribute('data-job-key')) ?? '';
      const count = page.locator('#jobs-count');
      const total = runningBefore + 1;
      await count.getByText(`${total} of ${total} job${total === 1 ? '' : 's'}`).waitFor();

      simulator.advance(BACKUP_STEP_MS * BACKUP_TASKS);
      await row(page, key).waitFor({ state: 'detached' });
      // The seeded running job has finished by now too: nothing runs any more.
      await count.getByText('0 of 0 jobs').waitFor();
      await page.locator('#jobs-empty', { hasText: 'No jobs match these filters.' }).waitFor();
      await page.context().close();
    });

    it('should follow a running backup live to COMPLETED and announce it', async () => {
      const { simulator } = served.gateway.app;
      const page = await signedInConsole(served.browser, served.origin, 'admin');
      await page.locator('#jobs-body tr').first().waitFor();
      await page.evaluate(() => Object.assign(window, { consoleMark: 'no reload' }));

      await page.getByRole('button', { name: 'Start backup' }).click();
      const backup = page.locator('#jobs-body tr[data-state=RUNNING]', {
        hasText: 'Backup database',
      });
      await backup.waitFor();
      const key = (await backup.getAttribute('data-job-key')) ?? '';
      await page.locator(`#jobs-body tr[data-job-key="${key}"][data-live]`).waitFor();

      simulator.advance(BACKUP_STEP_MS);
      await row(page, key).locator('[data-field=progress]', { hasText: '1 of 2 tasks' }).waitFor();
      // Its detail view follows it too, while open.
      await row(page, key).locator('.job-link').click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('.task-list li').nth(1).waitFor();
      simulator.advance(BACKUP_STEP_MS * (BACKUP_TASKS - 1));
      await dialog.locator('.facts .badge.completed').waitFor();
      expect(await dialog.locator('.task-list li').count()).toBe(BACKUP_TASKS);
      await page.keyboard.press('Escape');
      await page.locator(`#jobs-body tr[data-job-key="${key}"][data-state=COMPLETED]`).waitFor();
      expect(await row(page, key).locator('[data-field=status]').textContent()).toBe('NORMAL');
      expect(await row(page, key).locator('[data-field=progress]').textContent()).toContain(
        `${BACKUP_TASKS} of ${BACKUP_TASKS} tasks`,
      );
      await page.locator('#announcer', { hasText: 'Backup database completed' }).waitFor();
      expect(await page.evaluate(() => Reflect.get(window, 'consoleMark'))).toBe('no reload');
      expect(await page.locator('#errors').textContent()).toBe('');
      await page.context().close();
    });

    it('should fit a 375 px wide phone screen without cutting anything off', async () => {
      const page = await signedInConsole(served.browser, served.origin, 'admin', {
        viewport: PHONE,
      });
      await page.locator('#jobs-body tr').first().waitFor();
      const { scrollWidth, clientWidth } = await horizontalOverflow(page);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await screenshot(page, 'console-phone', true);
      await expectNoSeriousAxeViolations(page);
      await row(page, SEEDED_KEYS.partialFailures).scrollIntoViewIfNeeded();
      await screenshot(page, 'console-phone-failures');

      await row(page, SEEDED_KEYS.error).locator('.job-link').click();
      await page.getByRole('dialog').locator('#detail-results').waitFor();
      const withDetail = await horizontalOverflow(page);
      expect(withDetail.scrollWidth).toBeLessThanOrEqual(withDetail.clientWidth);
      await screenshot(page, 'console-phone-detail');
      await page.context().close();
    });
  },
);
