import { toJobState } from '../aiqum/job-mapping.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import type { LookupTypeName } from './global-ids.ts';

/** The job results that name what a job created, and the type of each. */
export const CREATED_OBJECT_RESULTS: Readonly<Record<string, LookupTypeName>> = {
  lunKey: 'Lun',
  fileshareKey: 'FileShare',
  svmKey: 'Svm',
  accessEndpointKey: 'AccessEndpoint',
};

/**
 * What a completed job made, from its `job_results` (the first result that names a LUN, file
 * share, SVM or access endpoint); null while it runs, and for jobs that made none of these.
 */
export function createdObjectOf(
  job: UpstreamJob,
): { typename: LookupTypeName; key: string } | null {
  if (toJobState(job.state) !== 'COMPLETED' || !Array.isArray(job.job_results)) return null;
  for (const result of job.job_results as unknown[]) {
    const { name, value } = (result ?? {}) as { name?: unknown; value?: unknown };
    if (typeof name !== 'string' || !Object.hasOwn(CREATED_OBJECT_RESULTS, name)) continue;
    const typename = CREATED_OBJECT_RESULTS[name];
    if (typename && typeof value === 'string' && value !== '') return { typename, key: value };
  }
  return null;
}
