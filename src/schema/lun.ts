import { LUN_OS_TYPES } from '../aiqum/operation-enums.ts';
import { wireEnum, wireObject } from '../aiqum/wire-values.ts';
import { fetchLookupConnection } from '../resolvers/lookups-query.ts';
import {
  createLunOperation,
  deleteLunOperation,
  updateLunOperation,
} from '../resolvers/operations/lun.ts';
import { runOperation } from '../resolvers/operations/run-operation.ts';
import { builder } from './builder.ts';
import { connectionWithTotal } from './connections.ts';
import { JobPayloadRef, jobPayload, KeyReferenceInput } from './job-payload.ts';
import { LunRef, lookupCall, ObjectReferenceRef } from './lookup-refs.ts';
import { upstreamEnumType } from './upstream-enum.ts';
import { OperationalStateEnum, WorkloadRef, workloadFilterFields } from './workload.ts';

const LunOsTypeEnum = upstreamEnumType(
  'LunOsType',
  LUN_OS_TYPES,
  'The platform that can use a LUN (upstream `os_type`).',
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
    igroup: t.field({ type: KeyReferenceInput, required: true }),
    logicalUnitNumber: t.int({ description: 'The LUN ID.' }),
  }),
});

const CreateLunInput = builder.inputType('CreateLunInput', {
  description: 'POST /storage-provider/luns. Give svm or volume.',
  fields: (t) => ({
    name: t.string({ required: true }),
    space: t.field({ type: SpaceInput, required: true }),
    osType: t.field({ type: LunOsTypeEnum, required: true }),
    performanceServiceLevel: t.field({ type: KeyReferenceInput, required: true }),
    svm: t.field({ type: KeyReferenceInput }),
    volume: t.field({ type: LunVolumeInput }),
    aggregate: t.field({ type: KeyReferenceInput }),
    lunMaps: t.field({ type: [LunMapInput] }),
    storageEfficiencyPolicy: t.field({ type: KeyReferenceInput }),
  }),
});

const UpdateLunInput = builder.inputType('UpdateLunInput', {
  description:
    'PATCH /storage-provider/luns/{key}. Only the fields given are sent. AIQUM changes ONE ' +
    'attribute per call and refuses more (BAD_USER_INPUT from upstream); a LUN cannot shrink.',
  fields: (t) => ({
    space: t.field({ type: SpaceInput, description: 'A new, larger size.' }),
    operationalState: t.field({ type: OperationalStateEnum }),
    lunMaps: t.field({ type: [LunMapInput] }),
    performanceServiceLevel: t.field({ type: KeyReferenceInput }),
    storageEfficiencyPolicy: t.field({ type: KeyReferenceInput }),
  }),
});

builder.mutationFields((t) => ({
  createLun: t.field({
    type: JobPayloadRef,
    description: 'Provisions a LUN; job results name the new `lunKey`.',
    args: { input: t.arg({ type: CreateLunInput, required: true }) },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, createLunOperation(args.input))),
  }),
  updateLun: t.field({
    type: JobPayloadRef,
    description: 'Changes one attribute of a LUN (AIQUM takes one per call).',
    args: {
      key: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateLunInput, required: true }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, updateLunOperation(String(args.key), args.input))),
  }),
  deleteLun: t.field({
    type: JobPayloadRef,
    description: 'Deletes a LUN (its volume is not shrunk).',
    args: { key: t.arg.id({ required: true }) },
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

export const LunConnection = connectionWithTotal(LunRef, 'Lun', 'LUNs');

builder.queryField('luns', (t) =>
  t.connection(
    {
      type: LunRef,
      description: 'The LUNs AIQUM provisioned, in name order (`first` defaults to 20).',
      args: { filter: t.arg({ type: LunFilter, description: 'Which LUNs.' }) },
      resolve: (_root, args, context) => fetchLookupConnection(lookupCall(context), 'lun', args),
    },
    LunConnection,
  ),
);
