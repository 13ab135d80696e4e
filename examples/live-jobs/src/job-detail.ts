import { describeCreatedObject } from './created-object.ts';
import { FollowJobSubscription, JobDetailQuery } from './documents.ts';
import { element } from './dom.ts';
import type { Gateway } from './gateway.ts';
import type { JobDetailQuery as JobDetailData } from './generated/graphql.ts';
import { badge } from './job-row.ts';
import { elapsedMs, type Job, summarizeTasks, type TaskReport } from './job-summary.ts';
import { absoluteTime, duration } from './time-format.ts';

type DetailedJob = NonNullable<JobDetailData['job']>;

export interface JobDetailHooks {
  hrefOf(key: string): string;
  /** Called when the reader closes the view (Escape, the Close button). */
  closed(): void;
  error(error: unknown): void;
}

/**
 * The detail view of one job, in a modal dialog: every task with its times and failure
 * reason, the results, the parent job and the jobs it spawned. It opens at once with what
 * the list knows and fills in from `job(key)`; live changes of the job read it again.
 */
export class JobDetail {
  readonly #dialog: HTMLDialogElement;
  readonly #content: HTMLElement;
  readonly #gateway: Gateway;
  readonly #hooks: JobDetailHooks;
  #key: string | undefined;
  #stopFollowing: (() => void) | undefined;
  #generation = 0;

  /** Listens until `signal` aborts (the console that made it is disposed). */
  constructor(
    dialog: HTMLDialogElement,
    gateway: Gateway,
    hooks: JobDetailHooks,
    signal: AbortSignal,
  ) {
    this.#dialog = dialog;
    this.#gateway = gateway;
    this.#hooks = hooks;
    const content = dialog.querySelector('.detail-content');
    if (!(content instanceof HTMLElement)) throw new Error('expects .detail-content in the dialog');
    this.#content = content;
    dialog.addEventListener(
      'close',
      () => {
        if (this.#key === undefined) return;
        this.#key = undefined;
        this.#unfollow();
        this.#hooks.closed();
      },
      { signal },
    );
  }

  get openKey(): string | undefined {
    return this.#key;
  }

  /** Opens (or switches) the view to a job; `known` is drawn while the full job loads. */
  open(key: string, known: Job | undefined): void {
    if (key !== this.#key) this.#follow(key);
    this.#key = key;
    this.#content.replaceChildren(
      known ? this.#sections(known, undefined) : element('p', { role: 'status' }, 'Loading…'),
    );
    this.#dialog.setAttribute('aria-busy', 'true');
    if (!this.#dialog.open) this.#dialog.showModal();
    void this.refresh();
  }

  close(): void {
    this.#key = undefined;
    this.#unfollow();
    if (this.#dialog.open) this.#dialog.close();
  }

  /**
   * Follows the open job through `jobUpdated(key)`, whether the list shows it or not: each
   * change reads the job again (results and relatives come with it). Ends with the job.
   */
  #follow(key: string): void {
    this.#unfollow();
    // The first event is the job as open() reads it anyway; later ones (a resubscription's
    // first included) are news.
    let first = true;
    this.#stopFollowing = this.#gateway.subscribe(
      FollowJobSubscription,
      { key },
      {
        next: () => {
          if (!first && this.#key === key) void this.refresh();
          first = false;
        },
        // The view shows what it last read; the error banner says why it stopped.
        error: (error) => {
          if (this.#key === key) this.#hooks.error(error);
        },
        complete: () => {},
      },
    );
  }

  #unfollow(): void {
    this.#stopFollowing?.();
    this.#stopFollowing = undefined;
  }

  /** Reads the open job again. */
  async refresh(): Promise<void> {
    const key = this.#key;
    if (key === undefined) return;
    const generation = ++this.#generation;
    try {
      const data = await this.#gateway.request(JobDetailQuery, { key });
      if (generation !== this.#generation || key !== this.#key) return;
      this.#content.replaceChildren(
        data.job
          ? this.#sections(data.job, data)
          : element('p', {}, 'AIQUM does not know this job (any more).'),
      );
    } catch (error) {
      if (generation === this.#generation) this.#hooks.error(error);
    } finally {
      if (generation === this.#generation) this.#dialog.removeAttribute('aria-busy');
    }
  }

  #sections(job: Job | DetailedJob, data: JobDetailData | undefined): DocumentFragment {
    const fragment = document.createDocumentFragment();
    const title = element('h2', { id: 'detail-title' }, job.name ?? 'Job');
    fragment.append(
      title,
      element('p', { class: 'detail-key' }, 'Key ', element('code', {}, job.key)),
      this.#facts(job),
      this.#tasks(job.taskReports),
    );
    if (data?.job) {
      fragment.append(this.#results(data.job), this.#relatives(data.job, data.spawnedJobs));
    }
    return fragment;
  }

  #facts(job: Job): HTMLElement {
    const tasks = summarizeTasks(job.taskReports);
    const ms = elapsedMs(job, Date.now());
    const facts: [string, Node | string][] = [
      ['State', badge(job.state)],
      ['Status', badge(job.status ?? '') || '—'],
      ['Type', job.type ?? '—'],
      ['Submitted', job.submitTime ? absoluteTime(job.submitTime) : '—'],
      ['Completed', job.completeTime ? absoluteTime(job.completeTime) : '—'],
      [job.terminal ? 'Duration' : 'Running for', ms === undefined ? '—' : duration(ms)],
      ['Created', describeCreatedObject(job) ?? (job.terminal ? 'nothing' : 'not yet')],
      [
        'Tasks',
        `${tasks.finished} of ${tasks.total} finished` +
          (tasks.failed ? `, ${tasks.failed} failed` : '') +
          (tasks.warnings ? `, ${tasks.warnings} with warnings` : ''),
      ],
    ];
    return definitionList('facts', facts);
  }

  #tasks(reports: readonly TaskReport[]): HTMLElement {
    const section = element('section', { 'aria-labelledby': 'detail-tasks' });
    section.append(element('h3', { id: 'detail-tasks' }, 'Tasks'));
    if (reports.length === 0) {
      section.append(element('p', {}, 'AIQUM reported no task yet.'));
      return section;
    }
    const list = element('ol', { class: 'task-list' });
    for (const report of reports) {
      const label = report.state === 'RUNNING' ? 'RUNNING' : (report.status ?? report.state);
      const times = [
        report.startTime ? `started ${absoluteTime(report.startTime)}` : '',
        report.completeTime ? `finished ${absoluteTime(report.completeTime)}` : '',
        report.startTime && report.completeTime
          ? `took ${duration(new Date(report.completeTime).getTime() - new Date(report.startTime).getTime())}`
          : '',
      ].filter(Boolean);
      const item = element(
        'li',
        { 'data-task-state': report.state, 'data-task-status': report.status ?? undefined },
        element('span', { class: 'task-name' }, report.name ?? report.key ?? 'task'),
        badge(label),
        element('span', { class: 'task-times' }, times.join(' · ')),
      );
      if ('description' in report && typeof report.description === 'string') {
        item.append(element('span', { class: 'task-description' }, report.description));
      }
      if (report.failureReason) {
        item.append(element('span', { class: 'task-failure' }, report.failureReason));
      }
      list.append(item);
    }
    section.append(list);
    return section;
  }

  #results(job: DetailedJob): HTMLElement {
    const section = element('section', { 'aria-labelledby': 'detail-results' });
    section.append(element('h3', { id: 'detail-results' }, 'Results'));
    if (job.results.length === 0) {
      section.append(
        element('p', {}, job.terminal ? 'The job reported no results.' : 'None yet: the job runs.'),
      );
    } else {
      section.append(
        definitionList(
          'results',
          job.results.map((result) => [result.name, element('code', {}, result.value ?? '')]),
        ),
      );
    }
    return section;
  }

  #relatives(job: DetailedJob, spawned: JobDetailData['spawnedJobs']): HTMLElement {
    const section = element('section', { 'aria-labelledby': 'detail-related' });
    section.append(element('h3', { id: 'detail-related' }, 'Related jobs'));
    const parent = job.parentJob;
    section.append(
      element(
        'p',
        {},
        'Parent job: ',
        parent ? this.#jobLink(parent.key, parent.name, parent.state) : 'none',
      ),
    );
    if (spawned.totalCount === 0) {
      section.append(element('p', {}, 'Spawned jobs: none'));
      return section;
    }
    const summary = job.spawnedJobSummary;
    const counts = summary
      ? ` (${summary.completedJobs ?? 0} completed, ${summary.runningJobs ?? 0} running, ${summary.failedJobs ?? 0} failed)`
      : '';
    section.append(element('p', {}, `Spawned jobs: ${spawned.totalCount}${counts}`));
    const list = element('ul', { class: 'spawned' });
    for (const child of spawned.nodes) {
      list.append(
        element(
          'li',
          {},
          this.#jobLink(child.key, child.name, child.state),
          ' ',
          badge(child.status ?? ''),
        ),
      );
    }
    section.append(list);
    return section;
  }

  #jobLink(key: string, name: string | null, state: string): HTMLElement {
    const link = element('a', { href: this.#hooks.hrefOf(key), 'data-open-job': key });
    link.textContent = `${name ?? key} (${state.toLowerCase()})`;
    return link;
  }
}

function definitionList(className: string, entries: [string, Node | string][]): HTMLDListElement {
  const list = element('dl', { class: className });
  for (const [term, value] of entries) {
    list.append(element('div', {}, element('dt', {}, term), element('dd', {}, value)));
  }
  return list;
}
