import type { Body } from '../body-checks.ts';
import type { Inventory, ObjectKind, SimulatedObject } from '../inventory.ts';
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

const LABELS: Record<ObjectKind, string> = {
  lun: 'LUN',
  fileShare: 'File share',
  accessEndpoint: 'Access endpoint',
  svm: 'SVM',
};

/** The object a path key names; 404 when there is none of this kind. */
export function existing(
  context: OperationContext,
  kind: ObjectKind,
  key: string,
): SimulatedObject {
  const object = context.inventory.get(kind, key);
  if (!object) throw notFound(`${LABELS[kind]} with key '${key}' not found`);
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
  if (!object) throw badRequest(`${LABELS[kind]} with key '${key}' not found`, target);
  return object;
}

/** 409 when another object of this kind already has the name. */
export function refuseDuplicateName(
  context: OperationContext,
  kind: ObjectKind,
  name: string,
  exceptKey?: string,
): void {
  const other = context.inventory.findByName(kind, name);
  if (other && other.key !== exceptKey) {
    throw conflict(`${LABELS[kind]} '${name}' already exists (key '${other.key}')`, 'name');
  }
}

export function requirePerformanceServiceLevel(context: OperationContext, key: string): void {
  if (!context.inventory.hasPerformanceServiceLevel(key)) {
    throw badRequest(
      `Performance Service Level with key '${key}' not found`,
      'performance_service_level.key',
    );
  }
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
