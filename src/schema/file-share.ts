import {
  ACL_PERMISSIONS,
  AUTHENTICATION_FLAVORS,
  EXPORT_RULE_PROTOCOLS,
  FILE_SHARE_TYPES,
} from '../aiqum/operation-enums.ts';
import { wireEnum, wireString } from '../aiqum/wire-values.ts';
import { fetchLookupConnection } from '../resolvers/lookups-query.ts';
import {
  createFileShareOperation,
  deleteFileShareOperation,
  updateFileShareOperation,
} from '../resolvers/operations/file-share.ts';
import { runOperation } from '../resolvers/operations/run-operation.ts';
import { builder } from './builder.ts';
import { connectionWithTotal } from './connections.ts';
import { JobPayloadRef, jobPayload, KeyReferenceInput } from './job-payload.ts';
import { FileShareRef, lookupCall } from './lookup-refs.ts';
import { SpaceInput } from './lun.ts';
import { upstreamEnumType } from './upstream-enum.ts';
import { OperationalStateEnum, WorkloadRef, workloadFilterFields } from './workload.ts';

const FileShareTypeEnum = upstreamEnumType(
  'FileShareType',
  FILE_SHARE_TYPES,
  'RW read-write, DP data protection; AIQUM accepts LS, DC and TMP in reads only.',
);
const AclPermissionEnum = upstreamEnumType(
  'AclPermission',
  ACL_PERMISSIONS,
  'A CIFS share permission.',
);
const ExportRuleProtocolEnum = upstreamEnumType(
  'ExportRuleProtocol',
  EXPORT_RULE_PROTOCOLS,
  'A protocol an export rule governs; AIQUM writes only CIFS, NFS3 and NFS4.',
);
const AuthenticationFlavorEnum = upstreamEnumType(
  'AuthenticationFlavor',
  AUTHENTICATION_FLAVORS,
  'An authentication flavor of an export rule.',
);

const AclEntryInput = builder.inputType('AclEntryInput', {
  fields: (t) => ({
    permission: t.field({ type: AclPermissionEnum, required: true }),
    userOrGroup: t.string({
      required: true,
      description: 'An Active Directory user or group, or "everyone".',
    }),
  }),
});

const ExportRuleClientInput = builder.inputType('ExportRuleClientInput', {
  fields: (t) => ({ match: t.string({ required: true, description: 'e.g. 0.0.0.0/0' }) }),
});

const ExportRuleInput = builder.inputType('ExportRuleInput', {
  fields: (t) => ({
    clients: t.field({ type: [ExportRuleClientInput] }),
    index: t.int(),
    protocols: t.field({ type: [ExportRuleProtocolEnum] }),
    roRule: t.field({ type: [AuthenticationFlavorEnum] }),
    rwRule: t.field({ type: [AuthenticationFlavorEnum] }),
  }),
});

const ExportPolicyInput = builder.inputType('ExportPolicyInput', {
  description: "Export policy; on update, an empty one detaches the policy (the SVM's applies).",
  fields: (t) => ({
    key: t.id(),
    nameTag: t.string(),
    rules: t.field({ type: [ExportRuleInput] }),
  }),
});

const AccessControlInput = builder.inputType('AccessControlInput', {
  fields: (t) => ({
    acl: t.field({ type: [AclEntryInput], description: 'CIFS share access controls.' }),
    activeDirectoryMapping: t.field({ type: KeyReferenceInput, description: 'Create only.' }),
    exportPolicy: t.field({ type: ExportPolicyInput }),
  }),
});

const UpdateAccessControlInput = builder.inputType('UpdateAccessControlInput', {
  fields: (t) => ({
    acl: t.field({ type: [AclEntryInput] }),
    exportPolicy: t.field({ type: ExportPolicyInput }),
  }),
});

const CreateFileShareInput = builder.inputType('CreateFileShareInput', {
  description: 'POST /storage-provider/file-shares.',
  fields: (t) => ({
    name: t.string({ required: true }),
    space: t.field({ type: SpaceInput, required: true }),
    performanceServiceLevel: t.field({ type: KeyReferenceInput, required: true }),
    svm: t.field({ type: KeyReferenceInput, required: true }),
    accessControl: t.field({ type: AccessControlInput }),
    mountpoint: t.string({ description: "Starts with '/'; default the share's name." }),
    type: t.field({ type: FileShareTypeEnum, description: 'Default RW.' }),
    storageEfficiencyPolicy: t.field({ type: KeyReferenceInput }),
    aggregate: t.field({ type: KeyReferenceInput }),
  }),
});

const UpdateFileShareInput = builder.inputType('UpdateFileShareInput', {
  description:
    'PATCH /storage-provider/file-shares/{key}. Only the fields given are sent. AIQUM changes ' +
    'ONE attribute per call and refuses more (BAD_USER_INPUT from upstream).',
  fields: (t) => ({
    accessControl: t.field({ type: UpdateAccessControlInput }),
    operationalState: t.field({ type: OperationalStateEnum }),
    performanceServiceLevel: t.field({ type: KeyReferenceInput }),
    space: t.field({ type: SpaceInput }),
    storageEfficiencyPolicy: t.field({ type: KeyReferenceInput }),
  }),
});

builder.mutationFields((t) => ({
  createFileShare: t.field({
    type: JobPayloadRef,
    description: 'Provisions a file share (NFS and/or CIFS); job results name the `fileshareKey`.',
    args: { input: t.arg({ type: CreateFileShareInput, required: true }) },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, createFileShareOperation(args.input))),
  }),
  updateFileShare: t.field({
    type: JobPayloadRef,
    description: 'Changes one attribute of a file share (AIQUM takes one per call).',
    args: {
      key: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateFileShareInput, required: true }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, updateFileShareOperation(String(args.key), args.input))),
  }),
  deleteFileShare: t.field({
    type: JobPayloadRef,
    description: 'Deletes a file share and every resource associated with it.',
    args: { key: t.arg.id({ required: true }) },
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

export const FileShareConnection = connectionWithTotal(FileShareRef, 'FileShare', 'file shares');

builder.queryField('fileShares', (t) =>
  t.connection(
    {
      type: FileShareRef,
      description: 'The file shares AIQUM provisioned, in name order (`first` defaults to 20).',
      args: { filter: t.arg({ type: FileShareFilter, description: 'Which file shares.' }) },
      resolve: (_root, args, context) =>
        fetchLookupConnection(lookupCall(context), 'fileShare', args),
    },
    FileShareConnection,
  ),
);
