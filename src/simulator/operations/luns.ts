import { LUN_OS_TYPES } from '../../aiqum/operation-enums.ts';
import {
  type Body,
  missing,
  optionalArray,
  optionalInteger,
  optionalString,
  patchAttributes,
  requireEnum,
  requireInteger,
  requireString,
} from '../body-checks.ts';
import { badRequest } from '../refusal.ts';
import {
  existing,
  type OperationContext,
  type ResourceHandlers,
  referenced,
  refuseDuplicateName,
  removeObject,
  requirePerformanceServiceLevel,
} from './resource.ts';
import { storageChanges } from './storage-changes.ts';

const MODIFIABLE = [
  'space',
  'operational_state',
  'lun_maps',
  'performance_service_level',
  'storage_efficiency_policy',
] as const;

function checkLunMaps(body: Body): void {
  optionalArray(body, 'lun_maps', (map) => {
    requireString(map, 'igroup.key');
    optionalInteger(map, 'logical_unit_number', 0);
  });
}

function svmOfNewLun(body: Body, context: OperationContext): string | undefined {
  const svmKey = optionalString(body, 'svm.key');
  const volumeKey = optionalString(body, 'volume.key');
  if (svmKey === undefined && volumeKey === undefined) {
    missing('svm.key', ' (or volume.key)');
  }
  if (svmKey !== undefined && volumeKey === undefined) {
    referenced(context, 'svm', svmKey, 'svm.key');
  }
  return volumeKey === undefined ? svmKey : undefined;
}

export const lunHandlers: ResourceHandlers = {
  create(body, context) {
    const name = requireString(body, 'name');
    const size = requireInteger(body, 'space.size', 1);
    const osType = requireEnum(body, 'os_type', LUN_OS_TYPES);
    requirePerformanceServiceLevel(context, requireString(body, 'performance_service_level.key'));
    const svmKey = svmOfNewLun(body, context);
    optionalString(body, 'volume.name_tag');
    optionalString(body, 'aggregate.key');
    optionalString(body, 'storage_efficiency_policy.key');
    checkLunMaps(body);
    refuseDuplicateName(context, 'lun', name);
    const key = context.inventory.newKey('lun');
    return {
      name: 'Create LUN',
      type: 'provision_lun_create',
      tasks: ['provision_create_volume', 'provision_create_lun', 'provision_map_lun'],
      results: [{ name: 'lunKey', value: key }],
      onComplete: () =>
        context.inventory.put({
          key,
          kind: 'lun',
          name,
          ...(svmKey === undefined ? {} : { svmKey }),
          attributes: { size, os_type: osType, operational_state: 'online' },
        }),
    };
  },

  update(key, body, context) {
    const lun = existing(context, 'lun', key);
    patchAttributes(body, MODIFIABLE, 1);
    const changes = storageChanges(body, context);
    const currentSize = Number(lun.attributes.size ?? 0);
    if (changes.size !== undefined && changes.size < currentSize) {
      throw badRequest(
        `The size of a LUN cannot decrease below its current size ${currentSize}, but got ${changes.size}`,
        'space.size',
      );
    }
    checkLunMaps(body);
    return {
      name: 'Modify LUN',
      type: 'provision_lun_modify',
      tasks: ['provision_validate_lun', 'provision_modify_lun'],
      onComplete: () => changes.apply(lun),
    };
  },

  remove: removeObject('lun', {
    name: 'Delete LUN',
    type: 'provision_lun_delete',
    tasks: ['provision_unmap_lun', 'provision_delete_lun'],
  }),
};
