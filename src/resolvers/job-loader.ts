import DataLoader from 'dataloader';
import { type AiqumClient, type Credentials, MAX_RECORDS_PER_PAGE } from '../aiqum/client.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { NotFoundError } from '../errors.ts';

export type JobLoader = DataLoader<string, UpstreamJob | null>;

// 40 keys of ~45 characters, percent-encoded, keep the list URL near 2.5 KB.
export const KEYS_PER_LIST_REQUEST = 40;

// Characters AIQUM reads as filter syntax: a key holding one cannot go into `key=a|b|c`.
const FILTER_SYNTAX = /[*|,!<>"]/;

/**
 * The per-request job loader: every `job(key)` and `parentJob` of one request is fetched
 * with one list call (`key=a|b|c`). Created per request, so one caller's credentials never
 * serve another.
 */
export function createJobLoader(
  client: AiqumClient,
  credentials: Credentials | undefined,
  signal?: AbortSignal,
): JobLoader {
  return new DataLoader<string, UpstreamJob | null>(
    async (keys) => {
      const batchable = keys.filter((key) => !FILTER_SYNTAX.test(key));
      const found = new Map<string, UpstreamJob>();
      if (batchable.length > 0) {
        const list = await client.listJobs(
          { filters: { key: batchable.join('|') }, maxRecords: MAX_RECORDS_PER_PAGE },
          credentials,
          { signal },
        );
        for (const job of list.records) found.set(job.key, job);
      }
      const oneByOne = keys.filter((key) => FILTER_SYNTAX.test(key));
      await Promise.all(
        oneByOne.map(async (key) => {
          const job = await getJobOrNull(client, key, credentials, signal);
          if (job) found.set(key, job);
        }),
      );
      return keys.map((key) => found.get(key) ?? null);
    },
    { maxBatchSize: KEYS_PER_LIST_REQUEST },
  );
}

async function getJobOrNull(
  client: AiqumClient,
  key: string,
  credentials: Credentials | undefined,
  signal: AbortSignal | undefined,
): Promise<UpstreamJob | null> {
  try {
    return await client.getJob(key, credentials, { signal });
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
