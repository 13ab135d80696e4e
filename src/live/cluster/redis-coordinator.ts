import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import type { UpstreamJob } from '../../aiqum/wire-types.ts';
import type { Logger } from '../../logger.ts';
import { JobLease } from './lease.ts';

export const DEFAULT_SNAPSHOT_TTL_MS = 600_000;
const DEFAULT_RECONNECT_MAX_DELAY_MS = 2000;

export interface RedisCoordinatorOptions {
  url: string;
  logger: Logger;
  /** How long a lease outlives its holder; holders renew it every `renewIntervalMs`. */
  leaseTtlMs: number;
  /** Default: a third of the lease TTL, so two renewals may fail before the lease lapses. */
  renewIntervalMs?: number;
  /** How long the last known state of a job stays in Redis after the last renewal. */
  snapshotTtlMs?: number;
  /** Prefix of every key and channel, e.g. `aiqum-gateway:`. */
  keyPrefix: string;
  /** Longest wait between reconnection attempts while Redis is unreachable. */
  reconnectMaxDelayMs?: number;
}

/**
 * What replicas say to each other: a job's transition, jobs new to a live list, or that the
 * job's or list's poller let go.
 */
export type ClusterMessage = { job: UpstreamJob } | { jobs: UpstreamJob[] } | { released: true };

type MessageHandler = (message: ClusterMessage) => void;

/**
 * This replica's link to the others: leases, transitions over pub/sub, the snapshot of each
 * watched job. Two connections (commands, and one in subscriber mode); neither queues commands
 * while Redis is unreachable, so callers learn at once and poll on their own meanwhile.
 * Nothing it writes carries credentials: job states, lease owner ids, nothing else.
 */
export class RedisCoordinator {
  /** Owner of this replica's leases. */
  readonly id = randomUUID();
  readonly renewIntervalMs: number;
  readonly #commands: Redis;
  readonly #subscriber: Redis;
  readonly #handlers = new Map<string, Set<MessageHandler>>();
  readonly #changeListeners = new Set<() => void>();
  readonly #held = new Set<string>();
  readonly #leaseTtlMs: number;
  readonly #snapshotTtlMs: number;
  readonly #prefix: string;
  #connected = false;
  #lastError = 'not connected yet';
  #abandoning = false;
  #closed = false;

  constructor(private readonly options: RedisCoordinatorOptions) {
    this.#leaseTtlMs = options.leaseTtlMs;
    this.renewIntervalMs = options.renewIntervalMs ?? Math.floor(this.#leaseTtlMs / 3);
    this.#snapshotTtlMs = options.snapshotTtlMs ?? DEFAULT_SNAPSHOT_TTL_MS;
    this.#prefix = options.keyPrefix;
    const maxDelayMs = options.reconnectMaxDelayMs ?? DEFAULT_RECONNECT_MAX_DELAY_MS;
    const redisOptions: RedisOptions = {
      enableOfflineQueue: false,
      autoResubscribe: false,
      maxRetriesPerRequest: 0,
      commandTimeout: Math.max(100, this.renewIntervalMs),
      connectTimeout: Math.max(500, this.#leaseTtlMs),
      retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, maxDelayMs),
    };
    this.#commands = new Redis(options.url, { ...redisOptions, connectionName: 'commands' });
    this.#subscriber = new Redis(options.url, { ...redisOptions, connectionName: 'subscriber' });
    this.#subscriber.on('message', (channel: string, text: string) =>
      this.#dispatch(channel, text),
    );
    this.#subscriber.on('ready', () => this.#resubscribe());
    for (const connection of [this.#commands, this.#subscriber]) {
      connection.on('ready', () => this.#updateConnected());
      connection.on('close', () => this.#updateConnected());
      connection.on('error', (error: Error) => {
        this.#lastError = error.message;
      });
    }
  }

  /** Both connections are up: leases and pub/sub work. */
  get connected(): boolean {
    return this.#connected;
  }

  /** Jobs this replica polls for the cluster right now. */
  get leasesHeld(): number {
    return this.#held.size;
  }

  holds(key: string): boolean {
    return this.#held.has(key);
  }

  noteLease(key: string, held: boolean): void {
    if (held) this.#held.add(key);
    else this.#held.delete(key);
  }

  /** Set by `abandonLeases()`: stopping watches keep their leases, as a crash would. */
  get abandoning(): boolean {
    return this.#abandoning;
  }

  /** Resolves when connected, or after `timeoutMs` (still trying, and polling alone until then). */
  async waitUntilConnected(timeoutMs: number): Promise<boolean> {
    if (this.#connected) return true;
    return new Promise((resolve) => {
      const done = (connected: boolean) => {
        clearTimeout(timer);
        this.#changeListeners.delete(onChange);
        resolve(connected);
      };
      const onChange = () => {
        if (this.#connected) done(true);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      this.#changeListeners.add(onChange);
    });
  }

  /** `listener` runs whenever Redis becomes reachable or unreachable; returns its removal. */
  onConnectionChange(listener: () => void): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  lease(key: string): JobLease {
    return new JobLease(
      this.#commands,
      { lease: this.#key('lease', key), snapshot: this.#key('job', key) },
      this.id,
      { leaseMs: this.#leaseTtlMs, snapshotMs: this.#snapshotTtlMs },
    );
  }

  /** The right to run the discovery poll of one live list (`listId`) for the whole cluster. */
  listLease(listId: string): JobLease {
    return new JobLease(
      this.#commands,
      { lease: this.#key('list-lease', listId), snapshot: this.#key('list-recent', listId) },
      this.id,
      { leaseMs: this.#leaseTtlMs, snapshotMs: this.#snapshotTtlMs },
    );
  }

  /**
   * Delivers the job's cluster messages to `handler` from now on (and again after a reconnect).
   * Resolves once subscribed, or at once when Redis is unreachable; returns the removal.
   */
  listen(key: string, handler: MessageHandler): Promise<() => void> {
    return this.#listen(this.#key('updates', key), handler);
  }

  /** `listen` for a live list's messages: the jobs its discovery found, and its release. */
  listenList(listId: string, handler: MessageHandler): Promise<() => void> {
    return this.#listen(this.#key('list-updates', listId), handler);
  }

  /**
   * Jobs new to a live list, for every replica: `recent` (the latest found, bounded) as the
   * list's snapshot first, then the message.
   */
  async shareList(listId: string, jobs: UpstreamJob[], recent: UpstreamJob[]): Promise<void> {
    await this.#commands
      .multi()
      .set(this.#key('list-recent', listId), JSON.stringify(recent), 'PX', this.#snapshotTtlMs)
      .publish(this.#key('list-updates', listId), JSON.stringify({ jobs } satisfies ClusterMessage))
      .exec();
  }

  /** The latest jobs the list's discovery found, or none when nobody discovers it lately. */
  async readListRecent(listId: string): Promise<UpstreamJob[]> {
    const text = await this.#commands.get(this.#key('list-recent', listId));
    const recent: unknown = text ? JSON.parse(text) : [];
    return Array.isArray(recent) ? (recent as UpstreamJob[]) : [];
  }

  /** Tells the other replicas that nobody discovers the list now, so one of them takes over. */
  async announceListRelease(listId: string): Promise<void> {
    const message: ClusterMessage = { released: true };
    await this.#commands.publish(this.#key('list-updates', listId), JSON.stringify(message));
  }

  async #listen(channel: string, handler: MessageHandler): Promise<() => void> {
    let handlers = this.#handlers.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.#handlers.set(channel, handlers);
    }
    handlers.add(handler);
    const unlisten = () => {
      const current = this.#handlers.get(channel);
      if (!current?.delete(handler) || current.size > 0) return;
      this.#handlers.delete(channel);
      if (this.#subscriber.status === 'ready')
        this.#subscriber.unsubscribe(channel).catch(() => {});
    };
    if (handlers.size === 1 && this.#subscriber.status === 'ready') {
      await this.#subscriber.subscribe(channel).catch((error: Error) => {
        this.#lastError = error.message;
      });
    }
    return unlisten;
  }

  /** The job's new state for every replica: the snapshot first, then the message. */
  async share(key: string, job: UpstreamJob): Promise<void> {
    await this.#commands
      .multi()
      .set(this.#key('job', key), JSON.stringify(job), 'PX', this.#snapshotTtlMs)
      .publish(this.#key('updates', key), JSON.stringify({ job } satisfies ClusterMessage))
      .exec();
  }

  /** Tells the other replicas that nobody polls the job now, so one of them takes over at once. */
  async announceRelease(key: string): Promise<void> {
    const message: ClusterMessage = { released: true };
    await this.#commands.publish(this.#key('updates', key), JSON.stringify(message));
  }

  /** The last known state of the job, or undefined when no replica has watched it lately. */
  async readSnapshot(key: string): Promise<UpstreamJob | undefined> {
    const text = await this.#commands.get(this.#key('job', key));
    return text ? (JSON.parse(text) as UpstreamJob) : undefined;
  }

  /** From now on, stopping watches leave their leases to expire (tests and benchmarks: a crash). */
  abandonLeases(): void {
    this.#abandoning = true;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#changeListeners.clear();
    this.#handlers.clear();
    await Promise.all(
      [this.#commands, this.#subscriber].map((connection) =>
        connection.status === 'ready'
          ? connection.quit().then(
              () => {},
              () => connection.disconnect(),
            )
          : connection.disconnect(),
      ),
    );
  }

  #key(
    kind: 'lease' | 'job' | 'updates' | 'list-lease' | 'list-recent' | 'list-updates',
    key: string,
  ): string {
    return `${this.#prefix}${kind}:${key}`;
  }

  #updateConnected(): void {
    const connected = this.#commands.status === 'ready' && this.#subscriber.status === 'ready';
    if (connected === this.#connected || this.#closed) return;
    this.#connected = connected;
    const { logger } = this.options;
    if (connected) logger.info('redis reachable: polling jobs for the cluster, one replica each');
    else {
      logger.warn(
        { reason: this.#lastError },
        'redis unreachable: degraded, every replica polls the jobs its own subscribers watch',
      );
    }
    for (const listener of [...this.#changeListeners]) listener();
  }

  #resubscribe(): void {
    const channels = [...this.#handlers.keys()];
    if (channels.length === 0) return;
    this.#subscriber.subscribe(...channels).catch((error: Error) => {
      this.#lastError = error.message;
    });
  }

  #dispatch(channel: string, text: string): void {
    const handlers = this.#handlers.get(channel);
    if (!handlers) return;
    let message: ClusterMessage;
    try {
      message = JSON.parse(text) as ClusterMessage;
    } catch {
      this.options.logger.warn({ channel }, 'redis: ignored a message that is not JSON');
      return;
    }
    for (const handler of [...handlers]) handler(message);
  }
}
