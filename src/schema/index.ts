import { builder } from './builder.ts';
import './root.ts';
import './node.ts';
import './job.ts';
import './jobs.ts';
import './job-payload.ts';
import './workload.ts';
import './lun.ts';
import './file-share.ts';
import './access-endpoint.ts';
import './svm.ts';
import './cluster.ts';
import './performance-service-level.ts';
import './storage-efficiency-policy.ts';
import './backup.ts';

export const schema = builder.toSchema({ sortSchema: false });
