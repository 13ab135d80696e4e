import type { JobFieldsFragment } from './generated/graphql.ts';

export type Job = JobFieldsFragment;
type TaskReport = Job['taskReports'][number];

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** One job as a table row; `live` marks a job whose subscription is delivering events. */
export function renderJobRow(
  job: Job,
  options: { live: boolean; tasksOpen: boolean },
): HTMLTableRowElement {
  const row = element('tr', { 'data-job-key': job.key, 'data-state': job.state });
  if (options.live) row.dataset.live = 'true';
  row.append(
    cell('name', job.name ?? job.key),
    cell('type', job.type ?? ''),
    badgeCell('state', job.state, options.live ? 'live' : undefined),
    badgeCell('status', job.status ?? ''),
    cell('submitted', formatTime(job.submitTime)),
    tasksCell(job.taskReports, options.tasksOpen),
  );
  return row;
}

function tasksCell(reports: readonly TaskReport[], open: boolean): HTMLTableCellElement {
  const td = element('td', { 'data-field': 'tasks' });
  if (reports.length === 0) return td;
  // AIQUM reports a task once it starts, so the total grows while the job runs.
  const running = reports.filter((report) => report.state === 'RUNNING').length;
  const details = element('details');
  details.open = open;
  const summary = element('summary');
  summary.textContent = `${reports.length - running} done${running ? `, ${running} running` : ''}`;
  const list = element('ol', { class: 'tasks' });
  for (const report of reports) list.append(taskItem(report));
  details.append(summary, list);
  td.append(details);
  return td;
}

function taskItem(report: TaskReport): HTMLLIElement {
  const item = element('li', { 'data-task-state': report.state });
  const name = element('span', { class: 'task-name' });
  name.textContent = report.name ?? report.key ?? 'task';
  const label =
    report.state === 'RUNNING' ? 'running' : (report.status ?? report.state).toLowerCase();
  const state = element('span', { class: `badge ${label}` });
  state.textContent = label;
  item.append(name, state);
  if (report.failureReason) {
    const reason = element('span', { class: 'task-failure' });
    reason.textContent = report.failureReason;
    item.append(reason);
  }
  return item;
}

function badgeCell(field: string, value: string, marker?: string): HTMLTableCellElement {
  const td = element('td', { 'data-field': field });
  if (!value) return td;
  const badge = element('span', { class: `badge ${value.toLowerCase()}` });
  badge.textContent = value;
  td.append(badge);
  if (marker) td.append(element('span', { class: marker, title: 'following live' }));
  return td;
}

function cell(field: string, text: string): HTMLTableCellElement {
  const td = element('td', { 'data-field': field });
  td.textContent = text;
  return td;
}

function formatTime(value: string | null): string {
  return value ? timeFormat.format(new Date(value)) : '';
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
