import type { Credentials } from '../aiqum/client.ts';
import type { AccessChecks, AccessHold } from './access-checks.ts';

/** A subscriber of a channel, as its login's group sees it. */
export interface GroupMember {
  /** The channel has a new event, or the login's access was checked again. */
  wake(): void;
  /** AIQUM refused the login: deliver nothing more, end with `error`. */
  refuse(error: Error): void;
  /** Leaves the channel now (shutdown). */
  release(): void;
}

/** The subscribers of one login, and that login's access. */
export interface LoginGroup<Member> {
  readonly credentials: Credentials;
  readonly members: Set<Member>;
  /** Re-checked on time; while it is stale the group receives nothing. */
  readonly access: AccessHold<unknown>;
}

/**
 * The subscribers of one channel (a job's, a live list's) grouped by login. Each login's access
 * is held from its first subscriber to its last: re-checked on time, it wakes the login's
 * subscribers when renewed, and ends them when AIQUM refuses it.
 */
export class LoginGroups<Member extends GroupMember> {
  /** In the order logins joined: the first one's credentials are polled with. */
  readonly #groups = new Map<Credentials, LoginGroup<Member>>();
  #size = 0;

  constructor(
    private readonly access: AccessChecks<unknown>,
    /** What the channel is in `access`: a job's key, a live list's. */
    private readonly accessKey: string,
    /** AIQUM refused these credentials; their subscribers have just ended. */
    private readonly onRefused?: (credentials: Credentials, error: Error) => void,
  ) {}

  get size(): number {
    return this.#size;
  }

  /** The credentials of a current subscriber, or undefined when nobody is left. */
  pollCredentials(): Credentials | undefined {
    for (const credentials of this.#groups.keys()) return credentials;
    return undefined;
  }

  credentials(): Credentials[] {
    return [...this.#groups.keys()];
  }

  /** Adds the subscriber `make` builds for the group of `credentials`, made on first use. */
  add(credentials: Credentials, make: (group: LoginGroup<Member>) => Member): Member {
    let group = this.#groups.get(credentials);
    if (!group) {
      const members = new Set<Member>();
      const access = this.access.hold(this.accessKey, credentials, {
        renewed: () => {
          for (const member of [...members]) member.wake();
        },
        refused: (error) => {
          this.refuse(credentials, error);
          this.onRefused?.(credentials, error);
        },
      });
      group = { credentials, members, access };
      this.#groups.set(credentials, group);
    }
    const member = make(group);
    group.members.add(member);
    this.#size += 1;
    return member;
  }

  /** Takes a subscriber out; false when it was not in. The last of a login lets its access go. */
  remove(member: Member, group: LoginGroup<Member>): boolean {
    if (!group.members.delete(member)) return false;
    if (group.members.size === 0 && this.#groups.get(group.credentials) === group) {
      this.#groups.delete(group.credentials);
      group.access.release();
    }
    this.#size -= 1;
    return true;
  }

  /** A new event: wakes the subscribers of every login whose access is fresh. */
  wakeFresh(): void {
    for (const group of this.#groups.values()) {
      if (!group.access.fresh) continue;
      for (const member of group.members) member.wake();
    }
  }

  /** These credentials may no longer read: their subscribers end now with `error`. */
  refuse(credentials: Credentials, error: Error): void {
    const group = this.#groups.get(credentials);
    if (!group) return;
    for (const member of [...group.members]) member.refuse(error);
  }

  /** Every subscriber leaves now (shutdown). */
  releaseAll(): void {
    for (const group of [...this.#groups.values()]) {
      for (const member of [...group.members]) member.release();
    }
  }
}
