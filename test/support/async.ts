/** What `promise` settles with, or a rejection naming `what` after `timeoutMs`. */
export async function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`expects ${what} within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The next value of `iterator`, or a rejection after `timeoutMs`: tests never hang. */
export function nextWithin<T>(
  iterator: AsyncIterator<T>,
  timeoutMs = 2000,
): Promise<IteratorResult<T>> {
  return within(iterator.next(), timeoutMs, 'a next value');
}

/** The next value, which must not be the end. */
export async function valueWithin<T>(iterator: AsyncIterator<T>, timeoutMs = 2000): Promise<T> {
  const result = await nextWithin(iterator, timeoutMs);
  if (result.done) throw new Error('expects a value, but the iterator ended');
  return result.value;
}

/** Rejects with what `iterator.next()` threw, or fails when it gave a value instead. */
export async function errorWithin(iterator: AsyncIterator<unknown>, timeoutMs = 2000) {
  try {
    const result = await nextWithin(iterator, timeoutMs);
    throw new Error(`expects an error, but got ${JSON.stringify(result)}`);
  } catch (error) {
    return error as Error;
  }
}
