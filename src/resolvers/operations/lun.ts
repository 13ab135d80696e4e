import { LOOKUPS } from '../../aiqum/lookups.ts';
import { checkName } from './input-checks.ts';
import { type Operation, objectPath } from './run-operation.ts';
import { type InputObject, toUpdateBody, toUpstreamBody } from './upstream-body.ts';

const LUNS_PATH = LOOKUPS.lun.path;

function lunPath(key: string): string {
  return objectPath(LUNS_PATH, key, 'Lun');
}

/** POST /storage-provider/luns (`slo_lun`). Sizes are checked by the Bytes scalar. */
export function createLunOperation(input: InputObject): Operation {
  checkName(input.name, 'input.name');
  return { method: 'POST', path: LUNS_PATH, body: toUpstreamBody(input) };
}

/** PATCH /storage-provider/luns/{key}: only the attributes given (AIQUM takes one per call). */
export function updateLunOperation(key: string, input: InputObject): Operation {
  return { method: 'PATCH', path: lunPath(key), body: toUpdateBody(input) };
}

export function deleteLunOperation(key: string): Operation {
  return { method: 'DELETE', path: lunPath(key) };
}
