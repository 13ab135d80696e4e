import { LUN_OS_TYPES } from '../aiqum/operation-enums.ts';
import { wireEnum, wireObject } from '../aiqum/wire-values.ts';
import {
  createLunOperation,
  deleteLunOperation,
  updateLunOperation,
} from '../resolvers/operations/lun.ts';
import { runOperation } from '../resolvers/operations/run-operation.ts';
import { builder } from './builder.ts';
import { JobPayloadRef, jobPayload, KeyReferenceInput } from './job-payload.ts';
import { lookupConnection } from './lookup-connection.ts';
import { LunRef, ObjectReferenceRef } from './lookup-refs.ts';
import { upstreamEnumType } from './upstream-enum.ts';
import { OperationalStateEnum, WorkloadRef, workloadFilterFields } from './workload.ts';

const LunOsTypeEnum = upstreamEnumType(
  'LunOsType',
  LUN_OS_TYPES,
  "The platform of the hosts that use a LUN (upstream `os_type`): it sets the LUN's layout.",
  {
    aix: 'IBM AIX.',
    hpux: 'HP-UX.',
    hyper_v: 'Microsoft Hyper-V virtual hard disks.',
    linux: 'Linux.',
    netware: 'Novell NetWare.',
    openvms: 'OpenVMS.',
    solaris: 'Solaris with an SMI label.',
    solaris_efi: 'Solaris with an EFI label.',
    vmware: 'VMware ESX datastores.',
    windows: 'Windows with an MBR partition.',
    windows_2008: 'Windows Server 2008 and later.',
    windows_gpt: 'Windows with a GPT partition.',
    xen: 'Xen.',
  },
);

export const SpaceInput = builder.inputType('SpaceInput', {
  description: 'Storage space (upstream `space`).',
  fields: (t) => ({
    size: t.field({ type: 'Bytes', required: true, description: 'Provisioned size in bytes.' }),
  }),
});

const LunVolumeInput = builder.inputType('LunVolumeInput', {
  description: 'The volume to hold the LUN: an existing one by key, or a tag naming a new one.',
  fields: (t) => ({
    key: t.id({
      description: 'An existing volume (not a file share); svm and aggregate are then ignored.',
    }),
    nameTag: t.string({ description: "Derives a new volume's name: 'tag' makes 'NSLM_tag'." }),
  }),
});

const LunMapInput = builder.inputType('LunMapInput', {
  description: 'A mapping of the LUN to an initiator group (upstream `lun_maps[]`).',
  fields: (t) => ({
    igroup: t.field({
      type: KeyReferenceInput,
      required: true,
      description: 'The initiator group (igroup) whose hosts may use the LUN (`igroup.key`).',
    }),
    logicalUnitNumber: t.int({ description: 'The LUN ID.' }),
  }),
});

const CreateLunInput = builder.inputType('CreateLunInput', {
  description:
    'A new LUN (POST /storage-provider/luns, body `slo_lun`), provisioned with a performance ' +
    'service level. Give svm or volume.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "The LUN's name (`name`); unique among LUNs, or AIQUM answers 409.",
    }),
    space: t.field({ type: SpaceInput, required: true, description: 'Its size (`space`).' }),
    osType: t.field({
      type: LunOsTypeEnum,
      required: true,
      description: 'The platform of the hosts that will use it (`os_type`).',
    }),
    performanceServiceLevel: t.field({
      type: KeyReferenceInput,
      required: true,
      description:
        'The performance service level to provision it with (`performance_service_level.key`).',
    }),
    svm: t.field({
      type: KeyReferenceInput,
      description: 'The SVM to hold it (`svm.key`); AIQUM picks or creates a volume there.',
    }),
    volume: t.field({
      type: LunVolumeInput,
      description:
        'The volume to hold it: an existing one, or a name tag for a new one (`volume`).',
    }),
    aggregate: t.field({
      type: KeyReferenceInput,
      description: 'The aggregate for a new volume (`aggregate.key`); AIQUM picks one when absent.',
    }),
    lunMaps: t.field({
      type: [LunMapInput],
      description: 'The initiator groups to map it to (`lun_maps`); unmapped when absent.',
    }),
    storageEfficiencyPolicy: t.field({
      type: KeyReferenceInput,
      description: 'The storage efficiency policy to apply (`storage_efficiency_policy.key`).',
    }),
  }),
});

const UpdateLunInput = builder.inputType('UpdateLunInput', {
  description:
    'PATCH /storage-provider/luns/{key}. Only the fields given are sent. AIQUM changes ONE ' +
    'attribute per call and refuses more (BAD_USER_INPUT from upstream); a LUN cannot shrink.',
  fields: (t) => ({
    space: t.field({ type: SpaceInput, description: 'A new, larger size (`space.size`).' }),
    operationalState: t.field({
      type: OperationalStateEnum,
      description: 'Bring it online or take it offline (`operational_state`).',
    }),
    lunMaps: t.field({
      type: [LunMapInput],
      description: 'Its new initiator group mappings, replacing the old (`lun_maps`).',
    }),
    performanceServiceLevel: t.field({
      type: KeyReferenceInput,
      description: 'Another performance service level (`performance_service_level.key`).',
    }),
    storageEfficiencyPolicy: t.field({
      type: KeyReferenceInput,
      description: 'Another storage efficiency policy (`storage_efficiency_policy.key`).',
    }),
  }),
});

builder.mutationFields((t) => ({
  createLun: t.field({
    type: JobPayloadRef,
    description: 'Provisions a LUN; job results name the new `lunKey`.',
    args: {
      input: t.arg({ type: CreateLunInput, required: true, description: 'The LUN to create.' }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, createLunOperation(args.input))),
  }),
  updateLun: t.field({
    type: JobPayloadRef,
    description: 'Changes one attribute of a LUN (AIQUM takes one per call).',
    args: {
      key: t.arg.id({
        required: true,
        description: "The LUN's key (a `lunKey` job result) or id.",
      }),
      input: t.arg({
        type: UpdateLunInput,
        required: true,
        description: 'The one attribute to change.',
      }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, updateLunOperation(String(args.key), args.input))),
  }),
  deleteLun: t.field({
    type: JobPayloadRef,
    description: 'Deletes a LUN (its volume is not shrunk).',
    args: {
      key: t.arg.id({
        required: true,
        description: "The LUN's key (a `lunKey` job result) or id.",
      }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, deleteLunOperation(String(args.key)))),
  }),
}));

LunRef.implement({
  description:
    'A LUN AIQUM provisioned (upstream `/storage-provider/luns`): block storage on an SVM, ' +
    'served over iSCSI or FCP. updateLun and deleteLun take its key or id.',
  interfaces: [WorkloadRef],
  fields: (t) => ({
    osType: t.field({
      type: LunOsTypeEnum,
      nullable: true,
      description:
        "The platform that uses it; null when AIQUM's answer leaves it out (its documented " +
        'list records do: it reports it for one LUN read by key).',
      resolve: (lun) => wireEnum(lun, 'os_type', LUN_OS_TYPES),
    }),
    volume: t.field({
      type: ObjectReferenceRef,
      nullable: true,
      description: 'The volume that holds it; createLun may name it as `volume.key`.',
      resolve: (lun) => wireObject(lun, 'volume'),
    }),
  }),
});

export const LunFilter = builder.inputType('LunFilter', {
  description: 'Which LUNs: every field given must match.',
  fields: (t) => workloadFilterFields(t, 'LUNs'),
});

export const LunConnection = lookupConnection('luns', {
  kind: 'lun',
  ref: LunRef,
  name: 'Lun',
  noun: 'LUNs',
  filter: LunFilter,
  description: 'The LUNs AIQUM provisioned, in name order (`first` defaults to 20).',
  filterDescription: 'Which LUNs.',
});
