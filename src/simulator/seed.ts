import type { JobStore } from './job-store.ts';
import { planLifecycle } from './lifecycle.ts';
import type { JobSpec } from './types.ts';

// Deterministic demo data: the same keys and contents for every run, with submit times
// relative to the clock at start-up.

const SEED_KEY_PREFIX = '06a6148bf9e862df:-2611856e:18e3a1c4f20';
const CLUSTER_UUID = '7d5a59b3-1f4c-11ee-9c4a-00a098d390f2';
const HOUR_MS = 3_600_000;

function seedKey(index: number): string {
  return `${SEED_KEY_PREFIX}:-${(0x7ff0 - index).toString(16)}`;
}

function objectKey(kind: string, index: number): string {
  const serial = (0x1a2b3c + index * 0x1f1f).toString(16).padStart(6, '0');
  return `${CLUSTER_UUID}:type=${kind},uuid=e581c23a-${(index + 0x100).toString(16).padStart(4, '0')}-11ee-8a3b-00a098${serial}`;
}

export const SEEDED_KEYS = {
  /**
   * 'Modify File Share' (provision_fileshare_modify): 4 tasks of 15 s, completes normally 60 s
   * after start. Not a backup, so a demo's first createBackup is not refused as concurrent.
   */
  running: seedKey(0),
  completedNormal: seedKey(1),
  completedWarning: seedKey(2),
  partialFailures: seedKey(3),
  error: seedKey(4),
  parent: seedKey(5),
  children: [seedKey(6), seedKey(7)],
  aborted: seedKey(8),
} as const;

const RUNNING_STEP_MS = 15_000;
const FILLER_JOB_COUNT = 24;
export const SEEDED_JOB_COUNT = 9 + FILLER_JOB_COUNT;

interface SeedJob {
  spec: JobSpec & { key: string };
  /** Relative to the clock at start-up. */
  submitOffsetMs: number;
}

const NAMED_JOBS: SeedJob[] = [
  {
    spec: {
      key: SEEDED_KEYS.running,
      name: 'Modify File Share',
      type: 'provision_fileshare_modify',
      tasks: [
        'provision_validate_fileshare',
        'provision_resize_volume',
        'provision_update_export_policy',
        'provision_verify_fileshare',
      ],
      stepMs: RUNNING_STEP_MS,
      results: [{ name: 'fileshareKey', value: objectKey('volume', 7) }],
    },
    submitOffsetMs: 0,
  },
  {
    spec: {
      key: SEEDED_KEYS.completedNormal,
      name: 'Create LUN',
      type: 'provision_lun_create',
      tasks: ['provision_create_volume', 'provision_create_lun', 'provision_map_lun'],
      results: [{ name: 'lunKey', value: objectKey('lun', 1) }],
    },
    submitOffsetMs: -2 * HOUR_MS,
  },
  {
    spec: {
      key: SEEDED_KEYS.completedWarning,
      name: 'Create File Share',
      type: 'provision_fileshare_create',
      tasks: ['provision_create_volume', 'provision_set_export_policy'],
      outcome: 'warning',
      results: [{ name: 'fileshareKey', value: objectKey('volume', 2) }],
    },
    submitOffsetMs: -5 * HOUR_MS,
  },
  {
    spec: {
      key: SEEDED_KEYS.partialFailures,
      name: 'Create SVM',
      type: 'svm_create',
      tasks: ['create_vserver', 'configure_nfs', 'configure_cifs'],
      outcome: 'partial_failures',
      failureReason: 'NFS setup failed: export policy "default" could not be modified',
      results: [{ name: 'svmKey', value: objectKey('vserver', 3) }],
    },
    submitOffsetMs: -9 * HOUR_MS,
  },
  {
    spec: {
      key: SEEDED_KEYS.error,
      name: 'Delete LUN',
      type: 'provision_lun_delete',
      tasks: ['provision_unmap_lun', 'provision_delete_lun'],
      outcome: 'error',
      failureReason: 'LUN /vol/vol_db/lun_db_01 is online and mapped to igroup ig_esx01',
    },
    submitOffsetMs: -14 * HOUR_MS,
  },
  {
    spec: {
      key: SEEDED_KEYS.parent,
      name: 'Create File Share',
      type: 'provision_fileshare_create',
      tasks: ['provision_create_volume', 'provision_spawn_access_endpoints', 'provision_finish'],
      stepMs: 4000,
      results: [{ name: 'fileshareKey', value: objectKey('volume', 5) }],
    },
    submitOffsetMs: -26 * HOUR_MS,
  },
  ...SEEDED_KEYS.children.map((key, index) => ({
    spec: {
      key,
      name: 'Create Access-endpoint',
      type: 'provision_eth_endpoint_create',
      tasks: ['provision_modify_broadcast_domain', 'provision_create_lif'],
      parentJobKey: SEEDED_KEYS.parent,
      results: [{ name: 'accessEndpointKey', value: objectKey('lif', 6 + index) }],
    },
    submitOffsetMs: -26 * HOUR_MS + 4000 + index * 1000,
  })),
  {
    spec: {
      key: SEEDED_KEYS.aborted,
      name: 'Modify LUN',
      type: 'provision_lun_modify',
      tasks: ['provision_resize_volume', 'provision_resize_lun', 'provision_verify'],
      stepMs: 5000,
    },
    submitOffsetMs: -31 * HOUR_MS,
  },
];
const ABORT_AFTER_MS = 7000;

const FILLER_TEMPLATES: { name: string; type: string; result?: [string, string] }[] = [
  { name: 'Create LUN', type: 'provision_lun_create', result: ['lunKey', 'lun'] },
  {
    name: 'Create File Share',
    type: 'provision_fileshare_create',
    result: ['fileshareKey', 'volume'],
  },
  {
    name: 'Create Access-endpoint',
    type: 'provision_eth_endpoint_create',
    result: ['accessEndpointKey', 'lif'],
  },
  { name: 'Create SVM', type: 'svm_create', result: ['svmKey', 'vserver'] },
  { name: 'Delete LUN', type: 'provision_lun_delete' },
  { name: 'Modify File Share', type: 'provision_fileshare_modify' },
  { name: 'Delete Access-endpoint', type: 'provision_eth_endpoint_delete' },
  { name: 'Backup database', type: 'backup' },
  { name: 'Modify LUN', type: 'provision_lun_modify' },
  { name: 'Delete File Share', type: 'provision_fileshare_delete' },
];

function fillerJob(index: number): SeedJob {
  const template = FILLER_TEMPLATES[index % FILLER_TEMPLATES.length] ?? {
    name: 'Job',
    type: 'job',
  };
  const seedIndex = 9 + index;
  const outcome = index % 9 === 4 ? 'error' : index % 7 === 3 ? 'warning' : 'normal';
  const spec: SeedJob['spec'] = {
    key: seedKey(seedIndex),
    name: template.name,
    type: template.type,
    outcome,
  };
  if (template.result) {
    spec.results = [{ name: template.result[0], value: objectKey(template.result[1], seedIndex) }];
  }
  // Spread over the previous six days, a few hours apart.
  return { spec, submitOffsetMs: -(36 * HOUR_MS + index * 5 * HOUR_MS + (index % 4) * 917_000) };
}

/** Adds the demo jobs; every one but the running file share change has finished by `nowMs`. */
export function seedDemoJobs(store: JobStore, nowMs: number): void {
  const fillers = Array.from({ length: FILLER_JOB_COUNT }, (_unused, index) => fillerJob(index));
  for (const { spec, submitOffsetMs } of [...NAMED_JOBS, ...fillers]) {
    store.add(planLifecycle(spec, spec.key, nowMs + submitOffsetMs));
  }
  const abortedAt = (store.get(SEEDED_KEYS.aborted)?.submitMs ?? nowMs) + ABORT_AFTER_MS;
  store.applyStepsDueBy(abortedAt);
  store.abort(SEEDED_KEYS.aborted, abortedAt, 'Job aborted by user admin');
  store.applyStepsDueBy(nowMs);
}
