import { builder } from './builder.ts';
import './root.ts';
import './job.ts';
import './jobs.ts';
import './job-payload.ts';
import './lun.ts';
import './file-share.ts';
import './access-endpoint.ts';
import './svm.ts';
import './backup.ts';

export const schema = builder.toSchema({ sortSchema: false });
