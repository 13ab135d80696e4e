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

/** HTTP Basic is AIQUM's only scheme; returns undefined for missing or wrong credentials. */
export function authenticate(
  request: Request,
  users: Record<string, SimulatorUser>,
): AuthenticatedUser | undefined {
  const credentials = decodeBasic(request.headers.get('authorization'));
  if (!credentials || !Object.hasOwn(users, credentials.name)) return undefined;
  const user = users[credentials.name];
  if (!user || user.password !== credentials.password) return undefined;
  return { name: credentials.name, canWrite: user.canWrite };
}
