import { type AiqumClient, type Credentials, MAX_RECORDS_PER_PAGE } from '../aiqum/client.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { createKeyLoader, type KeyLoader } from './key-loader.ts';

export type JobLoader = KeyLoader<UpstreamJob>;

/**
 * The per-request job loader: every `job(key)`, `parentJob` and job `node(id)` of one request
 * is fetched with one list call (`key=a|b|c`).
 */
export function createJobLoader(
  client: AiqumClient,
  credentials: Credentials | undefined,
  signal?: AbortSignal,
): JobLoader {
  return createKeyLoader<UpstreamJob>({
    listByKeys: async (filter) =>
      (
        await client.listJobs(
          { filters: { key: filter }, maxRecords: MAX_RECORDS_PER_PAGE },
          credentials,
          { signal },
        )
      ).records,
    getByKey: (key) => client.getJob(key, credentials, { signal }),
  });
}
