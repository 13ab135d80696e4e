import type { Job } from './job-summary.ts';

const KINDS: Record<string, string> = {
  Lun: 'LUN',
  FileShare: 'File share',
  AccessEndpoint: 'Access endpoint',
  Svm: 'SVM',
};

/** "LUN lun_app_01 on svm_data": what a finished job made, or undefined. */
export function describeCreatedObject(job: Job): string | undefined {
  const created = job.createdObject;
  if (!created) return undefined;
  const kind = KINDS[created.__typename] ?? created.__typename;
  const name = 'name' in created ? created.name : undefined;
  const svm = 'svm' in created ? created.svm?.name : undefined;
  return [kind, name ?? created.id, svm ? `on ${svm}` : ''].filter(Boolean).join(' ');
}
