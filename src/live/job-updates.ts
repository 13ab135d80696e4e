import type { UpstreamJob } from '../aiqum/wire-types.ts';

/** An event of a job subscription: the job, or the error that ends the subscription. */
export type JobUpdate = UpstreamJob | Error;

/**
 * Turns a watch into what a GraphQL subscription field wants. Waits for the first event, so a
 * caller who may not read the job (or names no job) gets an error and no stream; a later error
 * becomes the last event, so it reaches the client as a field error of that event (with its
 * code, through the usual masking) instead of tearing the transport's stream down.
 */
export async function jobUpdates(
  watch: AsyncIterableIterator<UpstreamJob>,
): Promise<AsyncIterableIterator<JobUpdate>> {
  let first: IteratorResult<UpstreamJob>;
  try {
    first = await watch.next();
  } catch (error) {
    await watch.return?.();
    throw error;
  }
  let pending: IteratorResult<UpstreamJob> | undefined = first;
  let finished = false;
  const done = (): IteratorReturnResult<undefined> => ({ value: undefined, done: true });
  const updates: AsyncIterableIterator<JobUpdate> = {
    [Symbol.asyncIterator]: () => updates,
    async next(): Promise<IteratorResult<JobUpdate>> {
      if (pending) {
        const result = pending;
        pending = undefined;
        return result;
      }
      if (finished) return done();
      try {
        return await watch.next();
      } catch (error) {
        finished = true;
        return { value: error instanceof Error ? error : new Error(String(error)), done: false };
      }
    },
    async return(): Promise<IteratorResult<JobUpdate>> {
      finished = true;
      pending = undefined;
      await watch.return?.();
      return done();
    },
  };
  return updates;
}
