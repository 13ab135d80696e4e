import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WakeableSleep } from '../../src/live/delay.ts';

describe('WakeableSleep', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Whether `promise` settled once pending callbacks ran (no timer advanced). */
  async function settled(promise: Promise<void>): Promise<boolean> {
    let done = false;
    void promise.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    return done;
  }

  it('should sleep for the time given when nothing wakes it', async () => {
    const sleep = new WakeableSleep().sleep(1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(sleep)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(sleep)).toBe(true);
  });

  it('should end a sleep at once when woken, leaving no timer behind', async () => {
    const rounds = new WakeableSleep();
    const sleep = rounds.sleep(60_000);
    rounds.wake();
    expect(await settled(sleep)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('should keep a wake-up that came while nobody slept for the next sleep only', async () => {
    const rounds = new WakeableSleep();
    rounds.wake();
    expect(await settled(rounds.sleep(60_000))).toBe(true);
    expect(await settled(rounds.sleep(60_000))).toBe(false);
  });
});
