import { FILE_SHARE_TYPES } from '../aiqum/operation-enums.ts';
import { wireEnum, wireString } from '../aiqum/wire-values.ts';
import {
  createFileShareOperation,
  deleteFileShareOperation,
  updateFileShareOperation,
} from '../resolvers/operations/file-share.ts';
import { runOperation } from '../resolvers/operations/run-operation.ts';
import { builder } from './builder.ts';
import { AccessControlInput, UpdateAccessControlInput } from './file-share-access.ts';
import { JobPayloadRef, jobPayload, KeyReferenceInput } from './job-payload.ts';
import { lookupConnection } from './lookup-connection.ts';
import { FileShareRef } from './lookup-refs.ts';
import { SpaceInput } from './lun.ts';
import { upstreamEnumType } from './upstream-enum.ts';
import { OperationalStateEnum, WorkloadRef, workloadFilterFields } from './workload.ts';

const FileShareTypeEnum = upstreamEnumType(
  'FileShareType',
  FILE_SHARE_TYPES,
  'The kind of volume behind a file share (upstream `type`); AIQUM creates RW and DP only.',
  {
    rw: 'Read-write: the usual file share; only it can be mounted for clients.',
    dp: 'Data protection: the destination of a SnapMirror relationship.',
    ls: 'Load-sharing mirror of a DP share; AIQUM reports it, never creates it.',
    dc: 'Data cache (FlexCache); AIQUM reports it, never creates it.',
    tmp: 'Temporary; AIQUM reports it, never creates it.',
  },
);
const CreateFileShareInput = builder.inputType('CreateFileShareInput', {
  description:
    'A new file share for NFS and/or CIFS (POST /storage-provider/file-shares, body ' +
    '`fileshare`), provisioned with a performance service level.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "The share's name (`name`); unique among file shares, or AIQUM answers 409.",
    }),
    space: t.field({ type: SpaceInput, required: true, description: 'Its size (`space`).' }),
    performanceServiceLevel: t.field({
      type: KeyReferenceInput,
      required: true,
      description:
        'The performance service level to provision it with (`performance_service_level.key`).',
    }),
    svm: t.field({
      type: KeyReferenceInput,
      required: true,
      description: 'The SVM to hold it (`svm.key`).',
    }),
    accessControl: t.field({
      type: AccessControlInput,
      description: 'Who may use it (`access_control`).',
    }),
    mountpoint: t.string({
      description:
        "Where clients mount it (`mountpoint`): starts with '/'; default the share's name. The " +
        'CIFS share name is the mount point without its /.',
    }),
    type: t.field({ type: FileShareTypeEnum, description: 'Its kind (`type`); default RW.' }),
    storageEfficiencyPolicy: t.field({
      type: KeyReferenceInput,
      description: 'The storage efficiency policy to apply (`storage_efficiency_policy.key`).',
    }),
    aggregate: t.field({
      type: KeyReferenceInput,
      description: 'The aggregate to create it on (`aggregate.key`); AIQUM picks one when absent.',
    }),
  }),
});

const UpdateFileShareInput = builder.inputType('UpdateFileShareInput', {
  description:
    'PATCH /storage-provider/file-shares/{key}. Only the fields given are sent. AIQUM changes ' +
    'ONE attribute per call and refuses more (BAD_USER_INPUT from upstream).',
  fields: (t) => ({
    accessControl: t.field({
      type: UpdateAccessControlInput,
      description: 'New access control (`access_control`).',
    }),
    operationalState: t.field({
      type: OperationalStateEnum,
      description: 'Bring it online or take it offline (`operational_state`).',
    }),
    performanceServiceLevel: t.field({
      type: KeyReferenceInput,
      description: 'Another performance service level (`performance_service_level.key`).',
    }),
    space: t.field({ type: SpaceInput, description: 'A new size (`space.size`).' }),
    storageEfficiencyPolicy: t.field({
      type: KeyReferenceInput,
      description: 'Another storage efficiency policy (`storage_efficiency_policy.key`).',
    }),
  }),
});

const FILE_SHARE_KEY = "The file share's key (a `fileshareKey` job result) or id.";

builder.mutationFields((t) => ({
  createFileShare: t.field({
    type: JobPayloadRef,
    description: 'Provisions a file share (NFS and/or CIFS); job results name the `fileshareKey`.',
    args: {
      input: t.arg({
        type: CreateFileShareInput,
        required: true,
        description: 'The file share to create.',
      }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, createFileShareOperation(args.input))),
  }),
  updateFileShare: t.field({
    type: JobPayloadRef,
    description: 'Changes one attribute of a file share (AIQUM takes one per call).',
    args: {
      key: t.arg.id({ required: true, description: FILE_SHARE_KEY }),
      input: t.arg({
        type: UpdateFileShareInput,
        required: true,
        description: 'The one attribute to change.',
      }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, updateFileShareOperation(String(args.key), args.input))),
  }),
  deleteFileShare: t.field({
    type: JobPayloadRef,
    description: 'Deletes a file share and every resource associated with it.',
    args: { key: t.arg.id({ required: true, description: FILE_SHARE_KEY }) },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, deleteFileShareOperation(String(args.key)))),
  }),
}));

FileShareRef.implement({
  description:
    'A file share AIQUM provisioned (upstream `/storage-provider/file-shares`): a volume on an ' +
    'SVM, exported over NFS and/or shared over CIFS. updateFileShare and deleteFileShare take ' +
    'its key or id.',
  interfaces: [WorkloadRef],
  fields: (t) => ({
    type: t.field({
      type: FileShareTypeEnum,
      nullable: true,
      description:
        "RW or DP (LS, DC, TMP for shares made otherwise); null when AIQUM's answer leaves it " +
        'out (its documented list records do: it reports it for one file share read by key).',
      resolve: (share) => wireEnum(share, 'type', FILE_SHARE_TYPES),
    }),
    mountpoint: t.string({
      nullable: true,
      description:
        "Where clients mount it, starting with /; null when AIQUM's answer leaves it out (as " +
        'its documented list records do).',
      resolve: (share) => wireString(share, 'mountpoint'),
    }),
  }),
});

export const FileShareFilter = builder.inputType('FileShareFilter', {
  description: 'Which file shares: every field given must match.',
  fields: (t) => workloadFilterFields(t, 'file shares'),
});

export const FileShareConnection = lookupConnection('fileShares', {
  kind: 'fileShare',
  ref: FileShareRef,
  name: 'FileShare',
  noun: 'file shares',
  filter: FileShareFilter,
  description: 'The file shares AIQUM provisioned, in name order (`first` defaults to 20).',
  filterDescription: 'Which file shares.',
});
