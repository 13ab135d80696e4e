import type { UpstreamWorkload } from '../aiqum/lookup-wire-types.ts';
import { OPERATIONAL_STATES } from '../aiqum/operation-enums.ts';
import { wireBytes, wireEnum, wireInt, wireString } from '../aiqum/wire-values.ts';
import { builder } from './builder.ts';
import { loadsThrough } from './field-cost.ts';
import {
  ClusterRef,
  keyFieldOptions,
  loadReferenced,
  PerformanceServiceLevelRef,
  StorageEfficiencyPolicyRef,
  SvmRef,
} from './lookup-refs.ts';
import { upstreamEnumType } from './upstream-enum.ts';

export const OperationalStateEnum = upstreamEnumType(
  'OperationalState',
  OPERATIONAL_STATES,
  'Whether a LUN or file share serves data (upstream `operational_state`).',
  { online: 'It serves data.', offline: 'It serves no data.' },
);

/** What LUNs and file shares share: AIQUM manages both as workloads with a service level. */
export const WorkloadRef = builder.interfaceRef<UpstreamWorkload>('Workload');

WorkloadRef.implement({
  description:
    'Storage AIQUM provisions on an SVM with a performance service level: a LUN or a file ' +
    'share (upstream `slo_lun`, `fileshare`).',
  fields: (t) => ({
    key: t.id(keyFieldOptions('LUN or file share')),
    name: t.string({
      nullable: true,
      description: "The name; a LUN's is its path, e.g. /vol/volume1/lun1.",
      resolve: (workload) => wireString(workload, 'name'),
    }),
    uuid: t.string({
      nullable: true,
      description: 'Its ONTAP UUID.',
      resolve: (workload) => wireString(workload, 'uuid'),
    }),
    size: t.field({
      type: 'Bytes',
      nullable: true,
      description: 'The provisioned size in bytes (upstream `space.size`).',
      resolve: (workload) => wireBytes(workload, 'space.size'),
    }),
    operationalState: t.field({
      type: OperationalStateEnum,
      nullable: true,
      description:
        "ONLINE or OFFLINE; null when AIQUM's answer leaves it out (its documented list " +
        'records do: it reports it for one object read by key).',
      resolve: (workload) => wireEnum(workload, 'operational_state', OPERATIONAL_STATES),
    }),
    svm: t.field({
      type: SvmRef,
      nullable: true,
      description: 'The SVM that holds it; read with the SVMs of the same request at once.',
      ...loadsThrough('Svm'),
      resolve: (workload, _args, context) => loadReferenced(context, workload, 'svm', 'Svm'),
    }),
    cluster: t.field({
      type: ClusterRef,
      nullable: true,
      description: 'The cluster it lives on.',
      ...loadsThrough('Cluster'),
      resolve: (workload, _args, context) =>
        loadReferenced(context, workload, 'cluster', 'Cluster'),
    }),
    performanceServiceLevel: t.field({
      type: PerformanceServiceLevelRef,
      nullable: true,
      description:
        'The performance service level assigned to it (upstream ' +
        '`assigned_performance_service_level`).',
      ...loadsThrough('PerformanceServiceLevel'),
      resolve: (workload, _args, context) =>
        loadReferenced(
          context,
          workload,
          'assigned_performance_service_level',
          'PerformanceServiceLevel',
        ),
    }),
    expectedIops: t.int({
      nullable: true,
      description: 'The IOPS its service level guarantees it, for its size.',
      resolve: (workload) => wireInt(workload, 'assigned_performance_service_level.expected_iops'),
    }),
    peakIops: t.int({
      nullable: true,
      description: 'The most IOPS its service level allows it, for its size.',
      resolve: (workload) => wireInt(workload, 'assigned_performance_service_level.peak_iops'),
    }),
    recommendedPerformanceServiceLevel: t.field({
      type: PerformanceServiceLevelRef,
      nullable: true,
      description: 'The service level AIQUM recommends from its measured load, if any.',
      ...loadsThrough('PerformanceServiceLevel'),
      resolve: (workload, _args, context) =>
        loadReferenced(
          context,
          workload,
          'recommended_performance_service_level',
          'PerformanceServiceLevel',
        ),
    }),
    storageEfficiencyPolicy: t.field({
      type: StorageEfficiencyPolicyRef,
      nullable: true,
      description:
        'The storage efficiency policy assigned to it (upstream ' +
        '`assigned_storage_efficiency_policy`).',
      ...loadsThrough('StorageEfficiencyPolicy'),
      resolve: (workload, _args, context) =>
        loadReferenced(
          context,
          workload,
          'assigned_storage_efficiency_policy',
          'StorageEfficiencyPolicy',
        ),
    }),
  }),
});

/** The filter fields LUNs and file shares share (`LunFilter`, `FileShareFilter`). */
export function workloadFilterFields(
  t: PothosSchemaTypes.InputFieldBuilder<
    typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
    'InputObject'
  >,
  noun: string,
) {
  return {
    name: t.string({ description: 'An AIQUM pattern: `*` wildcards or `a|b` alternatives.' }),
    svmKey: t.id({ description: `The key or id of the SVM that holds the ${noun}.` }),
    clusterKey: t.id({ description: `The key or id of the cluster the ${noun} live on.` }),
    performanceServiceLevelKey: t.id({
      description: 'The key or id of their assigned performance service level.',
    }),
    storageEfficiencyPolicyKey: t.id({
      description: 'The key or id of their assigned storage efficiency policy.',
    }),
  };
}
