import { FollowJobSubscription, RecentJobsQuery } from './documents.ts';
import type { Gateway } from './gateway.ts';
import type { GatewayError } from './gateway-error.ts';
import { type Job, renderJobRow } from './job-row.ts';

const RECENT_JOBS = 20;

/**
 * The jobs table of one login. Every job it shows as RUNNING is followed through
 * `jobUpdated` until its terminal event; each event replaces the job's row in place.
 */
export class JobBoard {
  readonly #gateway: Gateway;
  readonly #body: HTMLTableSectionElement;
  readonly #onError: (error: GatewayError) => void;
  readonly #jobs = new Map<string, Job>();
  /** Jobs with an open subscription, and whether its first event has arrived. */
  readonly #following = new Map<string, { stop: () => void; live: boolean }>();

  constructor(
    gateway: Gateway,
    body: HTMLTableSectionElement,
    onError: (error: GatewayError) => void,
  ) {
    this.#gateway = gateway;
    this.#body = body;
    this.#onError = onError;
  }

  /** Loads the recent jobs (rejects with a GatewayError) and follows the running ones. */
  async load(): Promise<void> {
    const data = await this.#gateway.request(RecentJobsQuery, { first: RECENT_JOBS });
    this.#jobs.clear();
    for (const job of data.jobs.nodes) this.#jobs.set(job.key, job);
    this.#body.replaceChildren(...data.jobs.nodes.map((job) => this.#row(job)));
    for (const job of data.jobs.nodes) this.#followIfRunning(job);
  }

  /** A job this page just started: shown first, then followed. */
  add(job: Job): void {
    this.#jobs.set(job.key, job);
    const existing = this.#findRow(job.key);
    if (existing) existing.replaceWith(this.#row(job));
    else this.#body.prepend(this.#row(job));
    this.#followIfRunning(job);
  }

  dispose(): void {
    for (const { stop } of this.#following.values()) stop();
    this.#following.clear();
  }

  #followIfRunning(job: Job): void {
    if (job.terminal || this.#following.has(job.key)) return;
    const following = { stop: () => {}, live: false };
    this.#following.set(job.key, following);
    following.stop = this.#gateway.subscribe(
      FollowJobSubscription,
      { key: job.key },
      {
        next: ({ jobUpdated }) => {
          following.live = !jobUpdated.terminal;
          this.#update(jobUpdated);
        },
        error: (error) => {
          this.#stopFollowing(job.key);
          this.#onError(error);
        },
        complete: () => this.#stopFollowing(job.key),
      },
    );
  }

  #stopFollowing(key: string): void {
    const following = this.#following.get(key);
    if (!following) return;
    this.#following.delete(key);
    following.live = false;
    const job = this.#jobs.get(key);
    if (job) this.#update(job);
  }

  #update(job: Job): void {
    this.#jobs.set(job.key, job);
    this.#findRow(job.key)?.replaceWith(this.#row(job));
  }

  #row(job: Job): HTMLTableRowElement {
    const following = this.#following.get(job.key);
    // Keep a reader's open task list open; open it for jobs followed live.
    const wasOpen = this.#findRow(job.key)?.querySelector('details')?.open ?? false;
    return renderJobRow(job, {
      live: following?.live ?? false,
      tasksOpen: wasOpen || following !== undefined,
    });
  }

  #findRow(key: string): HTMLTableRowElement | undefined {
    return [...this.#body.rows].find((row) => row.dataset.jobKey === key);
  }
}
