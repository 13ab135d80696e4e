import { aiqumTimeToIso } from '../../aiqum/job-mapping.ts';
import type { UpstreamJob } from '../../aiqum/wire-types.ts';

/** Epoch ms of the job's `submit_time`, or undefined when it has none (or an unreadable one). */
export function submitTimeMs(job: UpstreamJob): number | undefined {
  if (!job.submit_time) return undefined;
  try {
    const ms = Date.parse(aiqumTimeToIso(job.submit_time));
    return Number.isNaN(ms) ? undefined : ms;
  } catch {
    return undefined;
  }
}
