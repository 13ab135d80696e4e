import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { builder } from './builder.ts';
import { JobRef } from './job.ts';

export interface JobPayload {
  job: UpstreamJob;
}

export const JobPayloadRef = builder.objectRef<JobPayload>('JobPayload');

JobPayloadRef.implement({
  description:
    'What every mutation answers: the job AIQUM started for the operation, as AIQUM reports it ' +
    'right after accepting it (usually RUNNING). Follow it with job(key) or jobUpdated(key). ' +
    'If AIQUM accepted the operation but the job could not be read, the job carries only its ' +
    'key and state RUNNING.',
  fields: (t) => ({
    job: t.field({
      type: JobRef,
      description:
        'The job AIQUM started for the operation; its key is never lost, even when the job ' +
        'could not be read.',
      resolve: (payload) => payload.job,
    }),
  }),
});

export async function jobPayload(job: Promise<UpstreamJob>): Promise<JobPayload> {
  return { job: await job };
}

export const KeyReferenceInput = builder.inputType('KeyReferenceInput', {
  description: 'A reference to an AIQUM object by its key (upstream `{"key": ...}`).',
  fields: (t) => ({
    key: t.id({
      required: true,
      description:
        "The object's AIQUM key, or its id as the gateway answers it (`Svm:...`); AIQUM " +
        'receives the key (upstream `key`).',
    }),
  }),
});
