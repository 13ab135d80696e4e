import { SVM_LANGUAGES, SVM_STATES, SVM_SUBTYPES } from '../aiqum/operation-enums.ts';
import { runOperation } from '../resolvers/operations/run-operation.ts';
import {
  createSvmOperation,
  deleteSvmOperation,
  updateSvmOperation,
} from '../resolvers/operations/svm.ts';
import { builder } from './builder.ts';
import { JobPayloadRef, jobPayload, KeyReferenceInput } from './job-payload.ts';
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
