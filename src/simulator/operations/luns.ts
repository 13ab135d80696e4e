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
import { clusterUuidOfKey, type SimulatedObject, uuidOfKey } from '../inventory.ts';
import { badRequest } from '../refusal.ts';
import {
  existing,
  nameClaim,
  type OperationContext,
  type ResourceHandlers,
  referenced,
  refuseDuplicateName,
  removeObject,
  serviceReferences,
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

/** The SVM of a new LUN (named, or that of the volume named) and the volume that holds it. */
function placeOfNewLun(
  body: Body,
  context: OperationContext,
  lunName: string,
): { svm?: SimulatedObject; volume: { key: string; name: string } } {
  const svmKey = optionalString(body, 'svm.key');
  const volumeKey = optionalString(body, 'volume.key');
  const tag = optionalString(body, 'volume.name_tag') ?? lunName;
  if (svmKey === undefined && volumeKey === undefined) {
    missing('svm.key', ' (or volume.key)');
  }
  if (volumeKey !== undefined) {
    // An existing volume: AIQUM ignores svm and aggregate then.
    const share = context.inventory.get('fileShare', volumeKey);
    const svm =
      share?.svmKey === undefined ? undefined : context.inventory.get('svm', share.svmKey);
    const volume = { key: volumeKey, name: share?.name ?? uuidOfKey(volumeKey) };
    return svm ? { svm, volume } : { volume };
  }
  const svm = referenced(context, 'svm', String(svmKey), 'svm.key');
  const newVolumeKey = context.inventory.newKey('fileShare', clusterUuidOfKey(svm.key));
  return { svm, volume: { key: newVolumeKey, name: `NSLM_${tag}` } };
}

export const lunHandlers: ResourceHandlers = {
  create(body, context) {
    const name = requireString(body, 'name');
    const size = requireInteger(body, 'space.size', 1);
    const osType = requireEnum(body, 'os_type', LUN_OS_TYPES);
    const services = serviceReferences(
      context,
      requireString(body, 'performance_service_level.key'),
      optionalString(body, 'storage_efficiency_policy.key'),
    );
    const { svm, volume } = placeOfNewLun(body, context, name);
    optionalString(body, 'aggregate.key');
    checkLunMaps(body);
    refuseDuplicateName(context, 'lun', name);
    const key = context.inventory.newKey('lun', clusterUuidOfKey(svm?.key ?? volume.key));
    return {
      name: 'Create LUN',
      type: 'provision_lun_create',
      tasks: ['provision_create_volume', 'provision_create_lun', 'provision_map_lun'],
      results: [{ name: 'lunKey', value: key }],
      claims: [nameClaim('lun', name)],
      onComplete: () =>
        context.inventory.put({
          key,
          kind: 'lun',
          name,
          ...(svm === undefined ? {} : { svmKey: svm.key }),
          ...services,
          attributes: { size, os_type: osType, operational_state: 'online', volume },
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
