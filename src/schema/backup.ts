import { createBackupOperation } from '../resolvers/operations/backup.ts';
import { runOperation } from '../resolvers/operations/run-operation.ts';
import { builder } from './builder.ts';
import { JobPayloadRef, jobPayload } from './job-payload.ts';

builder.mutationField('createBackup', (t) =>
  t.field({
    type: JobPayloadRef,
    description:
      'Starts a backup of the AIQUM database (POST /admin/backup); AIQUM refuses one while ' +
      'another runs. Job results name the `backupFile`.',
    resolve: (_root, _args, context) => jobPayload(runOperation(context, createBackupOperation())),
  }),
);
