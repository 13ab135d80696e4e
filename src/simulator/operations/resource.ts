import type { Body } from '../body-checks.ts';
import {
  type Inventory,
  OBJECT_LABELS,
  type ObjectKind,
  type SimulatedObject,
} from '../inventory.ts';
import type { JobStore } from '../job-store.ts';
import { badRequest, conflict, notFound } from '../refusal.ts';
import type { JobSpec } from '../types.ts';

/** What an operation handler may look at. */
export interface OperationContext {
  inventory: Inventory;
  jobs: JobStore;
}

/**
 * One AIQUM resource's write endpoints. Each validates the request as AIQUM does (throwing a
 * Refusal) and answers the spec of the job to start; the job's `onComplete` applies the change.
 */
export interface ResourceHandlers {
  create(body: Body, context: OperationContext): JobSpec;
  update?(key: string, body: Body, context: OperationContext): JobSpec;
  remove?(key: string, query: URLSearchParams, context: OperationContext): JobSpec;
}

/** The object a path key names; 404 when there is none of this kind. */
export function existing(
  context: OperationContext,
  kind: ObjectKind,
  key: string,
): SimulatedObject {
  const object = context.inventory.get(kind, key);
  if (!object) throw notFound(`${OBJECT_LABELS[kind]} with key '${key}' not found`);
  return object;
}

/** A referenced object in a body (`svm.key`); 400 naming the field when it is unknown. */
export function referenced(
  context: OperationContext,
  kind: ObjectKind,
  key: string,
  target: string,
): SimulatedObject {
  const object = context.inventory.get(kind, key);
  if (!object) throw badRequest(`${OBJECT_LABELS[kind]} with key '${key}' not found`, target);
  return object;
}

/** The claim (JobSpec.claims) of a job that creates or renames an object to `name`. */
export function nameClaim(kind: ObjectKind, name: string): string {
  return `${kind} name ${name}`;
}

/** Whether an object of this kind has the name, or a running job will give it that name. */
export function isNameTaken(context: OperationContext, kind: ObjectKind, name: string): boolean {
  return (
    context.inventory.findByName(kind, name) !== undefined ||
    context.jobs.claimant(nameClaim(kind, name)) !== undefined
  );
}

/**
 * 409 when another object of this kind already has the name, or a running job creates or
 * renames one to it: AIQUM holds a name from the moment it accepts the job.
 */
export function refuseDuplicateName(
  context: OperationContext,
  kind: ObjectKind,
  name: string,
  exceptKey?: string,
): void {
  const other = context.inventory.findByName(kind, name);
  if (other && other.key !== exceptKey) {
    throw conflict(`${OBJECT_LABELS[kind]} '${name}' already exists (key '${other.key}')`, 'name');
  }
  const claimant = context.jobs.claimant(nameClaim(kind, name));
  if (claimant) {
    throw conflict(
      `${OBJECT_LABELS[kind]} '${name}' is already being given to another object by job '${claimant.key}'`,
      'name',
    );
  }
}

/** The service level and efficiency policy a LUN or file share body names, which must exist. */
export function serviceReferences(
  context: OperationContext,
  performanceServiceLevelKey: string | undefined,
  storageEfficiencyPolicyKey: string | undefined,
): Pick<SimulatedObject, 'performanceServiceLevelKey' | 'storageEfficiencyPolicyKey'> {
  const references: Pick<
    SimulatedObject,
    'performanceServiceLevelKey' | 'storageEfficiencyPolicyKey'
  > = {};
  if (performanceServiceLevelKey !== undefined) {
    references.performanceServiceLevelKey = referenced(
      context,
      'performanceServiceLevel',
      performanceServiceLevelKey,
      'performance_service_level.key',
    ).key;
  }
  if (storageEfficiencyPolicyKey !== undefined) {
    references.storageEfficiencyPolicyKey = referenced(
      context,
      'storageEfficiencyPolicy',
      storageEfficiencyPolicyKey,
      'storage_efficiency_policy.key',
    ).key;
  }
  return references;
}

/** A plain DELETE: 404 for an unknown key; the object goes when its job completes. */
export function removeObject(
  kind: ObjectKind,
  job: Pick<JobSpec, 'name' | 'type' | 'tasks'>,
): NonNullable<ResourceHandlers['remove']> {
  return (key, _query, context) => {
    existing(context, kind, key);
    return { ...job, onComplete: () => context.inventory.remove(key) };
  };
}
