import type { JobStore } from './job-store.ts';
import type { JobSpec } from './types.ts';

function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(
      `JobSpec.${field} must be a non-empty string, but got ${JSON.stringify(value)}`,
    );
  }
}

/** Throws a clear error for a spec the simulator cannot run. */
export function validateJobSpec(spec: JobSpec, store: JobStore): void {
  requireText(spec.name, 'name');
  requireText(spec.type, 'type');
  if (spec.tasks !== undefined && spec.tasks.length === 0) {
    throw new Error('JobSpec.tasks must name at least one task, but got []');
  }
  if (spec.stepMs !== undefined && !(Number.isFinite(spec.stepMs) && spec.stepMs > 0)) {
    throw new Error(`JobSpec.stepMs must be a positive number of ms, but got ${spec.stepMs}`);
  }
  if (spec.key !== undefined) {
    requireText(spec.key, 'key');
    if (store.has(spec.key)) throw new Error(`JobSpec.key '${spec.key}' is already used by a job`);
  }
  if (spec.parentJobKey !== undefined && !store.has(spec.parentJobKey)) {
    throw new Error(`JobSpec.parentJobKey '${spec.parentJobKey}' names no job`);
  }
}
