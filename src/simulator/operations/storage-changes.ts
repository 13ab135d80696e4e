import { OPERATIONAL_STATES } from '../../aiqum/operation-enums.ts';
import { type Body, optionalEnum, optionalInteger, optionalString } from '../body-checks.ts';
import type { SimulatedObject } from '../inventory.ts';
import { type OperationContext, serviceReferences } from './resource.ts';

export interface StorageChanges {
  size: number | undefined;
  /** Sets what the PATCH changed on the object; called when its job completes. */
  apply(object: SimulatedObject): void;
}

/**
 * The attributes a LUN or file share PATCH shares (size, state, service level, efficiency
 * policy), checked as AIQUM does.
 */
export function storageChanges(body: Body, context: OperationContext): StorageChanges {
  const size = optionalInteger(body, 'space.size', 1);
  const state = optionalEnum(body, 'operational_state', OPERATIONAL_STATES);
  const references = serviceReferences(
    context,
    optionalString(body, 'performance_service_level.key'),
    optionalString(body, 'storage_efficiency_policy.key'),
  );
  return {
    size,
    apply(object) {
      if (size !== undefined) object.attributes.size = size;
      if (state !== undefined) object.attributes.operational_state = state;
      Object.assign(object, references);
    },
  };
}
