import { JobsQuery } from './documents.ts';
import type { Gateway } from './gateway.ts';
import type { JobsQuery as JobsData } from './generated/graphql.ts';
import { renderJobRow } from './job-row.ts';
import { isNotOlder, type Job } from './job-summary.ts';
import { isFiltered, type JobView, matchesView, toJobFilter, toJobOrder } from './job-view.ts';

export const PAGE_SIZE = 20;
/**
 * The most rows the list holds: a console open all day drops its oldest rows past this, so its
 * memory stays bounded however many jobs arrive ("Load more" brings them back).
 */
const MAX_ROWS = 500;

export interface JobListElements {
  body: HTMLTableSectionElement;
  count: HTMLElement;
  loadMore: HTMLButtonElement;
  empty: HTMLElement;
}

export interface JobListHooks {
  /** The address of a job's detail view, for its row's link. */
  hrefOf(key: string): string;
  /** A job that entered the view or changed state while the page watched. */
  changed(job: Job, previous: Job | undefined): void;
  /** Whether a job's changes are pushed live right now (its row says so). */
  isLive(job: Job): boolean;
}

/**
 * The jobs of one view: the first page from `jobs`, more pages through the connection's
 * cursor, and every live event merged in by key: a new job enters at the top (newest first)
 * or, when every page is loaded, at the bottom (oldest first); a known one is updated in
 * place; one that no longer matches the view leaves it. `totalCount` follows along.
 */
export class JobList {
  readonly #gateway: Gateway;
  readonly #elements: JobListElements;
  readonly #hooks: JobListHooks;
  #view: JobView;
  #keys: string[] = [];
  readonly #jobs = new Map<string, Job>();
  #totalCount = 0;
  #endCursor: string | null = null;
  #hasNextPage = false;
  /** Answers of an older load are dropped: only the latest request writes the list. */
  #generation = 0;
  #loaded = false;
  /**
   * The end cursor is an offset: rows that left the view (or were dropped past MAX_ROWS) moved
   * it past rows not shown yet, so the next page is read from the top instead.
   */
  #cursorStale = false;
  /** Events that arrive while a load is in flight, applied on top of its answer. */
  #pending: Job[] | undefined;

  constructor(gateway: Gateway, elements: JobListElements, view: JobView, hooks: JobListHooks) {
    this.#gateway = gateway;
    this.#elements = elements;
    this.#view = view;
    this.#hooks = hooks;
  }

  get view(): JobView {
    return this.#view;
  }

  get jobs(): Job[] {
    return this.#keys.flatMap((key) => this.#jobs.get(key) ?? []);
  }

  get(key: string): Job | undefined {
    return this.#jobs.get(key);
  }

  /** Shows another view: its first page replaces the list. Rejects with a GatewayError. */
  async show(view: JobView): Promise<void> {
    this.#view = view;
    await this.#load(PAGE_SIZE);
  }

  /** Reads the shown window again (after a reconnect, events may have been missed). */
  async refetch(): Promise<void> {
    await this.#load(Math.min(MAX_ROWS, Math.max(PAGE_SIZE, this.#keys.length)));
  }

  async loadMore(): Promise<void> {
    if (!this.#hasNextPage || this.#endCursor === null) return;
    const generation = this.#generation;
    this.#elements.loadMore.disabled = true;
    try {
      if (this.#cursorStale) {
        await this.#load(Math.min(MAX_ROWS, this.#keys.length + PAGE_SIZE));
        return;
      }
      const { jobs } = await this.#gateway.request(JobsQuery, {
        ...this.#variables(PAGE_SIZE),
        after: this.#endCursor,
      });
      if (generation !== this.#generation) return;
      // Jobs that arrived live shift AIQUM's offsets: a page may repeat rows already shown.
      for (const job of jobs.nodes) {
        if (!this.#jobs.has(job.key)) this.#keys.push(job.key);
        this.#store(job);
      }
      this.#totalCount = jobs.totalCount;
      this.#endCursor = jobs.pageInfo.endCursor ?? this.#endCursor;
      this.#hasNextPage = jobs.pageInfo.hasNextPage;
      this.render();
    } finally {
      this.#elements.loadMore.disabled = false;
    }
  }

  /** Merges a job from a live event or a mutation's answer. */
  receive(job: Job): void {
    if (this.#pending) {
      this.#pending.push(job);
      return;
    }
    if (!this.#loaded) return;
    const previous = this.#jobs.get(job.key);
    if (previous && !isNotOlder(job, previous)) return;
    const belongs = matchesView(this.#view, job);
    if (previous) {
      if (belongs) {
        this.#store(job);
        this.#renderRow(job.key);
      } else {
        this.#keys = this.#keys.filter((key) => key !== job.key);
        this.#jobs.delete(job.key);
        this.#totalCount = Math.max(0, this.#totalCount - 1);
        this.#cursorStale = true;
        this.render();
      }
    } else if (belongs) {
      this.#totalCount += 1;
      this.#store(job);
      if (this.#view.order === 'newest') this.#keys.unshift(job.key);
      else if (!this.#hasNextPage) this.#keys.push(job.key);
      else this.#jobs.delete(job.key);
      this.#dropPastMaxRows();
      this.render();
    }
    this.#hooks.changed(job, previous);
  }

  /** Draws the whole list; rows keep the focus a reader had in them. */
  render(): void {
    const nowMs = Date.now();
    const focusedKey = this.#focusedKey();
    this.#elements.body.replaceChildren(...this.jobs.map((job) => this.#row(job, nowMs)));
    if (focusedKey) this.#focusRow(focusedKey);
    const shown = this.#keys.length;
    this.#elements.count.textContent = `${shown} of ${this.#totalCount} ${this.#totalCount === 1 ? 'job' : 'jobs'}`;
    this.#elements.loadMore.hidden = !this.#hasNextPage;
    this.#elements.empty.hidden = !this.#loaded || shown > 0;
    this.#elements.empty.textContent = isFiltered(this.#view)
      ? 'No jobs match these filters.'
      : 'No jobs yet.';
  }

  async #load(first: number): Promise<void> {
    const generation = ++this.#generation;
    this.#pending ??= [];
    let jobs: JobsData['jobs'];
    try {
      ({ jobs } = await this.#gateway.request(JobsQuery, this.#variables(first)));
    } catch (error) {
      if (generation === this.#generation) this.#applyPending();
      throw error;
    }
    if (generation !== this.#generation) return;
    this.#keys = jobs.nodes.map((job) => job.key);
    const previous = new Map(this.#jobs);
    this.#jobs.clear();
    for (const job of jobs.nodes) {
      const known = previous.get(job.key);
      // A live event newer than this answer wins.
      this.#jobs.set(job.key, known && !isNotOlder(job, known) ? known : job);
      if (this.#loaded && known && known.state !== job.state) this.#hooks.changed(job, known);
    }
    this.#totalCount = jobs.totalCount;
    this.#endCursor = jobs.pageInfo.endCursor ?? null;
    this.#hasNextPage = jobs.pageInfo.hasNextPage;
    this.#cursorStale = false;
    this.#loaded = true;
    this.render();
    this.#applyPending();
  }

  #dropPastMaxRows(): void {
    if (this.#keys.length <= MAX_ROWS) return;
    for (const key of this.#keys.splice(MAX_ROWS)) this.#jobs.delete(key);
    this.#hasNextPage = true;
    this.#cursorStale = true;
  }

  #applyPending(): void {
    const pending = this.#pending ?? [];
    this.#pending = undefined;
    if (this.#loaded) for (const job of pending) this.receive(job);
  }

  #variables(first: number) {
    return {
      first,
      filter: toJobFilter(this.#view),
      orderBy: toJobOrder(this.#view),
    };
  }

  #store(job: Job): void {
    this.#jobs.set(job.key, job);
  }

  #renderRow(key: string): void {
    const job = this.#jobs.get(key);
    const old = this.#findRow(key);
    if (!job || !old) return;
    const focused = old.contains(document.activeElement);
    old.replaceWith(this.#row(job, Date.now()));
    if (focused) this.#focusRow(key);
  }

  #row(job: Job, nowMs: number): HTMLTableRowElement {
    return renderJobRow(job, {
      live: this.#hooks.isLive(job),
      href: this.#hooks.hrefOf(job.key),
      nowMs,
    });
  }

  #findRow(key: string): HTMLTableRowElement | undefined {
    return [...this.#elements.body.rows].find((row) => row.dataset.jobKey === key);
  }

  #focusedKey(): string | undefined {
    const active = document.activeElement;
    if (!active || !this.#elements.body.contains(active)) return undefined;
    return active.closest('tr')?.dataset.jobKey;
  }

  #focusRow(key: string): void {
    this.#findRow(key)?.querySelector<HTMLElement>('a, button')?.focus();
  }
}
