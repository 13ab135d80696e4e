import { SVM_LANGUAGES, SVM_STATES, SVM_SUBTYPES } from '../aiqum/operation-enums.ts';
import { wireBoolean, wireEnum, wireKey, wireObjects, wireString } from '../aiqum/wire-values.ts';
import { fetchLookupConnection } from '../resolvers/lookups-query.ts';
import { runOperation } from '../resolvers/operations/run-operation.ts';
import {
  createSvmOperation,
  deleteSvmOperation,
  updateSvmOperation,
} from '../resolvers/operations/svm.ts';
import { builder } from './builder.ts';
import { connectionWithTotal } from './connections.ts';
import { FileShareConnection, FileShareFilter } from './file-share.ts';
import { JobPayloadRef, jobPayload, KeyReferenceInput } from './job-payload.ts';
import {
  ClusterRef,
  FileShareRef,
  keyFieldOptions,
  LunRef,
  loadReferenced,
  lookupCall,
  ObjectReferenceRef,
  SvmRef,
} from './lookup-refs.ts';
import { LunConnection, LunFilter } from './lun.ts';
import {
  SvmCifsInput,
  SvmDnsInput,
  SvmIpInterfaceInput,
  SvmLdapInput,
  SvmNisInput,
  SvmProtocolInput,
  SvmRouteInput,
} from './svm-protocols.ts';
import { upstreamEnumType } from './upstream-enum.ts';

const SvmLanguageEnum = upstreamEnumType(
  'SvmLanguage',
  SVM_LANGUAGES,
  'Default volume language; AIQUM writes only UTF-8 ones (C_UTF_8 when absent).',
);
const SvmStateEnum = upstreamEnumType('SvmState', SVM_STATES, 'State of an SVM.');
const SvmSubtypeEnum = upstreamEnumType(
  'SvmSubtype',
  SVM_SUBTYPES,
  'SVM subtype; AIQUM refuses SYNC_DESTINATION in a create.',
);

const NameReferenceInput = builder.inputType('NameReferenceInput', {
  description: 'A reference to an AIQUM object by its name (upstream `{"name": ...}`).',
  fields: (t) => ({ name: t.string({ required: true }) }),
});

const SvmAggregateInput = builder.inputType('SvmAggregateInput', {
  description: 'An aggregate assigned to the SVM for its volumes (upstream `aggregates[]`).',
  fields: (t) => ({ key: t.id(), name: t.string(), uuid: t.string() }),
});

const CreateSvmInput = builder.inputType('CreateSvmInput', {
  description: 'POST /datacenter/svm/svms.',
  fields: (t) => ({
    name: t.string({ required: true }),
    cluster: t.field({ type: KeyReferenceInput, required: true }),
    language: t.field({ type: SvmLanguageEnum }),
    subtype: t.field({ type: SvmSubtypeEnum }),
    ipspace: t.field({ type: NameReferenceInput, description: 'Default "Default".' }),
    snapshotPolicy: t.field({ type: NameReferenceInput, description: 'Default "default".' }),
    aggregates: t.field({ type: [SvmAggregateInput] }),
    ipInterfaces: t.field({ type: [SvmIpInterfaceInput] }),
    routes: t.field({ type: [SvmRouteInput] }),
    dns: t.field({ type: SvmDnsInput }),
    cifs: t.field({ type: SvmCifsInput, description: 'Needs ipInterfaces, routes and dns too.' }),
    ldap: t.field({ type: SvmLdapInput }),
    nis: t.field({ type: SvmNisInput }),
    nfs: t.field({ type: SvmProtocolInput }),
    iscsi: t.field({ type: SvmProtocolInput }),
    fcp: t.field({ type: SvmProtocolInput }),
    nvme: t.field({ type: SvmProtocolInput }),
  }),
});

const UpdateSvmInput = builder.inputType('UpdateSvmInput', {
  description:
    'PATCH /datacenter/svm/svms/{key}. Only the fields given are sent. AIQUM changes ONE ' +
    'attribute per call (its examples change name, language or state alone).',
  fields: (t) => ({
    name: t.string(),
    language: t.field({ type: SvmLanguageEnum }),
    state: t.field({
      type: SvmStateEnum,
      description: 'STOPPED stops the SVM, RUNNING starts it.',
    }),
    snapshotPolicy: t.field({ type: NameReferenceInput }),
    aggregates: t.field({ type: [SvmAggregateInput] }),
  }),
});

builder.mutationFields((t) => ({
  createSvm: t.field({
    type: JobPayloadRef,
    description: 'Creates an SVM on a cluster; job results name the `svmKey`.',
    args: { input: t.arg({ type: CreateSvmInput, required: true }) },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, createSvmOperation(args.input))),
  }),
  updateSvm: t.field({
    type: JobPayloadRef,
    description: 'Changes an attribute of an SVM: rename, language, stop or start, ...',
    args: {
      key: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateSvmInput, required: true }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, updateSvmOperation(String(args.key), args.input))),
  }),
  deleteSvm: t.field({
    type: JobPayloadRef,
    description: 'Deletes an SVM; sent as `?force=true|false`.',
    args: {
      key: t.arg.id({ required: true }),
      force: t.arg.boolean({
        defaultValue: false,
        description: 'Delete even when the SVM still holds LUNs or file shares.',
      }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, deleteSvmOperation(String(args.key), args.force ?? false))),
  }),
}));

SvmRef.implement({
  description:
    'A storage VM (SVM, vserver) of a cluster (upstream `/datacenter/svm/svms`): it holds LUNs ' +
    'and file shares and serves them. createLun and createFileShare take its key (or id) as ' +
    '`svm.key`.',
  fields: (t) => ({
    key: t.id(keyFieldOptions('SVM')),
    name: t.string({
      nullable: true,
      description: 'The SVM name.',
      resolve: (svm) => wireString(svm, 'name'),
    }),
    uuid: t.string({
      nullable: true,
      description: "The SVM's ONTAP UUID.",
      resolve: (svm) => wireString(svm, 'uuid'),
    }),
    state: t.field({
      type: SvmStateEnum,
      nullable: true,
      description: 'Whether it runs; null for a state AIQUM added later.',
      resolve: (svm) => wireEnum(svm, 'state', SVM_STATES),
    }),
    subtype: t.field({
      type: SvmSubtypeEnum,
      nullable: true,
      description: 'DEFAULT, or the MetroCluster and data protection roles.',
      resolve: (svm) => wireEnum(svm, 'subtype', SVM_SUBTYPES),
    }),
    language: t.field({
      type: SvmLanguageEnum,
      nullable: true,
      description: 'The default volume language.',
      resolve: (svm) => wireEnum(svm, 'language', SVM_LANGUAGES),
    }),
    cluster: t.field({
      type: ClusterRef,
      nullable: true,
      description: 'The cluster it runs on; read with the clusters of the same request at once.',
      resolve: (svm, _args, context) => loadReferenced(context, svm, 'cluster', 'Cluster'),
    }),
    nfsEnabled: t.boolean({
      nullable: true,
      description: 'It serves NFS (upstream `nfs.enabled`).',
      resolve: (svm) => wireBoolean(svm, 'nfs.enabled'),
    }),
    cifsEnabled: t.boolean({
      nullable: true,
      description: 'It serves CIFS/SMB (upstream `cifs.enabled`).',
      resolve: (svm) => wireBoolean(svm, 'cifs.enabled'),
    }),
    cifsServerName: t.string({
      nullable: true,
      description: 'The NetBIOS name of its CIFS server (upstream `cifs.name`).',
      resolve: (svm) => wireString(svm, 'cifs.name'),
    }),
    iscsiEnabled: t.boolean({
      nullable: true,
      description: 'It serves iSCSI (upstream `iscsi.enabled`).',
      resolve: (svm) => wireBoolean(svm, 'iscsi.enabled'),
    }),
    fcpEnabled: t.boolean({
      nullable: true,
      description: 'It serves Fibre Channel (upstream `fcp.enabled`).',
      resolve: (svm) => wireBoolean(svm, 'fcp.enabled'),
    }),
    nvmeEnabled: t.boolean({
      nullable: true,
      description: 'It serves NVMe (upstream `nvme.enabled`).',
      resolve: (svm) => wireBoolean(svm, 'nvme.enabled'),
    }),
    aggregates: t.field({
      type: [ObjectReferenceRef],
      description: 'The aggregates assigned to it for volumes; createLun may name one.',
      resolve: (svm) => wireObjects(svm, 'aggregates'),
    }),
    luns: t.connection(
      {
        type: LunRef,
        nullable: true,
        description:
          'Its LUNs, in name order: one AIQUM request per SVM that asks for them. Null, with ' +
          'TOO_MANY_LISTS, beyond MAX_PARENT_LISTS (default 50) such lists in one operation.',
        args: { filter: t.arg({ type: LunFilter, description: 'Which of its LUNs.' }) },
        resolve: (svm, args, context) =>
          fetchLookupConnection(lookupCall(context), 'lun', args, {
            upstream: 'svm.key',
            key: wireKey(svm),
            field: 'Svm.luns',
          }),
      },
      LunConnection,
    ),
    fileShares: t.connection(
      {
        type: FileShareRef,
        nullable: true,
        description:
          'Its file shares, in name order: one AIQUM request per SVM that asks for them. ' +
          'Null, with TOO_MANY_LISTS, beyond MAX_PARENT_LISTS (default 50) such lists in one ' +
          'operation.',
        args: {
          filter: t.arg({ type: FileShareFilter, description: 'Which of its file shares.' }),
        },
        resolve: (svm, args, context) =>
          fetchLookupConnection(lookupCall(context), 'fileShare', args, {
            upstream: 'svm.key',
            key: wireKey(svm),
            field: 'Svm.fileShares',
          }),
      },
      FileShareConnection,
    ),
  }),
});

export const SvmFilter = builder.inputType('SvmFilter', {
  description: 'Which SVMs: every field given must match.',
  fields: (t) => ({
    name: t.string({ description: 'An AIQUM pattern: `*` wildcards or `a|b` alternatives.' }),
    clusterKey: t.id({ description: 'The key or id of the cluster they run on.' }),
    state: t.field({ type: [SvmStateEnum], description: 'Any of these states.' }),
    nfsEnabled: t.boolean({ description: 'Whether they serve NFS.' }),
    cifsEnabled: t.boolean({ description: 'Whether they serve CIFS/SMB.' }),
    iscsiEnabled: t.boolean({ description: 'Whether they serve iSCSI.' }),
    fcpEnabled: t.boolean({ description: 'Whether they serve Fibre Channel.' }),
    nvmeEnabled: t.boolean({ description: 'Whether they serve NVMe.' }),
  }),
});

export const SvmConnection = connectionWithTotal(SvmRef, 'Svm', 'SVMs');

builder.queryField('svms', (t) =>
  t.connection(
    {
      type: SvmRef,
      description: 'The SVMs of every cluster, in name order (`first` defaults to 20).',
      args: { filter: t.arg({ type: SvmFilter, description: 'Which SVMs.' }) },
      resolve: (_root, args, context) => fetchLookupConnection(lookupCall(context), 'svm', args),
    },
    SvmConnection,
  ),
);
