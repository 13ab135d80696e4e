import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { abortJob, type LifecycleStep, type PlannedJob } from './lifecycle.ts';
import { isTerminalState, jobToWire, type StoredJob, type WireOptions } from './stored-job.ts';

interface PendingStep {
  key: string;
  step: LifecycleStep;
}

/**
 * The simulator's jobs and the lifecycle steps still to come. It never reads a clock: the
 * caller says up to which instant steps are due, so real and manual time work alike.
 */
export class JobStore {
  readonly #jobs = new Map<string, StoredJob>();
  /** Sorted by due time; steps due at the same instant keep the order they were added in. */
  #pendingSteps: PendingStep[] = [];
  readonly #listeners = new Map<string, Set<() => void>>();

  has(key: string): boolean {
    return this.#jobs.has(key);
  }

  get(key: string): StoredJob | undefined {
    return this.#jobs.get(key);
  }

  all(): StoredJob[] {
    return [...this.#jobs.values()];
  }

  /** The running job that holds `claim` (JobSpec.claims), if any. */
  claimant(claim: string): StoredJob | undefined {
    for (const job of this.#jobs.values()) {
      if (!isTerminalState(job.state) && job.claims?.includes(claim)) return job;
    }
    return undefined;
  }

  childrenOf(key: string): StoredJob[] {
    return this.all().filter((job) => job.parentKey === key);
  }

  view(key: string, options: WireOptions): UpstreamJob | undefined {
    const job = this.#jobs.get(key);
    return job && jobToWire(job, this.childrenOf(key), options);
  }

  add({ job, steps }: PlannedJob): void {
    if (this.#jobs.has(job.key)) throw new Error(`A job with key '${job.key}' already exists`);
    this.#jobs.set(job.key, job);
    for (const step of steps) this.#schedule({ key: job.key, step });
    this.#touchParent(job, job.submitMs);
  }

  nextDueMs(): number | undefined {
    return this.#pendingSteps[0]?.step.dueMs;
  }

  /** Applies, in order, every step due at or before `nowMs`. */
  applyStepsDueBy(nowMs: number): void {
    for (;;) {
      const next = this.#pendingSteps[0];
      if (!next || next.step.dueMs > nowMs) return;
      this.#pendingSteps.shift();
      const job = this.#jobs.get(next.key);
      if (!job) continue;
      const wasTerminal = isTerminalState(job.state);
      next.step.apply(job);
      this.#touch(job, next.step.dueMs);
      if (!wasTerminal && isTerminalState(job.state)) this.#touchParent(job, next.step.dueMs);
    }
  }

  abort(key: string, atMs: number, reason: string): void {
    const job = this.#jobs.get(key);
    if (!job) throw new Error(`No job with key '${key}' to abort`);
    if (isTerminalState(job.state)) return;
    this.#pendingSteps = this.#pendingSteps.filter((pending) => pending.key !== key);
    abortJob(job, atMs, reason);
    this.#touch(job, atMs);
    this.#touchParent(job, atMs);
  }

  /** Forgets the job and its steps to come; long polls held on it answer at once. */
  delete(key: string): void {
    const job = this.#jobs.get(key);
    if (!job) throw new Error(`No job with key '${key}' to delete`);
    this.#jobs.delete(key);
    this.#pendingSteps = this.#pendingSteps.filter((pending) => pending.key !== key);
    for (const listener of [...(this.#listeners.get(key) ?? [])]) listener();
    this.#touchParent(job, job.lastModifiedMs);
  }

  /** Calls `listener` after every change to the job; returns the unsubscribe function. */
  onChange(key: string, listener: () => void): () => void {
    const listeners = this.#listeners.get(key) ?? new Set();
    listeners.add(listener);
    this.#listeners.set(key, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(key);
    };
  }

  #schedule(pending: PendingStep): void {
    const index = this.#pendingSteps.findIndex((other) => other.step.dueMs > pending.step.dueMs);
    if (index === -1) this.#pendingSteps.push(pending);
    else this.#pendingSteps.splice(index, 0, pending);
  }

  #touch(job: StoredJob, atMs: number): void {
    job.lastModifiedMs = Math.max(atMs, job.lastModifiedMs + 1);
    for (const listener of [...(this.#listeners.get(job.key) ?? [])]) listener();
  }

  /** A parent's spawned_job_summary changes when a child appears or ends. */
  #touchParent(child: StoredJob, atMs: number): void {
    const parent = child.parentKey === undefined ? undefined : this.#jobs.get(child.parentKey);
    if (parent) this.#touch(parent, atMs);
  }
}
