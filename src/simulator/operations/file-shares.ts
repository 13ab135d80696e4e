import {
  ACL_PERMISSIONS,
  AUTHENTICATION_FLAVORS,
  EXPORT_RULE_PROTOCOLS,
  FILE_SHARE_TYPES,
} from '../../aiqum/operation-enums.ts';
import {
  type Body,
  optionalArray,
  optionalEnum,
  optionalEnumArray,
  optionalInteger,
  optionalString,
  patchAttributes,
  requireEnum,
  requireInteger,
  requireString,
  valueAt,
} from '../body-checks.ts';
import { clusterUuidOfKey } from '../inventory.ts';
import { badRequest } from '../refusal.ts';
import {
  existing,
  nameClaim,
  type ResourceHandlers,
  referenced,
  refuseDuplicateName,
  removeObject,
  serviceReferences,
} from './resource.ts';
import { storageChanges } from './storage-changes.ts';

const MODIFIABLE = [
  'access_control',
  'operational_state',
  'performance_service_level',
  'space',
  'storage_efficiency_policy',
] as const;
/** `ls`, `dc` and `tmp` are valid in GET only. */
const CREATABLE_TYPES = ['rw', 'dp'] as const;

function checkAccessControl(body: Body): void {
  optionalArray(body, 'access_control.acl', (entry) => {
    requireEnum(entry, 'permission', ACL_PERMISSIONS);
    requireString(entry, 'user_or_group');
  });
  optionalString(body, 'access_control.active_directory_mapping.key');
  optionalString(body, 'access_control.export_policy.key');
  optionalString(body, 'access_control.export_policy.name_tag');
  optionalArray(body, 'access_control.export_policy.rules', (rule) => {
    optionalInteger(rule, 'index', 0);
    optionalEnumArray(rule, 'protocols', EXPORT_RULE_PROTOCOLS);
    optionalEnumArray(rule, 'ro_rule', AUTHENTICATION_FLAVORS);
    optionalEnumArray(rule, 'rw_rule', AUTHENTICATION_FLAVORS);
    optionalArray(rule, 'clients', (client) => requireString(client, 'match'));
  });
}

export const fileShareHandlers: ResourceHandlers = {
  create(body, context) {
    const name = requireString(body, 'name');
    const size = requireInteger(body, 'space.size', 1);
    const services = serviceReferences(
      context,
      requireString(body, 'performance_service_level.key'),
      optionalString(body, 'storage_efficiency_policy.key'),
    );
    const svmKey = referenced(context, 'svm', requireString(body, 'svm.key'), 'svm.key').key;
    const type = optionalEnum(body, 'type', FILE_SHARE_TYPES);
    if (type !== undefined && !CREATABLE_TYPES.some((creatable) => creatable === type)) {
      throw badRequest(`A file share of type '${type}' cannot be created; use rw or dp`, 'type');
    }
    const mountpoint = optionalString(body, 'mountpoint');
    if (mountpoint !== undefined && !mountpoint.startsWith('/')) {
      throw badRequest(
        `The mount point must start with '/', but got '${mountpoint}'`,
        'mountpoint',
      );
    }
    optionalString(body, 'aggregate.key');
    checkAccessControl(body);
    refuseDuplicateName(context, 'fileShare', name);
    const key = context.inventory.newKey('fileShare', clusterUuidOfKey(svmKey));
    return {
      name: 'Create File Share',
      type: 'provision_fileshare_create',
      tasks: ['provision_create_volume', 'provision_set_export_policy', 'provision_create_share'],
      results: [{ name: 'fileshareKey', value: key }],
      claims: [nameClaim('fileShare', name)],
      onComplete: () =>
        context.inventory.put({
          key,
          kind: 'fileShare',
          name,
          svmKey,
          ...services,
          attributes: {
            size,
            operational_state: 'online',
            mountpoint: mountpoint ?? `/${name}`,
            type: type ?? 'rw',
          },
        }),
    };
  },

  update(key, body, context) {
    const share = existing(context, 'fileShare', key);
    patchAttributes(body, MODIFIABLE, 1);
    const changes = storageChanges(body, context);
    if (valueAt(body, 'access_control.active_directory_mapping') !== undefined) {
      throw badRequest(
        "Field 'access_control.active_directory_mapping' can be set on creation only",
        'access_control.active_directory_mapping',
      );
    }
    checkAccessControl(body);
    return {
      name: 'Modify File Share',
      type: 'provision_fileshare_modify',
      tasks: ['provision_validate_fileshare', 'provision_modify_fileshare'],
      onComplete: () => changes.apply(share),
    };
  },

  remove: removeObject('fileShare', {
    name: 'Delete File Share',
    type: 'provision_fileshare_delete',
    tasks: ['provision_delete_share', 'provision_delete_volume'],
  }),
};
