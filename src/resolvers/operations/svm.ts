import { LOOKUPS } from '../../aiqum/lookups.ts';
import { checkIpAddress, checkIpBlock, checkName } from './input-checks.ts';
import { type Operation, objectPath } from './run-operation.ts';
import {
  type InputObject,
  objectAt,
  objectsAt,
  toUpdateBody,
  toUpstreamBody,
} from './upstream-body.ts';

const SVMS_PATH = LOOKUPS.svm.path;

function svmPath(key: string): string {
  return objectPath(SVMS_PATH, key, 'Svm');
}

function checkNetwork(input: InputObject): void {
  objectsAt(input, 'ipInterfaces').forEach((ipInterface, index) => {
    checkIpBlock(objectAt(ipInterface, 'ip'), `input.ipInterfaces[${index}].ip`);
  });
  objectsAt(input, 'routes').forEach((route, index) => {
    checkIpAddress(route.gateway, `input.routes[${index}].gateway`);
    checkIpBlock(objectAt(route, 'destination'), `input.routes[${index}].destination`);
  });
  const servers = objectAt(input, 'dns')?.servers;
  if (Array.isArray(servers)) {
    servers.forEach((server, index) => {
      checkIpAddress(server, `input.dns.servers[${index}]`);
    });
  }
}

/** POST /datacenter/svm/svms (`svm`). */
export function createSvmOperation(input: InputObject): Operation {
  checkName(input.name, 'input.name');
  checkNetwork(input);
  return { method: 'POST', path: SVMS_PATH, body: toUpstreamBody(input) };
}

/** PATCH /datacenter/svm/svms/{key}: only the attributes given. */
export function updateSvmOperation(key: string, input: InputObject): Operation {
  checkName(input.name, 'input.name');
  return { method: 'PATCH', path: svmPath(key), body: toUpdateBody(input) };
}

/** DELETE /datacenter/svm/svms/{key}?force=true|false. */
export function deleteSvmOperation(key: string, force: boolean): Operation {
  return {
    method: 'DELETE',
    path: svmPath(key),
    searchParams: new URLSearchParams({ force: String(force) }),
  };
}
