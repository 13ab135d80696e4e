import { EFFICIENCY_MODES } from '../aiqum/operation-enums.ts';
import { wireBoolean, wireEnum, wireInt, wireString, wireTime } from '../aiqum/wire-values.ts';
import { builder } from './builder.ts';
import { lookupConnection } from './lookup-connection.ts';
import { keyFieldOptions, StorageEfficiencyPolicyRef } from './lookup-refs.ts';
import { upstreamEnumType } from './upstream-enum.ts';

const EfficiencyModeEnum = upstreamEnumType(
  'EfficiencyMode',
  EFFICIENCY_MODES,
  'When compression or deduplication runs: as data is written, later in the background, or never.',
);

StorageEfficiencyPolicyRef.implement({
  description:
    'A storage efficiency policy: thin provisioning, compression and deduplication for a ' +
    'workload (upstream `/storage-provider/storage-efficiency-policies`). createLun and ' +
    'createFileShare take its key (or id) as `storageEfficiencyPolicy.key`.',
  fields: (t) => ({
    key: t.id(keyFieldOptions('storage efficiency policy')),
    name: t.string({
      nullable: true,
      description: 'The name, e.g. High, Low.',
      resolve: (policy) => wireString(policy, 'name'),
    }),
    description: t.string({
      nullable: true,
      description: 'What it is for, as its author wrote it.',
      resolve: (policy) => wireString(policy, 'description'),
    }),
    systemDefined: t.boolean({
      nullable: true,
      description: 'True for the policies AIQUM ships, false for user-defined ones.',
      resolve: (policy) => wireBoolean(policy, 'system_defined'),
    }),
    compression: t.field({
      type: EfficiencyModeEnum,
      nullable: true,
      description: 'Whether and when data is compressed.',
      resolve: (policy) => wireEnum(policy, 'compression', EFFICIENCY_MODES),
    }),
    deduplication: t.field({
      type: EfficiencyModeEnum,
      nullable: true,
      description: 'Whether and when duplicate blocks are shared.',
      resolve: (policy) => wireEnum(policy, 'deduplication', EFFICIENCY_MODES),
    }),
    spaceThinProvisioned: t.boolean({
      nullable: true,
      description: 'Space is allocated as data is written, not reserved up front.',
      resolve: (policy) => wireBoolean(policy, 'space_thin_provisioned'),
    }),
    workloadCount: t.int({
      nullable: true,
      description: 'How many LUNs and file shares use it.',
      resolve: (policy) => wireInt(policy, 'workload_count'),
    }),
    createTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was created.',
      resolve: (policy) => wireTime(policy, 'create_time'),
    }),
    updateTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it last changed.',
      resolve: (policy) => wireTime(policy, 'update_time'),
    }),
  }),
});

const StorageEfficiencyPolicyFilter = builder.inputType('StorageEfficiencyPolicyFilter', {
  description: 'Which storage efficiency policies: every field given must match.',
  fields: (t) => ({
    name: t.string({ description: 'An AIQUM pattern: `*` wildcards or `a|b` alternatives.' }),
    systemDefined: t.boolean({ description: "AIQUM's own policies (true) or user-defined ones." }),
  }),
});

lookupConnection('storageEfficiencyPolicies', {
  kind: 'storageEfficiencyPolicy',
  ref: StorageEfficiencyPolicyRef,
  name: 'StorageEfficiencyPolicy',
  noun: 'storage efficiency policies',
  filter: StorageEfficiencyPolicyFilter,
  description:
    'The storage efficiency policies a LUN or file share may get, in name order (`first` ' +
    'defaults to 20).',
  filterDescription: 'Which policies.',
});
