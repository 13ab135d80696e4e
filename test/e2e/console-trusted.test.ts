import { describe, expect, it } from 'vitest';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { readTrustedDocuments } from '../../src/trusted-documents.ts';
import { browserTestsEnabled } from '../support/browser.ts';
import { row, servedConsole, signedInConsole } from '../support/console-page.ts';

/** What `npm run codegen` writes for the page, and a trusted deployment passes as TRUSTED_DOCUMENTS. */
const PAGE_DOCUMENTS = new URL(
  '../../examples/live-jobs/src/generated/persisted-documents.json',
  import.meta.url,
).pathname;
const BACKUP_STEP_MS = 15_000;
const BACKUP_TASKS = 4;

describe.skipIf(!browserTestsEnabled('the jobs console trusted documents test'))(
  'the jobs console against a gateway that serves only its trusted documents',
  () => {
    const served = servedConsole({ trustedDocuments: readTrustedDocuments(PAGE_DOCUMENTS) });

    it('should list, filter, open a detail view and follow a backup by document ids alone', async () => {
      const { simulator } = served.gateway.app;
      const page = await signedInConsole(served.browser, served.origin, 'admin');
      const sent: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') sent.push(request.postData() ?? '');
      });
      await page.locator('#jobs-body tr').first().waitFor();

      await page.getByRole('checkbox', { name: 'error' }).check();
      await page.locator('#jobs-body tr:not([data-status=ERROR])').first().waitFor({
        state: 'detached',
      });
      await row(page, SEEDED_KEYS.error).locator('.job-link').click();
      await page.getByRole('dialog').locator('#detail-results').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Clear filters' }).click();

      await page.getByRole('button', { name: 'Start backup' }).click();
      const backup = page.locator('#jobs-body tr[data-state=RUNNING]', {
        hasText: 'Backup database',
      });
      await backup.waitFor();
      const key = (await backup.getAttribute('data-job-key')) ?? '';
      simulator.advance(BACKUP_STEP_MS * BACKUP_TASKS);
      await page.locator(`#jobs-body tr[data-job-key="${key}"][data-state=COMPLETED]`).waitFor();

      expect(await page.locator('#errors').textContent()).toBe('');
      expect(sent.length).toBeGreaterThan(3);
      for (const body of sent) {
        expect(JSON.parse(body)).toMatchObject({ documentId: expect.stringMatching(/^sha256:/) });
      }
      await page.context().close();
    });
  },
);
