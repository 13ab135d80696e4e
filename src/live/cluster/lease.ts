import type { Redis } from 'ioredis';

// `SET NX PX` takes a free lease; a replica that already holds it extends it (and the job's
// snapshot, so the last known state lives as long as somebody polls). Release deletes the
// lease only while it is still this replica's: one that expired and was taken is never touched.
const CLAIM = `if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 1
end
if redis.call('get', KEYS[1]) == ARGV[1] then
  redis.call('pexpire', KEYS[1], ARGV[2])
  redis.call('pexpire', KEYS[2], ARGV[3])
  return 1
end
return 0`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0`;

export interface LeaseKeys {
  lease: string;
  snapshot: string;
}

/**
 * The right to poll one job for the whole cluster: a Redis key holding the id of the replica
 * that polls, with a TTL. It expires on its own when that replica stops renewing it.
 */
export class JobLease {
  constructor(
    private readonly redis: Redis,
    private readonly keys: LeaseKeys,
    private readonly owner: string,
    private readonly ttls: { leaseMs: number; snapshotMs: number },
  ) {}

  /** Takes the lease when it is free, renews it when it is ours; false when another holds it. */
  async claim(): Promise<boolean> {
    const { lease, snapshot } = this.keys;
    const { leaseMs, snapshotMs } = this.ttls;
    const answer = await this.redis.eval(
      CLAIM,
      2,
      lease,
      snapshot,
      this.owner,
      leaseMs,
      snapshotMs,
    );
    return answer === 1;
  }

  /** Drops the lease if it is still this replica's, so another replica may take over at once. */
  async release(): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keys.lease, this.owner);
  }
}
