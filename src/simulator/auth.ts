export interface SimulatorUser {
  password: string;
  canWrite: boolean;
}

export const DEFAULT_USERS: Record<string, SimulatorUser> = {
  admin: { password: 'admin', canWrite: true },
  operator: { password: 'operator', canWrite: false },
};

export const BASIC_CHALLENGE = 'Basic realm="Active IQ Unified Manager"';

export interface AuthenticatedUser {
  name: string;
  canWrite: boolean;
}

function decodeBasic(header: string | null): { name: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return undefined;
  return { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The user name a request's HTTP Basic credentials claim, whether or not they are right. */
export function claimedUserName(request: Request): string | undefined {
  return decodeBasic(request.headers.get('authorization'))?.name;
}

/**
 * Who may log in, and which jobs a user may not see. Tests change both while jobs are
 * watched, as an administrator changes a password, removes a user or narrows a role upstream.
 */
export class Accounts {
  readonly #users: Map<string, SimulatorUser>;
  /** Job key to the names of the users it is hidden from. */
  readonly #hidden = new Map<string, Set<string>>();

  constructor(users: Record<string, SimulatorUser>) {
    this.#users = new Map(Object.entries(users).map(([name, user]) => [name, { ...user }]));
  }

  /** HTTP Basic is AIQUM's only scheme; undefined for missing or wrong credentials. */
  authenticate(request: Request): AuthenticatedUser | undefined {
    const credentials = decodeBasic(request.headers.get('authorization'));
    const user = credentials && this.#users.get(credentials.name);
    if (!credentials || !user || user.password !== credentials.password) return undefined;
    return { name: credentials.name, canWrite: user.canWrite };
  }

  setUser(name: string, user: SimulatorUser): void {
    this.#users.set(name, { ...user });
  }

  removeUser(name: string): void {
    this.#users.delete(name);
  }

  hideJob(key: string, userName: string): void {
    const hiddenFrom = this.#hidden.get(key) ?? new Set();
    hiddenFrom.add(userName);
    this.#hidden.set(key, hiddenFrom);
  }

  sees(key: string, userName: string): boolean {
    return !this.#hidden.get(key)?.has(userName);
  }
}
