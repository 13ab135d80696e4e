// AIQUM writes times as `2019-11-15 09:57:18+05:30`: a space instead of `T`, always an offset.
// The simulator writes every time at the fixed offset below (like the examples upstream).

const OFFSET_MINUTES = 330;
const OFFSET_TEXT = '+05:30';
const MS_PER_MINUTE = 60_000;

const TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+\- ])(\d{2}):?(\d{2}))$/;

function shiftedParts(ms: number): string {
  // The ISO string of the shifted instant reads as local time at our offset.
  return new Date(ms + OFFSET_MINUTES * MS_PER_MINUTE).toISOString();
}

/** `2024-03-15 10:00:00+05:30` (whole seconds), as AIQUM writes submit and complete times. */
export function formatAiqumTime(ms: number): string {
  const iso = shiftedParts(ms);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${OFFSET_TEXT}`;
}

/**
 * `2024-03-15 10:00:00.123+05:30`: the simulator's `last_modified` keeps milliseconds so two
 * changes within one second stay distinguishable for long polls.
 */
export function formatAiqumTimeWithMillis(ms: number): string {
  const iso = shiftedParts(ms);
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}${OFFSET_TEXT}`;
}

/**
 * Reads AIQUM and ISO 8601 times (with `T` or a space, optional fraction, `Z` or an offset).
 * A space where the offset sign should be is read as `+`, since an unencoded `+` in a query
 * string arrives as a space. Returns undefined when the text is not such a time.
 */
export function parseAiqumTime(text: string): number | undefined {
  const match = TIME_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offsetH, offsetM] = match;
  const millis = Number((fraction ?? '0').padEnd(3, '0').slice(0, 3));
  const utcMs = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    millis,
  );
  if (Number.isNaN(utcMs)) return undefined;
  if (zulu) return utcMs;
  const offsetMinutes = Number(offsetH) * 60 + Number(offsetM);
  return sign === '-'
    ? utcMs + offsetMinutes * MS_PER_MINUTE
    : utcMs - offsetMinutes * MS_PER_MINUTE;
}
