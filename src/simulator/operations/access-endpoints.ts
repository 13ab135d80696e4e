import { DATA_PROTOCOLS } from '../../aiqum/operation-enums.ts';
import {
  type Body,
  missing,
  optionalEnumArray,
  optionalInteger,
  optionalIpAddress,
  optionalNetmask,
  optionalString,
  patchAttributes,
} from '../body-checks.ts';
import { clusterUuidOfKey, type ObjectKind } from '../inventory.ts';
import { badRequest, conflict } from '../refusal.ts';
import {
  existing,
  isNameTaken,
  nameClaim,
  type OperationContext,
  type ResourceHandlers,
  referenced,
  refuseDuplicateName,
  removeObject,
} from './resource.ts';

const PARENTS: { field: string; kind: ObjectKind }[] = [
  { field: 'svm', kind: 'svm' },
  { field: 'fileshare', kind: 'fileShare' },
  { field: 'lun', kind: 'lun' },
];
const MIN_VLAN = 1;
const MIN_MTU = 68;

/** The one SVM, file share or LUN the endpoint is for; answers the SVM that will hold it. */
function parentSvm(body: Body, context: OperationContext): { svmKey?: string; kind: ObjectKind } {
  const given = PARENTS.filter(({ field }) => optionalString(body, `${field}.key`) !== undefined);
  const [parent, second] = given;
  if (!parent) missing('svm.key', ' (or fileshare.key or lun.key)');
  if (second) {
    throw badRequest(
      `Give one of svm.key, fileshare.key and lun.key, not several`,
      `${second.field}.key`,
    );
  }
  const key = String(optionalString(body, `${parent.field}.key`));
  const object = referenced(context, parent.kind, key, `${parent.field}.key`);
  const svmKey = parent.kind === 'svm' ? object.key : object.svmKey;
  return { kind: parent.kind, ...(svmKey === undefined ? {} : { svmKey }) };
}

/** The claim (JobSpec.claims) of a job that gives an endpoint this address. */
const addressClaim = (address: string) => `accessEndpoint address ${address}`;

function refuseDuplicateAddress(context: OperationContext, address: string, exceptKey?: string) {
  const other = context.inventory
    .list('accessEndpoint')
    .find((endpoint) => endpoint.attributes.ip_address === address && endpoint.key !== exceptKey);
  if (other) {
    throw conflict(
      `IP address ${address} is already used by access endpoint '${other.name}'`,
      'ip.address',
    );
  }
  const claimant = context.jobs.claimant(addressClaim(address));
  if (claimant) {
    throw conflict(
      `IP address ${address} is already being given to an access endpoint by job '${claimant.key}'`,
      'ip.address',
    );
  }
}

/** AIQUM names an endpoint created without a name; the first free `lif_<n>`. */
function generatedName(context: OperationContext): string {
  let serial = context.inventory.list('accessEndpoint').length + 1;
  while (isNameTaken(context, 'accessEndpoint', `lif_${serial}`)) serial += 1;
  return `lif_${serial}`;
}

export const accessEndpointHandlers: ResourceHandlers = {
  create(body, context) {
    const protocols = optionalEnumArray(body, 'data_protocols', DATA_PROTOCOLS);
    if (!protocols || protocols.length === 0) missing('data_protocols');
    const parent = parentSvm(body, context);
    const address = optionalIpAddress(body, 'ip.address');
    const haAddress = optionalIpAddress(body, 'ip.ha_address');
    const netmask = optionalNetmask(body, 'ip.netmask');
    if (haAddress !== undefined && parent.kind !== 'lun') {
      throw badRequest('ip.ha_address applies to an iSCSI endpoint of a LUN only', 'ip.ha_address');
    }
    if (protocols.some((protocol) => protocol !== 'fcp')) {
      if (address === undefined && haAddress === undefined)
        missing('ip.address', ' for NFS, CIFS and iSCSI');
      if (netmask === undefined) missing('ip.netmask', ' for NFS, CIFS and iSCSI');
    }
    const gateway = optionalIpAddress(body, 'gateway');
    const vlan = optionalInteger(body, 'vlan', MIN_VLAN);
    const mtu = optionalInteger(body, 'mtu', MIN_MTU);
    if (mtu !== undefined && vlan === undefined) {
      throw badRequest('mtu can only be given together with vlan', 'mtu');
    }
    const network = { netmask, gateway, vlan, mtu };
    const name = optionalString(body, 'name') ?? generatedName(context);
    refuseDuplicateName(context, 'accessEndpoint', name);
    if (address !== undefined) refuseDuplicateAddress(context, address);
    const cluster = parent.svmKey === undefined ? undefined : clusterUuidOfKey(parent.svmKey);
    const key = context.inventory.newKey('accessEndpoint', cluster);
    const haKey =
      address !== undefined && haAddress !== undefined
        ? context.inventory.newKey('accessEndpoint', cluster)
        : undefined;
    const svm = parent.svmKey === undefined ? {} : { svmKey: parent.svmKey };
    return {
      name: 'Create Access-endpoint',
      type: 'provision_eth_endpoint_create',
      tasks: ['provision_modify_broadcast_domain', 'provision_create_lif'],
      results: [
        { name: 'accessEndpointKey', value: key },
        ...(haKey === undefined ? [] : [{ name: 'accessEndpointHAKey', value: haKey }]),
      ],
      claims: [
        nameClaim('accessEndpoint', name),
        ...(address === undefined ? [] : [addressClaim(address)]),
      ],
      onComplete: () => {
        const primary = address ?? haAddress;
        context.inventory.put({
          key,
          kind: 'accessEndpoint',
          name,
          ...svm,
          attributes: { ip_address: primary, data_protocols: protocols, ...network },
        });
        if (haKey !== undefined) {
          context.inventory.put({
            key: haKey,
            kind: 'accessEndpoint',
            name: `${name}_Partner`,
            ...svm,
            attributes: { ip_address: haAddress, data_protocols: protocols, ...network },
          });
        }
      },
    };
  },

  update(key, body, context) {
    const endpoint = existing(context, 'accessEndpoint', key);
    // AIQUM's own example changes gateway and ip.address in one call.
    patchAttributes(body, ['gateway', 'ip'], 2);
    for (const field of ['ip.netmask', 'ip.ha_address']) {
      if (optionalString(body, field) !== undefined) {
        throw badRequest(`Field '${field}' can be set on creation only`, field);
      }
    }
    const address = optionalIpAddress(body, 'ip.address');
    if (body.ip !== undefined && address === undefined) missing('ip.address');
    const gateway = optionalIpAddress(body, 'gateway');
    if (address !== undefined) refuseDuplicateAddress(context, address, key);
    return {
      name: 'Modify Access-endpoint',
      type: 'provision_eth_endpoint_modify',
      tasks: ['provision_modify_lif'],
      claims: address === undefined ? [] : [addressClaim(address)],
      onComplete: () => {
        if (address !== undefined) endpoint.attributes.ip_address = address;
        if (gateway !== undefined) endpoint.attributes.gateway = gateway;
      },
    };
  },

  remove: removeObject('accessEndpoint', {
    name: 'Delete Access-endpoint',
    type: 'provision_eth_endpoint_delete',
    tasks: ['provision_delete_lif'],
  }),
};
