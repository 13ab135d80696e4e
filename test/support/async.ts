/** The next value of `iterator`, or a rejection after `timeoutMs`: tests never hang. */
export async function nextWithin<T>(
  iterator: AsyncIterator<T>,
  timeoutMs = 2000,
): Promise<IteratorResult<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`expects a next value within ${timeoutMs} ms, but got none`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([iterator.next(), timeout]);
  } finally {
    clearTimeout(timer);
  }
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
