// CPU time of another process, from /proc/<pid>/stat (Linux): user + system time of every
// thread of the process (its main thread, GC helpers, libuv's pool), in microseconds.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
// /proc/<pid>/stat: "pid (comm) state ..." where comm may hold spaces; utime and stime are
// fields 14 and 15, i.e. the 12th and 13th after the closing parenthesis.
const UTIME_AFTER_COMM = 11;

/** CPU time the process has used so far, in µs (at the clock tick's resolution, 10 ms here). */
export function processCpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[UTIME_AFTER_COMM]) + Number(fields[UTIME_AFTER_COMM + 1]);
  return (ticks / CLOCK_TICKS_PER_S) * 1e6;
}

/** Tick resolution in µs: a round must use far more CPU than this for its figure to mean much. */
export const CPU_TICK_MICROS = 1e6 / CLOCK_TICKS_PER_S;
