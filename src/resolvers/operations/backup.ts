import type { Operation } from './run-operation.ts';

const BACKUP_PATH = 'admin/backup';

/** POST /admin/backup, with no body: AIQUM backs up its database. */
export function createBackupOperation(): Operation {
  return { method: 'POST', path: BACKUP_PATH };
}
