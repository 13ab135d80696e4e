import type { JobSpec } from '../../src/simulator/types.ts';

/** A LUN creation: the simulator's two default tasks of one second each. */
export const TWO_STEPS: JobSpec = {
  name: 'Create LUN',
  type: 'provision_lun_create',
  stepMs: 1000,
};

/** A LUN creation of three named tasks of one second each. */
export const THREE_STEPS: JobSpec = { ...TWO_STEPS, tasks: ['create', 'map', 'check'] };
