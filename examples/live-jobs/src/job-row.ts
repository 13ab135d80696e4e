import { describeCreatedObject } from './created-object.ts';
import { element } from './dom.ts';
import { elapsedMs, type Job, summarizeTasks } from './job-summary.ts';
import { duration, timeElement } from './time-format.ts';

/** One job as a table row. `live`: its changes are being pushed to the page right now. */
export function renderJobRow(
  job: Job,
  options: { live: boolean; href: string; nowMs: number },
): HTMLTableRowElement {
  const row = element('tr', { 'data-job-key': job.key, 'data-state': job.state });
  if (job.status) row.dataset.status = job.status;
  if (options.live) row.dataset.live = 'true';
  row.append(
    nameCell(job, options.href),
    stateCell(job, options.live),
    cell('status', 'Status', badge(job.status ?? '')),
    progressCell(job),
    cell(
      'submitted',
      'Submitted',
      job.submitTime ? timeElement(job.submitTime, options.nowMs) : '',
    ),
    durationCell(job, options.nowMs),
    cell('created', 'Created', describeCreatedObject(job) ?? ''),
  );
  return row;
}

function nameCell(job: Job, href: string): HTMLTableCellElement {
  const link = element('a', { href, class: 'job-link', 'data-open-job': job.key });
  link.textContent = job.name ?? job.key;
  return cell('name', 'Job', link, element('span', { class: 'job-type' }, job.type ?? ''));
}

function stateCell(job: Job, live: boolean): HTMLTableCellElement {
  const td = cell('state', 'State', badge(job.state));
  if (live) td.append(element('span', { class: 'live', title: 'following live' }));
  return td;
}

function progressCell(job: Job): HTMLTableCellElement {
  const tasks = summarizeTasks(job.taskReports);
  const td = cell('progress', 'Tasks');
  if (tasks.total === 0) return td;
  const progress = element('progress', {
    max: String(tasks.total),
    value: String(tasks.finished),
    'aria-label': `${job.name ?? 'job'}: ${tasks.finished} of ${tasks.total} tasks finished`,
  });
  td.append(
    element('span', { class: 'task-count' }, `${tasks.finished} of ${tasks.total} tasks`),
    progress,
  );
  const counts: string[] = [];
  if (tasks.failed) counts.push(`${tasks.failed} failed`);
  if (tasks.warnings) counts.push(`${tasks.warnings} with warnings`);
  if (tasks.running) counts.push(`${tasks.running} running`);
  if (counts.length) td.append(element('span', { class: 'task-outcomes' }, counts.join(', ')));
  if (tasks.firstFailure) {
    td.append(element('span', { class: 'task-failure' }, tasks.firstFailure));
  }
  return td;
}

function durationCell(job: Job, nowMs: number): HTMLTableCellElement {
  const td = cell('duration', 'Duration');
  const ms = elapsedMs(job, nowMs);
  if (ms === undefined) return td;
  if (job.terminal) {
    td.textContent = duration(ms);
  } else if (job.submitTime) {
    // The page's ticker updates this every second while the job runs.
    const elapsed = element('span', { 'data-running-since': job.submitTime }, duration(ms));
    td.append(elapsed, ' so far');
  }
  return td;
}

/** Elapsed times of running jobs, read again; the page calls it every second. */
export function refreshElapsedTimes(root: ParentNode, nowMs: number): void {
  for (const span of root.querySelectorAll<HTMLElement>('[data-running-since]')) {
    const since = new Date(span.dataset.runningSince ?? '').getTime();
    if (Number.isFinite(since)) span.textContent = duration(nowMs - since);
  }
}

export function badge(value: string): HTMLElement | string {
  if (!value) return '';
  return element('span', { class: `badge ${value.toLowerCase()}` }, value);
}

function cell(field: string, label: string, ...children: (Node | string)[]): HTMLTableCellElement {
  // No empty text: a cell with nothing in it stays :empty (phones hide it).
  const content = children.filter((child) => child !== '');
  return element('td', { 'data-field': field, 'data-label': label }, ...content);
}
