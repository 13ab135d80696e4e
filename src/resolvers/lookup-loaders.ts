import { type AiqumClient, type Credentials, MAX_RECORDS_PER_PAGE } from '../aiqum/client.ts';
import { LOOKUPS, type LookupKind, type LookupWireTypes } from '../aiqum/lookups.ts';
import { createKeyLoader, type KeyLoader } from './key-loader.ts';

/**
 * The per-request loaders of clusters, SVMs, LUNs, ...: every cross-link, `node(id)` and
 * `createdObject` of one request that names an object of a kind is read with one list call
 * (`key=a|b|c`), or one GET per key where the list takes no key filter (access endpoints).
 * Each loader is made when first used; made per request, so one caller's credentials never
 * serve another.
 */
export class LookupLoaders {
  readonly #loaders = new Map<LookupKind, KeyLoader<LookupWireTypes[LookupKind]>>();

  constructor(
    private readonly client: AiqumClient,
    private readonly credentials: Credentials | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {}

  of<Kind extends LookupKind>(kind: Kind): KeyLoader<LookupWireTypes[Kind]> {
    let loader = this.#loaders.get(kind);
    if (!loader) {
      loader = this.#create(kind);
      this.#loaders.set(kind, loader);
    }
    return loader as KeyLoader<LookupWireTypes[Kind]>;
  }

  /** Forgets every object loaded so far: the next read asks AIQUM again. */
  clearAll(): void {
    for (const loader of this.#loaders.values()) loader.clearAll();
  }

  #create<Kind extends LookupKind>(kind: Kind): KeyLoader<LookupWireTypes[Kind]> {
    const { client, credentials, signal } = this;
    const listByKeys = LOOKUPS[kind].keyFilter
      ? async (filter: string) =>
          (
            await client.listObjects(
              kind,
              { filters: { key: filter }, maxRecords: MAX_RECORDS_PER_PAGE },
              credentials,
              { signal },
            )
          ).records
      : undefined;
    return createKeyLoader<LookupWireTypes[Kind]>({
      listByKeys,
      getByKey: (key) => client.getObject(kind, key, credentials, { signal }),
    });
  }
}
