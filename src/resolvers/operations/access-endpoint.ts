import { LOOKUPS } from '../../aiqum/lookups.ts';
import { BadUserInputError } from '../../errors.ts';
import { checkIpAddress, checkIpBlock, checkName } from './input-checks.ts';
import { type Operation, objectPath } from './run-operation.ts';
import { type InputObject, objectAt, toUpdateBody, toUpstreamBody } from './upstream-body.ts';

const ACCESS_ENDPOINTS_PATH = LOOKUPS.accessEndpoint.path;

function accessEndpointPath(key: string): string {
  return objectPath(ACCESS_ENDPOINTS_PATH, key, 'AccessEndpoint');
}

function checkAddresses(input: InputObject): void {
  const ip = objectAt(input, 'ip');
  checkIpBlock(ip, 'input.ip');
  checkIpAddress(ip?.haAddress, 'input.ip.haAddress');
  checkIpAddress(input.gateway, 'input.gateway');
}

const TARGETS = ['svm', 'fileshare', 'lun'] as const;

/**
 * The input with its one target (an SVM, a file share or a LUN) at the top, as AIQUM takes it:
 * given there, or inside `target`, exactly once.
 */
function withOneTarget(input: InputObject): InputObject {
  const { target, ...rest } = input;
  const inTarget = objectAt(input, 'target') ?? {};
  const given = [
    ...TARGETS.filter((field) => rest[field] != null).map((field) => `input.${field}`),
    ...TARGETS.filter((field) => inTarget[field] != null).map((field) => `input.target.${field}`),
  ];
  if (given.length !== 1) {
    throw new BadUserInputError(
      `input expects exactly one of target, svm, fileshare and lun, but got ${given.length === 0 ? 'none' : given.join(' and ')}`,
    );
  }
  return { ...rest, ...inTarget };
}

/** POST /storage-provider/access-endpoints (`access_endpoint`). */
export function createAccessEndpointOperation(input: InputObject): Operation {
  checkName(input.name, 'input.name');
  checkAddresses(input);
  const body = toUpstreamBody(withOneTarget(input));
  return { method: 'POST', path: ACCESS_ENDPOINTS_PATH, body };
}

/** PATCH /storage-provider/access-endpoints/{key}: only the attributes given. */
export function updateAccessEndpointOperation(key: string, input: InputObject): Operation {
  checkAddresses(input);
  return { method: 'PATCH', path: accessEndpointPath(key), body: toUpdateBody(input) };
}

export function deleteAccessEndpointOperation(key: string): Operation {
  return { method: 'DELETE', path: accessEndpointPath(key) };
}
