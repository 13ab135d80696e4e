// Times as a person reads them: relative ("3 min ago") with the absolute time, its UTC offset
// included, on hover and for screen readers; durations as "1 h 4 min".

const absoluteFormat = new Intl.DateTimeFormat(undefined, {
  // dateStyle and timeStyle exclude timeZoneName: spell the fields out.
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'shortOffset',
});
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' });

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "30 Nov 2026, 14:02:11 GMT+1": the reader's own zone, with its offset spelled out. */
export function absoluteTime(iso: string): string {
  return absoluteFormat.format(new Date(iso));
}

/** "5 min ago", "yesterday", "in 2 min" (a clock running ahead). */
export function relativeTime(iso: string, nowMs: number): string {
  const deltaMs = new Date(iso).getTime() - nowMs;
  const size = Math.abs(deltaMs);
  if (size < 45 * SECOND) return deltaMs <= 0 ? 'just now' : 'in a moment';
  if (size < HOUR) return relativeFormat.format(Math.round(deltaMs / MINUTE), 'minute');
  if (size < DAY) return relativeFormat.format(Math.round(deltaMs / HOUR), 'hour');
  return relativeFormat.format(Math.round(deltaMs / DAY), 'day');
}

/** "45 s", "3 min 5 s", "2 h 10 min", "3 d 4 h": two units at most. */
export function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / SECOND));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours) return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes) return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
  return `${seconds} s`;
}

/** A `<time>` showing the relative time, the absolute one in its title. */
export function timeElement(iso: string, nowMs: number): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.title = absoluteTime(iso);
  time.dataset.relative = 'true';
  time.textContent = relativeTime(iso, nowMs);
  return time;
}

/** Re-reads every relative `<time>` under `root`; the page calls it on a timer. */
export function refreshRelativeTimes(root: ParentNode, nowMs: number): void {
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
    time.textContent = relativeTime(time.dateTime, nowMs);
  }
}
