import { SVM_LANGUAGES, SVM_STATES, SVM_SUBTYPES } from '../../aiqum/operation-enums.ts';
import {
  type Body,
  isObject,
  missing,
  optionalArray,
  optionalBoolean,
  optionalEnum,
  optionalIpAddress,
  optionalNetmask,
  optionalString,
  patchAttributes,
  requireString,
  valueAt,
} from '../body-checks.ts';
import { clusterUuidOfKey, type SimulatedObject } from '../inventory.ts';
import { badRequest } from '../refusal.ts';
import {
  existing,
  nameClaim,
  type ResourceHandlers,
  referenced,
  refuseDuplicateName,
} from './resource.ts';

const MODIFIABLE = ['name', 'language', 'state', 'snapshot_policy', 'aggregates'] as const;
const PROTOCOLS = ['nfs', 'cifs', 'iscsi', 'fcp', 'nvme'] as const;
const MAX_NETBIOS_NAME = 15;
const DEFAULT_LANGUAGE = 'c.utf_8';
const DEFAULT_SUBTYPE = 'default';

export interface SvmFields {
  key: string;
  name: string;
  clusterKey: string;
  /** The protocols it serves: `nfs`, `cifs`, `iscsi`, `fcp`, `nvme`. */
  protocols: string[];
  language?: string;
  subtype?: string;
  /** Its CIFS server's NetBIOS name, when it serves CIFS. */
  cifsName?: string | undefined;
}

/** An SVM as the inventory holds it: running, with what it serves. */
export function svmObject(fields: SvmFields): SimulatedObject {
  const { key, name, clusterKey, protocols, cifsName } = fields;
  return {
    key,
    kind: 'svm',
    name,
    clusterKey,
    attributes: {
      state: 'running',
      language: fields.language ?? DEFAULT_LANGUAGE,
      subtype: fields.subtype ?? DEFAULT_SUBTYPE,
      protocols,
      ...(cifsName === undefined ? {} : { cifs_name: cifsName }),
    },
  };
}

function requireIp(body: Body, path: string): void {
  if (optionalIpAddress(body, `${path}.address`) === undefined) missing(`${path}.address`);
  if (optionalNetmask(body, `${path}.netmask`) === undefined) missing(`${path}.netmask`);
}

/** The network and protocol blocks of a create, with what each needs when it is given. */
function checkBlocks(body: Body): void {
  optionalArray(body, 'ip_interfaces', (ipInterface) => {
    requireString(ipInterface, 'name');
    requireIp(ipInterface, 'ip');
    requireString(ipInterface, 'location.home_node.name');
    optionalBoolean(ipInterface, 'enabled');
  });
  optionalArray(body, 'routes', (route) => {
    if (optionalIpAddress(route, 'gateway') === undefined) missing('gateway');
    if (valueAt(route, 'destination') !== undefined) requireIp(route, 'destination');
  });
  if (valueAt(body, 'dns') !== undefined) {
    if (!optionalArray(body, 'dns.domains')?.length) missing('dns.domains');
    if (!optionalArray(body, 'dns.servers')?.length) missing('dns.servers');
  }
  if (valueAt(body, 'cifs') !== undefined) {
    const name = requireString(body, 'cifs.name');
    if (name.length > MAX_NETBIOS_NAME) {
      throw badRequest(`cifs.name is a NetBIOS name of at most 15 characters`, 'cifs.name');
    }
    for (const field of ['fqdn', 'user', 'password'])
      requireString(body, `cifs.ad_domain.${field}`);
    for (const needed of ['ip_interfaces', 'routes', 'dns']) {
      if (valueAt(body, needed) === undefined) missing(needed, ' to set up CIFS');
    }
  }
  if (valueAt(body, 'ldap') !== undefined) {
    const servers = optionalArray(body, 'ldap.servers');
    if (!servers?.length && optionalString(body, 'ldap.ad_domain') === undefined) {
      missing('ldap.servers', ' (or ldap.ad_domain)');
    }
    requireString(body, 'ldap.bind_dn');
    requireString(body, 'ldap.base_dn');
  }
  if (valueAt(body, 'nis') !== undefined) {
    if (!optionalArray(body, 'nis.servers')?.length) missing('nis.servers');
    requireString(body, 'nis.domain');
  }
  for (const protocol of PROTOCOLS) optionalBoolean(body, `${protocol}.enabled`);
}

function enabledProtocols(body: Body): string[] {
  return PROTOCOLS.filter((protocol) => {
    const block = body[protocol];
    return (
      isObject(block) &&
      (block.enabled === true || (protocol === 'cifs' && block.enabled !== false))
    );
  });
}

export const svmHandlers: ResourceHandlers = {
  create(body, context) {
    const name = requireString(body, 'name');
    const clusterKey = referenced(
      context,
      'cluster',
      requireString(body, 'cluster.key'),
      'cluster.key',
    ).key;
    const language = optionalEnum(body, 'language', SVM_LANGUAGES) ?? DEFAULT_LANGUAGE;
    const subtype = optionalEnum(body, 'subtype', SVM_SUBTYPES) ?? DEFAULT_SUBTYPE;
    if (subtype === 'sync_destination') {
      throw badRequest('An SVM of subtype sync_destination cannot be created', 'subtype');
    }
    optionalString(body, 'ipspace.name');
    optionalString(body, 'snapshot_policy.name');
    optionalArray(body, 'aggregates', () => {});
    checkBlocks(body);
    refuseDuplicateName(context, 'svm', name);
    const key = context.inventory.newKey('svm', clusterUuidOfKey(clusterKey));
    const protocols = enabledProtocols(body);
    const cifsName = optionalString(body, 'cifs.name');
    const svm = { key, name, clusterKey, protocols, language, subtype, cifsName };
    return {
      name: 'Create SVM',
      type: 'svm_create',
      tasks: ['create_vserver', ...protocols.map((protocol) => `configure_${protocol}`)],
      results: [{ name: 'svmKey', value: key }],
      claims: [nameClaim('svm', name)],
      onComplete: () => context.inventory.put(svmObject(svm)),
    };
  },

  update(key, body, context) {
    const svm = existing(context, 'svm', key);
    patchAttributes(body, MODIFIABLE, 1);
    const name = optionalString(body, 'name');
    if (name !== undefined) refuseDuplicateName(context, 'svm', name, key);
    const language = optionalEnum(body, 'language', SVM_LANGUAGES);
    const state = optionalEnum(body, 'state', SVM_STATES);
    optionalString(body, 'snapshot_policy.name');
    optionalArray(body, 'aggregates', () => {});
    return {
      name: 'Modify SVM',
      type: 'svm_modify',
      tasks: ['modify_vserver'],
      claims: name === undefined ? [] : [nameClaim('svm', name)],
      onComplete: () => {
        if (name !== undefined) svm.name = name;
        if (state !== undefined) svm.attributes.state = state;
        if (language !== undefined) svm.attributes.language = language;
      },
    };
  },

  remove(key, query, context) {
    existing(context, 'svm', key);
    const force = query.get('force');
    if (force !== null && force !== 'true' && force !== 'false') {
      throw badRequest(`force expects true or false, but got '${force}'`, 'force');
    }
    const held = context.inventory.heldBy(key);
    if (held.length > 0 && force !== 'true') {
      throw badRequest(
        `The SVM still holds ${held.length} LUNs, file shares or access endpoints; delete them first or use force=true`,
        'force',
      );
    }
    return {
      name: 'Delete SVM',
      type: 'svm_delete',
      tasks: held.length > 0 ? ['delete_storage_objects', 'delete_vserver'] : ['delete_vserver'],
      onComplete: () => {
        for (const object of context.inventory.heldBy(key)) context.inventory.remove(object.key);
        context.inventory.remove(key);
      },
    };
  },
};
