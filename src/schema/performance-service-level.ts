import { PEAK_IOPS_ALLOCATION_POLICIES } from '../aiqum/operation-enums.ts';
import {
  wireBoolean,
  wireBytes,
  wireEnum,
  wireInt,
  wireNumber,
  wireString,
  wireTime,
} from '../aiqum/wire-values.ts';
import { builder } from './builder.ts';
import { lookupConnection } from './lookup-connection.ts';
import { keyFieldOptions, PerformanceServiceLevelRef } from './lookup-refs.ts';
import { upstreamEnumType } from './upstream-enum.ts';

const PeakIopsAllocationPolicyEnum = upstreamEnumType(
  'PeakIopsAllocationPolicy',
  PEAK_IOPS_ALLOCATION_POLICIES,
  'Whether peak IOPS scale with the space a workload uses or the space allocated to it.',
);

PerformanceServiceLevelRef.implement({
  description:
    'A performance service level (PSL): the IOPS and latency AIQUM guarantees a workload ' +
    '(upstream `/storage-provider/performance-service-levels`). createLun and createFileShare ' +
    'take its key (or id) as `performanceServiceLevel.key`.',
  fields: (t) => ({
    key: t.id(keyFieldOptions('performance service level')),
    name: t.string({
      nullable: true,
      description: 'The name, e.g. Extreme, Performance, Value.',
      resolve: (psl) => wireString(psl, 'name'),
    }),
    description: t.string({
      nullable: true,
      description: 'What it is for, as its author wrote it.',
      resolve: (psl) => wireString(psl, 'description'),
    }),
    systemDefined: t.boolean({
      nullable: true,
      description: 'True for the levels AIQUM ships, false for user-defined ones.',
      resolve: (psl) => wireBoolean(psl, 'system_defined'),
    }),
    expectedIopsPerTb: t.int({
      nullable: true,
      description: 'IOPS guaranteed per terabyte of a workload (`iops.expected_iops_per_tb`).',
      resolve: (psl) => wireInt(psl, 'iops.expected_iops_per_tb'),
    }),
    peakIopsPerTb: t.int({
      nullable: true,
      description: 'The most IOPS allowed per terabyte of a workload (`iops.peak_iops_per_tb`).',
      resolve: (psl) => wireInt(psl, 'iops.peak_iops_per_tb'),
    }),
    absoluteMinIops: t.int({
      nullable: true,
      description: 'The IOPS a small workload gets at least (`iops.absolute_min_iops`).',
      resolve: (psl) => wireInt(psl, 'iops.absolute_min_iops'),
    }),
    peakIopsAllocationPolicy: t.field({
      type: PeakIopsAllocationPolicyEnum,
      nullable: true,
      description: 'What the peak IOPS scale with (`iops.peak_iops_allocation_policy`).',
      resolve: (psl) =>
        wireEnum(psl, 'iops.peak_iops_allocation_policy', PEAK_IOPS_ALLOCATION_POLICIES),
    }),
    expectedLatencyMs: t.float({
      nullable: true,
      description: 'The latency clients may expect, in milliseconds (`latency.expected`).',
      resolve: (psl) => wireNumber(psl, 'latency.expected'),
    }),
    usedSpace: t.field({
      type: 'Bytes',
      nullable: true,
      description: 'Bytes used by the workloads on this level (`space.used`).',
      resolve: (psl) => wireBytes(psl, 'space.used'),
    }),
    availableSpace: t.field({
      type: 'Bytes',
      nullable: true,
      description: 'Bytes still available to workloads on this level (`space.available`).',
      resolve: (psl) => wireBytes(psl, 'space.available'),
    }),
    workloadCount: t.int({
      nullable: true,
      description: 'How many LUNs and file shares use it.',
      resolve: (psl) => wireInt(psl, 'workload_count'),
    }),
    createTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was created.',
      resolve: (psl) => wireTime(psl, 'create_time'),
    }),
    updateTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it last changed.',
      resolve: (psl) => wireTime(psl, 'update_time'),
    }),
  }),
});

const PerformanceServiceLevelFilter = builder.inputType('PerformanceServiceLevelFilter', {
  description: 'Which performance service levels: every field given must match.',
  fields: (t) => ({
    name: t.string({ description: 'An AIQUM pattern: `*` wildcards or `a|b` alternatives.' }),
    systemDefined: t.boolean({ description: "AIQUM's own levels (true) or user-defined ones." }),
  }),
});

lookupConnection('performanceServiceLevels', {
  kind: 'performanceServiceLevel',
  ref: PerformanceServiceLevelRef,
  name: 'PerformanceServiceLevel',
  noun: 'performance service levels',
  filter: PerformanceServiceLevelFilter,
  description:
    'The performance service levels a LUN or file share may get, in name order (`first` ' +
    'defaults to 20).',
  filterDescription: 'Which levels.',
});
