import { SVM_LANGUAGES, SVM_STATES, SVM_SUBTYPES } from '../aiqum/operation-enums.ts';
import { wireBoolean, wireEnum, wireKey, wireObjects, wireString } from '../aiqum/wire-values.ts';
import { runOperation } from '../resolvers/operations/run-operation.ts';
import {
  createSvmOperation,
  deleteSvmOperation,
  updateSvmOperation,
} from '../resolvers/operations/svm.ts';
import { builder } from './builder.ts';
import { loadsThrough } from './field-cost.ts';
import { FileShareConnection, FileShareFilter } from './file-share.ts';
import { JobPayloadRef, jobPayload, KeyReferenceInput } from './job-payload.ts';
import { lookupConnection, parentListField } from './lookup-connection.ts';
import {
  ClusterRef,
  FileShareRef,
  keyFieldOptions,
  LunRef,
  loadReferenced,
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
  'The default language of the volumes of an SVM (upstream `language`): a language code, ' +
    'with its encoding. AIQUM writes only the UTF-8 ones (C_UTF_8 when absent); the others ' +
    'exist for older SVMs.',
);
const SvmStateEnum = upstreamEnumType(
  'SvmState',
  SVM_STATES,
  'The state of an SVM (upstream `state`); an update sets RUNNING or STOPPED.',
  {
    starting: 'It is starting.',
    running: 'It serves data.',
    stopping: 'It is stopping.',
    stopped: 'It serves no data.',
    deleting: 'It is being deleted.',
  },
);
const SvmSubtypeEnum = upstreamEnumType(
  'SvmSubtype',
  SVM_SUBTYPES,
  'The role of an SVM in data protection (upstream `subtype`).',
  {
    default: 'An SVM that serves data.',
    dp_destination: 'The destination of an SVM disaster recovery relationship.',
    sync_source: 'The source of a MetroCluster configuration.',
    sync_destination:
      'Its MetroCluster partner, created with a SYNC_SOURCE; AIQUM refuses it in a create.',
  },
);

const NameReferenceInput = builder.inputType('NameReferenceInput', {
  description: 'A reference to an AIQUM object by its name (upstream `{"name": ...}`).',
  fields: (t) => ({
    name: t.string({ required: true, description: "The object's name (upstream `name`)." }),
  }),
});

const SvmAggregateInput = builder.inputType('SvmAggregateInput', {
  description:
    'An aggregate assigned to the SVM for its volumes (upstream `aggregates[]`), by key, name ' +
    'or UUID.',
  fields: (t) => ({
    key: t.id({ description: "The aggregate's key in AIQUM (`key`)." }),
    name: t.string({ description: "The aggregate's name (`name`)." }),
    uuid: t.string({ description: "The aggregate's ONTAP UUID (`uuid`)." }),
  }),
});

const CreateSvmInput = builder.inputType('CreateSvmInput', {
  description:
    'A new storage VM on a cluster (POST /datacenter/svm/svms, body `svm`), with the data ' +
    'protocols, network and name services to set up with it.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "The SVM's name (`name`); unique among SVMs, or AIQUM answers 409.",
    }),
    cluster: t.field({
      type: KeyReferenceInput,
      required: true,
      description: 'The cluster to create it on (`cluster.key`).',
    }),
    language: t.field({
      type: SvmLanguageEnum,
      description: 'The default language of its volumes (`language`); C_UTF_8 when absent.',
    }),
    subtype: t.field({
      type: SvmSubtypeEnum,
      description: 'Its role in data protection (`subtype`); DEFAULT when absent.',
    }),
    ipspace: t.field({
      type: NameReferenceInput,
      description: 'The IPspace it belongs to (`ipspace`); "Default" when absent.',
    }),
    snapshotPolicy: t.field({
      type: NameReferenceInput,
      description:
        'The Snapshot copy policy of its volumes (`snapshot_policy`); "default" when absent.',
    }),
    aggregates: t.field({
      type: [SvmAggregateInput],
      description: 'The aggregates its volumes may use (`aggregates`).',
    }),
    ipInterfaces: t.field({
      type: [SvmIpInterfaceInput],
      description: 'Its data network interfaces (`ip_interfaces`).',
    }),
    routes: t.field({ type: [SvmRouteInput], description: 'Its network routes (`routes`).' }),
    dns: t.field({ type: SvmDnsInput, description: 'Its DNS configuration (`dns`).' }),
    cifs: t.field({
      type: SvmCifsInput,
      description: 'A CIFS server to set up (`cifs`); needs ipInterfaces, routes and dns too.',
    }),
    ldap: t.field({ type: SvmLdapInput, description: 'An LDAP client to set up (`ldap`).' }),
    nis: t.field({ type: SvmNisInput, description: 'An NIS domain to join (`nis`).' }),
    nfs: t.field({ type: SvmProtocolInput, description: 'The NFS service (`nfs`).' }),
    iscsi: t.field({ type: SvmProtocolInput, description: 'The iSCSI service (`iscsi`).' }),
    fcp: t.field({ type: SvmProtocolInput, description: 'The Fibre Channel service (`fcp`).' }),
    nvme: t.field({ type: SvmProtocolInput, description: 'The NVMe service (`nvme`).' }),
  }),
});

const UpdateSvmInput = builder.inputType('UpdateSvmInput', {
  description:
    'PATCH /datacenter/svm/svms/{key}. Only the fields given are sent. AIQUM changes ONE ' +
    'attribute per call (its examples change name, language or state alone).',
  fields: (t) => ({
    name: t.string({ description: 'A new name (`name`); unique among SVMs.' }),
    language: t.field({
      type: SvmLanguageEnum,
      description: 'A new default language of its volumes (`language`).',
    }),
    state: t.field({
      type: SvmStateEnum,
      description: 'STOPPED stops the SVM, RUNNING starts it (`state`).',
    }),
    snapshotPolicy: t.field({
      type: NameReferenceInput,
      description: 'Another Snapshot copy policy (`snapshot_policy`).',
    }),
    aggregates: t.field({
      type: [SvmAggregateInput],
      description: 'The aggregates its volumes may use, replacing the old (`aggregates`).',
    }),
  }),
});

const SVM_KEY = "The SVM's key (an `svmKey` job result) or id.";

builder.mutationFields((t) => ({
  createSvm: t.field({
    type: JobPayloadRef,
    description: 'Creates an SVM on a cluster; job results name the `svmKey`.',
    args: {
      input: t.arg({ type: CreateSvmInput, required: true, description: 'The SVM to create.' }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, createSvmOperation(args.input))),
  }),
  updateSvm: t.field({
    type: JobPayloadRef,
    description: 'Changes an attribute of an SVM: rename, language, stop or start, ...',
    args: {
      key: t.arg.id({ required: true, description: SVM_KEY }),
      input: t.arg({
        type: UpdateSvmInput,
        required: true,
        description: 'The one attribute to change.',
      }),
    },
    resolve: (_root, args, context) =>
      jobPayload(runOperation(context, updateSvmOperation(String(args.key), args.input))),
  }),
  deleteSvm: t.field({
    type: JobPayloadRef,
    description: 'Deletes an SVM; sent as `?force=true|false`.',
    args: {
      key: t.arg.id({ required: true, description: SVM_KEY }),
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
      ...loadsThrough('Cluster'),
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
    luns: parentListField(t, {
      kind: 'lun',
      ref: LunRef,
      filter: LunFilter,
      connection: LunConnection,
      noun: 'LUNs',
      owned: 'Its LUNs',
      parent: 'SVM',
      scope: (svm) => ({ upstream: 'svm.key', key: wireKey(svm), field: 'Svm.luns' }),
    }),
    fileShares: parentListField(t, {
      kind: 'fileShare',
      ref: FileShareRef,
      filter: FileShareFilter,
      connection: FileShareConnection,
      noun: 'file shares',
      owned: 'Its file shares',
      parent: 'SVM',
      scope: (svm) => ({ upstream: 'svm.key', key: wireKey(svm), field: 'Svm.fileShares' }),
    }),
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

export const SvmConnection = lookupConnection('svms', {
  kind: 'svm',
  ref: SvmRef,
  name: 'Svm',
  noun: 'SVMs',
  filter: SvmFilter,
  description: 'The SVMs of every cluster, in name order (`first` defaults to 20).',
  filterDescription: 'Which SVMs.',
});
