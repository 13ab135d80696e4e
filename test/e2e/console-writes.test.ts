import { describe, expect, it } from 'vitest';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { ADMIN } from '../support/app.ts';
import { browserTestsEnabled } from '../support/browser.ts';
import {
  expectNoSeriousAxeViolations,
  logIn,
  openConsole,
  row,
  screenshot,
  servedConsole,
  signedInConsole,
} from '../support/console-page.ts';

const TEN_GIB = 10 * 1024 ** 3;
/** A LUN creation: three tasks of the simulator's default second. */
const LUN_JOB_MS = 3000;

describe.skipIf(!browserTestsEnabled('the jobs console write tests'))(
  'the jobs console write controls',
  () => {
    const served = servedConsole();

    function lunPosts() {
      return served.gateway.app.simulator.requests.filter(
        (request) => request.method === 'POST' && request.path.endsWith('/storage-provider/luns'),
      );
    }

    it('should create a LUN from the pickers, checked before sending, its row showing the LUN', async () => {
      const { simulator } = served.gateway.app;
      const page = await signedInConsole(served.browser, served.origin, 'admin');
      const name = page.getByLabel('Name', { exact: true });
      const svm = page.getByLabel('SVM', { exact: true });
      const serviceLevel = page.getByLabel('Performance service level');
      const create = page.getByRole('button', { name: 'Create LUN' });
      const formError = page.locator('#lun-error');
      const before = lunPosts().length;

      // The pickers hold what AIQUM lists; the name is a free one.
      await svm.locator(`option[value="${SEEDED_OBJECTS.svm}"]`).waitFor({ state: 'attached' });
      expect(await svm.locator(`option[value="${SEEDED_OBJECTS.svm}"]`).textContent()).toContain(
        SEEDED_NAMES.svm,
      );
      expect(await serviceLevel.locator('option').allTextContents()).toContain(
        'Value: 128 IOPS per TB',
      );
      expect(await name.inputValue()).toBe('lun_app_01');

      // Checked before anything is sent: the name's form, the size, the name's availability.
      await name.fill('1 bad name');
      await create.click();
      await formError.getByText('A LUN name starts with a letter').waitFor();
      expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
      await name.fill('lun_app_01');
      await page.getByLabel('Size (GiB)').fill('0');
      await create.click();
      await formError.getByText('The size must be').waitFor();
      await page.getByLabel('Size (GiB)').fill('10');
      await name.fill(SEEDED_NAMES.lun);
      await create.click();
      await formError.getByText(`A LUN named ${SEEDED_NAMES.lun} exists already.`).waitFor();
      expect(lunPosts().length).toBe(before);

      await name.fill('lun_app_01');
      await svm.selectOption(SEEDED_OBJECTS.svm);
      await serviceLevel.selectOption(SEEDED_OBJECTS.performanceServiceLevels.value);
      await create.click();
      const job = page.locator('#jobs-body tr[data-state=RUNNING]', { hasText: 'Create LUN' });
      await job.waitFor();
      const key = (await job.getAttribute('data-job-key')) ?? '';
      expect(await formError.textContent()).toBe('');
      expect(lunPosts().at(-1)?.body).toMatchObject({
        name: 'lun_app_01',
        os_type: 'linux',
        space: { size: TEN_GIB },
        svm: { key: SEEDED_OBJECTS.svm },
        performance_service_level: { key: SEEDED_OBJECTS.performanceServiceLevels.value },
      });

      // Once the job completes, its row names what it made.
      simulator.advance(LUN_JOB_MS);
      await page.locator(`#jobs-body tr[data-job-key="${key}"][data-state=COMPLETED]`).waitFor();
      await row(page, key)
        .locator('[data-field=created]', { hasText: `LUN lun_app_01 on ${SEEDED_NAMES.svm}` })
        .waitFor();
      await screenshot(page, 'console-lun-created');

      // The next suggestion is free: a second submit is no 409.
      expect(await name.inputValue()).toBe('lun_app_02');
      await create.click();
      // The first one has completed: the running one is the second.
      await job.waitFor();
      expect(await job.getAttribute('data-job-key')).not.toBe(key);
      expect(lunPosts().at(-1)?.body).toMatchObject({ name: 'lun_app_02' });
      expect(await page.locator('#errors').textContent()).toBe('');
      await page.context().close();
    });

    it('should turn read-only after the first FORBIDDEN, with one line saying why', async () => {
      const page = await signedInConsole(served.browser, served.origin, 'operator');
      const backup = page.getByRole('button', { name: 'Start backup' });
      expect(await backup.isEnabled()).toBe(true);

      await backup.click();
      const refusal = page.locator('#errors li[data-code=FORBIDDEN]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('Your AIQUM role does not allow this.');
      const note = page.locator('#read-only-note');
      await note.waitFor();
      expect(await note.textContent()).toBe(
        'Read only: AIQUM does not let operator start jobs, so these controls are off.',
      );
      expect(await backup.isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Create LUN' }).isDisabled()).toBe(true);
      expect(await page.getByLabel('Name', { exact: true }).isDisabled()).toBe(true);
      expect(await page.locator('#errors li').count()).toBe(1);
      await screenshot(page, 'console-read-only');
      await expectNoSeriousAxeViolations(page);

      // Logging out and in as someone else gives the controls back, and nothing of the first
      // login lives on: no request carries its credentials any more.
      await page.getByRole('button', { name: 'Log out' }).click();
      const afterLogout: string[] = [];
      page.on('request', (request) => {
        const authorization = request.headers().authorization;
        if (authorization) afterLogout.push(authorization);
      });
      await logIn(page, 'admin');
      expect(await backup.isEnabled()).toBe(true);
      expect(await note.isHidden()).toBe(true);
      await page.getByRole('checkbox', { name: 'running' }).check();
      await page.waitForURL(/state=RUNNING/);
      await page.locator('#jobs-body tr:not([data-state=RUNNING])').first().waitFor({
        state: 'detached',
      });
      expect(afterLogout.length).toBeGreaterThan(1);
      expect(afterLogout.filter((value) => value !== ADMIN)).toEqual([]);
      await page.context().close();
    });

    it('should refuse a wrong password at the login form in words', async () => {
      const page = await openConsole(served.browser, served.origin);
      await page.getByLabel('User').fill('admin');
      await page.getByLabel('Password').fill('wrong');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page
        .locator('#login-error', { hasText: 'AIQUM did not accept this user and password.' })
        .waitFor();
      expect(await page.locator('#login-error').textContent()).toContain('(UNAUTHENTICATED)');
      expect(await page.locator('#jobs').isHidden()).toBe(true);
      expect(await page.locator('#connection').isHidden()).toBe(true);
      await page.context().close();
    });
  },
);
