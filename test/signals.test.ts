import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/logger.ts';
import {
  exitOnShutdownSignals,
  SHUTDOWN_GRACE_MS,
  type ShutdownSignal,
  type SignalledProcess,
} from '../src/signals.ts';

const DRAIN_MS = 1000;

/** A stand-in for `process`: signals are emitted by the test, exits are recorded. */
class FakeProcess extends EventEmitter implements SignalledProcess {
  readonly exits: number[] = [];
  readonly exited = new Promise<number>((resolve) => this.once('exited', resolve));

  override on(event: ShutdownSignal, listener: (signal: ShutdownSignal) => void): this {
    return super.on(event, listener);
  }

  exit(code: number): void {
    this.exits.push(code);
    this.emit('exited', code);
  }

  signal(signal: ShutdownSignal): void {
    this.emit(signal, signal);
  }
}

function setUp(stop: () => Promise<void>) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = createLogger('info', destination);
  const target = new FakeProcess();
  const stopSpy = vi.fn(stop);
  exitOnShutdownSignals(target, { logger, drainMs: DRAIN_MS, stop: stopSpy });
  return { target, stop: stopSpy, messages: () => lines.map((line) => line.msg) };
}

/** A stop() that finishes when the test says so. */
function heldStop() {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { stop: () => done, finish };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('exitOnShutdownSignals', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'should stop once on %s, log "stopped" and exit 0',
    async (signal) => {
      const { target, stop, messages } = setUp(async () => undefined);

      target.signal(signal);

      expect(await target.exited).toBe(0);
      expect(stop).toHaveBeenCalledTimes(1);
      expect(messages()).toEqual(['shutting down', 'stopped']);
    },
  );

  it('should not cut the drain short on a second signal, as npm forwards one per Ctrl-C', async () => {
    const held = heldStop();
    const { target, stop, messages } = setUp(held.stop);

    target.signal('SIGINT');
    target.signal('SIGINT');
    held.finish();

    expect(await target.exited).toBe(0);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(target.exits).toEqual([0]);
    expect(messages()).toEqual([
      'shutting down',
      'already shutting down; signal 3 forces the exit',
      'stopped',
    ]);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('should exit at once on the third signal, %s giving %i', async (signal, code) => {
    const held = heldStop();
    const { target, stop, messages } = setUp(held.stop);

    target.signal('SIGTERM');
    target.signal('SIGINT');
    target.signal(signal);

    expect(await target.exited).toBe(code);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(messages().at(-1)).toBe('forced exit: the shutdown was cut short');
    held.finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(target.exits).toEqual([code]);
  });

  it('should exit 1 and say why when stop() fails', async () => {
    const { target, messages } = setUp(() => Promise.reject(new Error('redis quit failed')));

    target.signal('SIGTERM');

    expect(await target.exited).toBe(1);
    expect(messages()).toEqual(['shutting down', 'shutdown failed']);
  });

  it('should exit 1 when stop() outlasts the drain and the grace after it', async () => {
    vi.useFakeTimers();
    const { target, messages } = setUp(() => new Promise<void>(() => undefined));

    target.signal('SIGTERM');
    vi.advanceTimersByTime(DRAIN_MS + SHUTDOWN_GRACE_MS - 1);
    expect(target.exits).toEqual([]);
    vi.advanceTimersByTime(1);

    expect(target.exits).toEqual([1]);
    expect(messages().at(-1)).toBe('shutdown did not finish in time: exiting');
  });
});
