import { checkIpAddress, checkIpBlock, checkName } from './input-checks.ts';
import { type Operation, objectPath } from './run-operation.ts';
import { type InputObject, objectAt, toUpdateBody, toUpstreamBody } from './upstream-body.ts';

export const ACCESS_ENDPOINTS_PATH = 'storage-provider/access-endpoints';

function accessEndpointPath(key: string): string {
  return objectPath(ACCESS_ENDPOINTS_PATH, key, 'AccessEndpoint');
}

function checkAddresses(input: InputObject): void {
  const ip = objectAt(input, 'ip');
  checkIpBlock(ip, 'input.ip');
  checkIpAddress(ip?.haAddress, 'input.ip.haAddress');
  checkIpAddress(input.gateway, 'input.gateway');
}

/** POST /storage-provider/access-endpoints (`access_endpoint`). */
export function createAccessEndpointOperation(input: InputObject): Operation {
  checkName(input.name, 'input.name');
  checkAddresses(input);
  return { method: 'POST', path: ACCESS_ENDPOINTS_PATH, body: toUpstreamBody(input) };
}

/** PATCH /storage-provider/access-endpoints/{key}: only the attributes given. */
export function updateAccessEndpointOperation(key: string, input: InputObject): Operation {
  checkAddresses(input);
  return { method: 'PATCH', path: accessEndpointPath(key), body: toUpdateBody(input) };
}

export function deleteAccessEndpointOperation(key: string): Operation {
  return { method: 'DELETE', path: accessEndpointPath(key) };
}
