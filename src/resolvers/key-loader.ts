import DataLoader from 'dataloader';
import { literalFilterValue } from '../aiqum/filter-syntax.ts';
import { NotFoundError, UpstreamProtocolError } from '../errors.ts';

// 40 keys of ~80 characters, percent-encoded, keep the list URL near 4 KB.
export const KEYS_PER_LIST_REQUEST = 40;

/** How a loader reads objects by key: a list filtered by `key=a|b|c`, or one GET each. */
export interface KeySource<T extends { key: string }> {
  /**
   * One list call filtered by `key=<filter>`; undefined when the list takes no key filter.
   * Answers every record upstream listed, in any order.
   */
  listByKeys?: ((filter: string) => Promise<readonly unknown[]>) | undefined;
  /** One object; throws NotFoundError when upstream does not know the key. */
  getByKey(key: string): Promise<T>;
}

export type KeyLoader<T> = DataLoader<string, T | null>;

function hasKey(record: unknown): record is { key: string } {
  if (typeof record !== 'object' || record === null) return false;
  const { key } = record as { key?: unknown };
  return typeof key === 'string' && key !== '';
}

/** `key=a|b|c`, each key quoted where it holds filter syntax; undefined when one cannot be. */
export function anyKeyFilter(keys: readonly string[]): string | undefined {
  const values = keys.map(literalFilterValue);
  return values.every((value) => value !== undefined) ? values.join('|') : undefined;
}

/**
 * A per-request loader: the keys asked for in one tick become one list call (`key=a|b|c`, at
 * most KEYS_PER_LIST_REQUEST keys, quoted where they hold `,` or other filter syntax), with one
 * GET for a key no filter can carry (it holds `"`) or when the list has no key filter. A key
 * upstream does not know loads as null. Made per request, so one caller's credentials never
 * serve another.
 */
export function createKeyLoader<T extends { key: string }>(source: KeySource<T>): KeyLoader<T> {
  const { listByKeys } = source;
  return new DataLoader<string, T | null>(
    async (keys) => {
      const batchable = listByKeys ? keys.filter((key) => anyKeyFilter([key]) !== undefined) : [];
      const found = new Map<string, T | Error>();
      const filter = anyKeyFilter(batchable);
      if (listByKeys && filter !== undefined && batchable.length > 0) {
        const wanted = new Set(batchable);
        let keyless = 0;
        for (const record of await listByKeys(filter)) {
          if (!hasKey(record)) keyless += 1;
          else if (wanted.has(record.key)) found.set(record.key, record as T);
        }
        // A record listed without a readable key may be any key it did not answer: those keys
        // answer that upstream's answer could not be read, not that the object does not exist.
        if (keyless > 0) {
          const error = new UpstreamProtocolError(
            `Upstream listed ${keyless} record(s) without a readable 'key'`,
          );
          for (const key of batchable) if (!found.has(key)) found.set(key, error);
        }
      }
      const oneByOne = keys.filter((key) => !batchable.includes(key));
      await Promise.all(
        oneByOne.map(async (key) => {
          const object = await getOrNull(source, key);
          if (object) found.set(key, object);
        }),
      );
      return keys.map((key) => found.get(key) ?? null);
    },
    { maxBatchSize: KEYS_PER_LIST_REQUEST },
  );
}

async function getOrNull<T extends { key: string }>(
  source: KeySource<T>,
  key: string,
): Promise<T | null> {
  try {
    return await source.getByKey(key);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
