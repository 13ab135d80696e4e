// Pure translations between AIQUM's wire values and the gateway's GraphQL values.
import { UpstreamProtocolError } from '../errors.ts';

export const JOB_STATES = ['RUNNING', 'COMPLETED', 'ABORTED', 'UNKNOWN'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_STATUSES = ['NORMAL', 'WARNING', 'PARTIAL_FAILURES', 'ERROR'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

const TERMINAL_STATES: ReadonlySet<JobState> = new Set(['COMPLETED', 'ABORTED']);

/** Upstream may add states later: anything it did not document becomes UNKNOWN. */
export function toJobState(upstreamState: unknown): JobState {
  const state = typeof upstreamState === 'string' ? upstreamState.toUpperCase() : undefined;
  return JOB_STATES.find((known) => known === state && known !== 'UNKNOWN') ?? 'UNKNOWN';
}

/** An undocumented status is no outcome the client can act on: null. */
export function toJobStatus(upstreamStatus: unknown): JobStatus | null {
  const status = typeof upstreamStatus === 'string' ? upstreamStatus.toUpperCase() : undefined;
  return JOB_STATUSES.find((known) => known === status) ?? null;
}

export function isTerminalState(state: JobState): boolean {
  return TERMINAL_STATES.has(state);
}

/** `JobState`/`JobStatus` as AIQUM spells it in filters: lower case. */
export function toUpstreamEnumValue(value: JobState | JobStatus): string {
  return value.toLowerCase();
}

// AIQUM writes `2019-11-15 09:57:18+05:30`; tolerate `T`, fractions, `Z` and `+0530` too.
const AIQUM_TIME =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * ISO 8601 with the same instant and the same offset as upstream gave. A time without an
 * offset is taken as UTC.
 */
export function aiqumTimeToIso(value: unknown): string {
  const match = typeof value === 'string' ? AIQUM_TIME.exec(value.trim()) : null;
  if (!match) {
    throw new UpstreamProtocolError(`expects an AIQUM timestamp, but got ${JSON.stringify(value)}`);
  }
  const [, date = '', time, offset] = match;
  const seconds = time?.length === 5 ? `${time}:00` : time;
  const iso = `${date}T${seconds}${normalizeOffset(offset)}`;
  if (Number.isNaN(Date.parse(iso)) || !isCalendarDate(date)) {
    throw new UpstreamProtocolError(`expects an AIQUM timestamp, but got '${value}'`);
  }
  return iso;
}

/** Epoch ms of an AIQUM time; undefined when there is none or it cannot be read. */
export function aiqumTimeMs(value: unknown): number | undefined {
  if (!value) return undefined;
  try {
    return Date.parse(aiqumTimeToIso(value));
  } catch {
    return undefined;
  }
}

/** `YYYY-MM-DD` names a day that exists: Date.parse takes 2019-02-30 for March 2. */
function isCalendarDate(date: string): boolean {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function normalizeOffset(offset: string | undefined): string {
  if (!offset || offset.toUpperCase() === 'Z') return 'Z';
  const sign = offset[0];
  const digits = offset.slice(1).replace(':', '');
  const hours = digits.slice(0, 2);
  const minutes = digits.slice(2, 4) || '00';
  return `${sign}${hours}:${minutes}`;
}

/**
 * An ISO 8601 time with an offset (the `DateTime` scalar) as AIQUM writes times in filters:
 * a space for `T`, `Z` as `+00:00`. The same instant and offset.
 */
export function isoToAiqumTime(iso: string): string {
  return iso.replace('T', ' ').replace(/Z$/i, '+00:00');
}
