import { Refusal } from '../refusal.ts';
import type { ResourceHandlers } from './resource.ts';

export const BACKUP_JOB_TYPE = 'backup';
const BACKUP_STEP_MS = 15_000;
const BACKUP_FILE = '/opt/netapp/data/ocum-backup/UM_9.14_backup.7z';

/** POST /admin/backup: no body; refused while another backup runs, as AIQUM documents. */
export const backupHandlers: ResourceHandlers = {
  create(_body, context) {
    const running = context.jobs
      .all()
      .some((job) => job.type === BACKUP_JOB_TYPE && job.state === 'running');
    if (running) {
      // AIQUM's documented answer, code included.
      throw new Refusal(
        400,
        'Invalid backup request. Backup operation already in progress.',
        '400',
        'backup',
      );
    }
    return {
      name: 'Backup database',
      type: BACKUP_JOB_TYPE,
      tasks: ['prepare_backup', 'dump_database', 'compress_archive', 'verify_archive'],
      stepMs: BACKUP_STEP_MS,
      results: [{ name: 'backupFile', value: BACKUP_FILE }],
    };
  },
};
