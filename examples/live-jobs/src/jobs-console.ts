import { Announcer } from './announcer.ts';
import { ConnectionIndicator } from './connection-indicator.ts';
import { StartBackupMutation, StartLunCreationMutation } from './documents.ts';
import { byId } from './dom.ts';
import type { ErrorList } from './error-list.ts';
import { FilterBar } from './filter-bar.ts';
import { Gateway } from './gateway.ts';
import { JobDetail } from './job-detail.ts';
import { JobList } from './job-list.ts';
import { refreshElapsedTimes } from './job-row.ts';
import type { Job } from './job-summary.ts';
import { type JobView, sameView, viewFromUrl, writeViewToUrl } from './job-view.ts';
import { LiveFeed } from './live-feed.ts';
import { FormInputError, LunForm } from './lun-form.ts';
import { refreshRelativeTimes } from './time-format.ts';
import { WriteAccess } from './write-access.ts';

const ELAPSED_TICK_MS = 1000;
const RELATIVE_TICK_MS = 30_000;
/** The URL parameter naming the job whose detail view is open. */
const JOB_PARAM = 'job';

/**
 * The console of one signed-in login: the live list with its filters, the detail view, the
 * write controls and the connection indicator, wired to one Gateway. `dispose()` undoes it all.
 */
export class JobsConsole {
  readonly #user: string;
  readonly #errors: ErrorList;
  readonly #gateway: Gateway;
  readonly #indicator: ConnectionIndicator;
  readonly #announcer = new Announcer(byId('announcer', HTMLElement));
  readonly #list: JobList;
  readonly #live: LiveFeed;
  readonly #detail: JobDetail;
  readonly #filters: FilterBar;
  readonly #access: WriteAccess;
  readonly #lunForm: LunForm;
  /** Aborted by dispose(): every listener and timer of this console goes with it. */
  readonly #lifetime = new AbortController();
  #connected = false;

  constructor(authorization: string, user: string, errors: ErrorList) {
    this.#user = user;
    this.#errors = errors;
    const signal = this.#lifetime.signal;
    this.#indicator = new ConnectionIndicator(
      byId('connection', HTMLElement),
      () => this.#gateway.retryNow(),
      signal,
    );
    this.#gateway = new Gateway(authorization, {
      connection: (connection) => {
        this.#indicator.show(connection);
        const connected = connection.state === 'live';
        if (connected === this.#connected) return;
        // Rows marked live are live no more (or again).
        this.#connected = connected;
        this.#list.render();
      },
      reconnected: () => void this.#catchUp(),
    });
    this.#live = new LiveFeed(this.#gateway, {
      job: (job) => this.#list.receive(job),
      error: (error) => this.#errors.show(error),
      activeChanged: () => this.#list.render(),
      resumed: () => void this.#catchUp(),
    });
    const view = viewFromUrl(new URLSearchParams(location.search));
    this.#list = new JobList(
      this.#gateway,
      {
        body: byId('jobs-body', HTMLTableSectionElement),
        count: byId('jobs-count', HTMLElement),
        loadMore: byId('load-more', HTMLButtonElement),
        empty: byId('jobs-empty', HTMLElement),
      },
      view,
      {
        hrefOf: (key) => this.#hrefOf(key),
        changed: (job, previous) => this.#changed(job, previous),
        isLive: (job) => this.#connected && this.#live.active && !job.terminal,
      },
    );
    this.#detail = new JobDetail(
      byId('job-detail', HTMLDialogElement),
      this.#gateway,
      {
        hrefOf: (key) => this.#hrefOf(key),
        closed: () => this.#setUrl({ job: undefined }, 'push'),
        error: (error) => this.#errors.show(error),
      },
      signal,
    );
    this.#filters = new FilterBar(
      byId('filters', HTMLFormElement),
      (next) => void this.#showView(next),
      signal,
    );
    this.#filters.write(view);
    this.#access = new WriteAccess(
      [byId('backup-controls', HTMLFieldSetElement), byId('lun-controls', HTMLFieldSetElement)],
      byId('read-only-note', HTMLElement),
    );
    this.#lunForm = new LunForm(byId('lun-form', HTMLFormElement), this.#gateway);
    this.#wire();
  }

  /** Loads the first page; rejects with a GatewayError (the login form shows it). */
  async start(): Promise<void> {
    this.#live.start(this.#list.view);
    await this.#list.show(this.#list.view);
    this.#openFromUrl();
    this.#lunForm.load().catch((error: unknown) => this.#errors.show(error));
  }

  dispose(): void {
    this.#lifetime.abort();
    this.#live.stopAll();
    this.#detail.close();
    this.#gateway.dispose();
    this.#indicator.hide();
    this.#announcer.clear();
    this.#access.reset();
    byId('jobs-body', HTMLTableSectionElement).replaceChildren();
  }

  #wire(): void {
    const signal = this.#lifetime.signal;
    const listen = (target: EventTarget, type: string, handler: (event: Event) => void) => {
      target.addEventListener(type, handler, { signal });
    };
    const body = byId('jobs-body', HTMLTableSectionElement);
    const elapsed = setInterval(() => refreshElapsedTimes(body, Date.now()), ELAPSED_TICK_MS);
    const relative = setInterval(() => refreshRelativeTimes(body, Date.now()), RELATIVE_TICK_MS);
    signal.addEventListener('abort', () => {
      clearInterval(elapsed);
      clearInterval(relative);
    });

    listen(document.body, 'click', (event) => {
      if (!(event instanceof MouseEvent) || !(event.target instanceof Element)) return;
      const link = event.target.closest<HTMLAnchorElement>('a[data-open-job]');
      if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      this.#open(link.dataset.openJob ?? '');
    });
    listen(window, 'popstate', () => {
      const view = viewFromUrl(new URLSearchParams(location.search));
      this.#filters.write(view);
      void this.#showView(view, false);
      this.#openFromUrl();
    });
    listen(byId('refresh', HTMLButtonElement), 'click', () => void this.#catchUp());
    listen(byId('load-more', HTMLButtonElement), 'click', () => {
      this.#list.loadMore().catch((error: unknown) => this.#errors.show(error));
    });
    listen(byId('start-backup', HTMLButtonElement), 'click', () => {
      void this.#write(byId('start-backup', HTMLButtonElement), async () => {
        const { createBackup } = await this.#gateway.request(StartBackupMutation, {});
        return createBackup.job;
      });
    });
    const lunForm = byId('lun-form', HTMLFormElement);
    listen(lunForm, 'submit', (event) => {
      event.preventDefault();
      void this.#write(byId('create-lun', HTMLButtonElement), async () => {
        const input = await this.#lunForm.read();
        const { createLun } = await this.#gateway.request(StartLunCreationMutation, { input });
        this.#lunForm.accepted(input.name);
        return createLun.job;
      });
    });
  }

  /** Runs one write; its job joins the list at once and is followed until it ends. */
  async #write(button: HTMLButtonElement, start: () => Promise<Job>): Promise<void> {
    const formError = byId('lun-error', HTMLElement);
    formError.textContent = '';
    button.disabled = true;
    try {
      const job = await start();
      this.#list.receive(job);
      this.#live.followOwn(job);
    } catch (error) {
      if (error instanceof FormInputError) {
        formError.textContent = error.message;
        byId('lun-form', HTMLFormElement)
          .querySelector<HTMLElement>(`[name="${error.field}"]`)
          ?.focus();
      } else {
        this.#errors.show(error);
        this.#access.noteRefusal(error, this.#user);
      }
    } finally {
      button.disabled = false;
    }
  }

  async #showView(view: JobView, updateUrl = true): Promise<void> {
    if (sameView(view, this.#list.view)) return;
    if (updateUrl) this.#setUrl({ view }, 'replace');
    this.#live.start(view);
    try {
      await this.#list.show(view);
    } catch (error) {
      this.#errors.show(error);
    }
  }

  /** After a reconnect or a Refresh: read everything shown again, so no change is missed. */
  async #catchUp(): Promise<void> {
    try {
      await this.#list.refetch();
      this.#errors.clearConnectivity();
      void this.#detail.refresh();
    } catch (error) {
      this.#errors.show(error);
    }
  }

  #changed(job: Job, previous: Job | undefined): void {
    const name = job.name ?? 'A job';
    if (!previous) {
      this.#announcer.say(`New job: ${name}, ${job.state.toLowerCase()}.`);
    } else if (previous.state !== job.state || previous.status !== job.status) {
      const status = job.status ? ` with status ${job.status.toLowerCase().replace('_', ' ')}` : '';
      this.#announcer.say(`${name} ${job.state.toLowerCase()}${status}.`);
    }
  }

  #open(key: string): void {
    if (!key) return;
    if (this.#detail.openKey !== key) this.#setUrl({ job: key }, 'push');
    this.#detail.open(key, this.#list.get(key));
  }

  #openFromUrl(): void {
    const key = new URLSearchParams(location.search).get(JOB_PARAM);
    if (key) this.#detail.open(key, this.#list.get(key));
    else this.#detail.close();
  }

  #hrefOf(key: string): string {
    const params = new URLSearchParams(location.search);
    params.set(JOB_PARAM, key);
    return `?${params}`;
  }

  #setUrl(change: { view?: JobView; job?: string | undefined }, mode: 'push' | 'replace'): void {
    const params = new URLSearchParams(location.search);
    if (change.view) writeViewToUrl(change.view, params);
    if ('job' in change) {
      if (change.job) params.set(JOB_PARAM, change.job);
      else params.delete(JOB_PARAM);
    }
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    // Links in rows carry the URL's filter: draw them again.
    this.#list.render();
  }
}
