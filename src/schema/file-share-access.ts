import {
  ACL_PERMISSIONS,
  AUTHENTICATION_FLAVORS,
  EXPORT_RULE_PROTOCOLS,
} from '../aiqum/operation-enums.ts';
import { builder } from './builder.ts';
import { KeyReferenceInput } from './job-payload.ts';
import { upstreamEnumType } from './upstream-enum.ts';

// Who may use a file share: CIFS access control entries and NFS export policies, field by
// field as AIQUM's `access_control`.

const AclPermissionEnum = upstreamEnumType(
  'AclPermission',
  ACL_PERMISSIONS,
  'What a user or group may do on a CIFS share (upstream `acl[].permission`).',
  {
    no_access: 'Nothing.',
    read: 'Read files and folders.',
    change: 'Read, write, change and delete files and folders.',
    full_control: 'Everything, permissions included.',
  },
);
const ExportRuleProtocolEnum = upstreamEnumType(
  'ExportRuleProtocol',
  EXPORT_RULE_PROTOCOLS,
  'A protocol an export rule governs (upstream `rules[].protocols[]`); AIQUM writes only ' +
    'CIFS, NFS3 and NFS4.',
  {
    any: 'Every protocol.',
    nfs: 'Every NFS version.',
    nfs3: 'NFSv3.',
    nfs4: 'NFSv4.',
    cifs: 'CIFS (SMB).',
    flexcache: 'FlexCache.',
  },
);
const AuthenticationFlavorEnum = upstreamEnumType(
  'AuthenticationFlavor',
  AUTHENTICATION_FLAVORS,
  'How a client must authenticate for an export rule to grant it access (upstream ' +
    '`ro_rule[]`, `rw_rule[]`).',
  {
    any: 'Any way, none included.',
    none: 'Clients that present no credentials; they act as the anonymous user.',
    never: 'No client, whatever it presents.',
    kerberos5: 'Kerberos 5 authentication.',
    kerberos5i: 'Kerberos 5 with integrity checking.',
    kerberos5p: 'Kerberos 5 with privacy (encryption).',
    ntlm: 'CIFS NTLM.',
    sys: 'AUTH_SYS: the UNIX user and group ids the client sends.',
  },
);

const AclEntryInput = builder.inputType('AclEntryInput', {
  description: 'One access control entry of a CIFS share (upstream `acl[]`).',
  fields: (t) => ({
    permission: t.field({
      type: AclPermissionEnum,
      required: true,
      description: 'What the user or group may do (`permission`).',
    }),
    userOrGroup: t.string({
      required: true,
      description: 'An Active Directory user or group, or "everyone".',
    }),
  }),
});

const ExportRuleClientInput = builder.inputType('ExportRuleClientInput', {
  description: 'Clients an export rule applies to (upstream `clients[]`).',
  fields: (t) => ({
    match: t.string({
      required: true,
      description:
        'A host name, an IP address, a subnet (e.g. 0.0.0.0/0 for every client) or a netgroup.',
    }),
  }),
});

const ExportRuleInput = builder.inputType('ExportRuleInput', {
  description:
    'One rule of an NFS export policy (upstream `rules[]`): which clients get access, over ' +
    'which protocols, read-only or read-write, authenticated how.',
  fields: (t) => ({
    clients: t.field({
      type: [ExportRuleClientInput],
      description: 'The clients it applies to (`clients`).',
    }),
    index: t.int({
      description: 'Its place in the policy (`index`); rules are evaluated in index order.',
    }),
    protocols: t.field({
      type: [ExportRuleProtocolEnum],
      description: 'The protocols it governs (`protocols`).',
    }),
    roRule: t.field({
      type: [AuthenticationFlavorEnum],
      description: 'How a client must authenticate to read (`ro_rule`).',
    }),
    rwRule: t.field({
      type: [AuthenticationFlavorEnum],
      description: 'How a client must authenticate to write (`rw_rule`).',
    }),
  }),
});

const ExportPolicyInput = builder.inputType('ExportPolicyInput', {
  description:
    'The NFS export policy of a file share (upstream `export_policy`): an existing one by key, ' +
    "or new rules under a name tag. On update, an empty one detaches the policy (the SVM's " +
    'applies).',
  fields: (t) => ({
    key: t.id({ description: 'An existing export policy (`key`).' }),
    nameTag: t.string({
      description: 'A tag that names a new export policy (`name_tag`).',
    }),
    rules: t.field({
      type: [ExportRuleInput],
      description: 'The rules of a new policy, or the new rules of this one (`rules`).',
    }),
  }),
});

export const AccessControlInput = builder.inputType('AccessControlInput', {
  description:
    'Who may use a new file share (upstream `access_control`): CIFS access control entries, ' +
    'an NFS export policy, or both.',
  fields: (t) => ({
    acl: t.field({
      type: [AclEntryInput],
      description: 'CIFS share access control entries (`acl`).',
    }),
    activeDirectoryMapping: t.field({
      type: KeyReferenceInput,
      description:
        'The Active Directory mapping to use for CIFS (`active_directory_mapping.key`); ' +
        'create only.',
    }),
    exportPolicy: t.field({
      type: ExportPolicyInput,
      description: 'The NFS export policy (`export_policy`).',
    }),
  }),
});

export const UpdateAccessControlInput = builder.inputType('UpdateAccessControlInput', {
  description: 'New access control for a file share (upstream `access_control`).',
  fields: (t) => ({
    acl: t.field({
      type: [AclEntryInput],
      description: 'Its new CIFS access control entries, replacing the old (`acl`).',
    }),
    exportPolicy: t.field({
      type: ExportPolicyInput,
      description: 'Its new NFS export policy (`export_policy`).',
    }),
  }),
});
