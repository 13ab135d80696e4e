// The types of the objects AIQUM's operations name, declared before they are implemented (each in
// its own file), so cross-links between them (an SVM's LUNs, a LUN's SVM) need no import cycle.

import type {
  UpstreamAccessEndpoint,
  UpstreamCluster,
  UpstreamFileShare,
  UpstreamLun,
  UpstreamPerformanceServiceLevel,
  UpstreamReference,
  UpstreamStorageEfficiencyPolicy,
  UpstreamSvm,
} from '../aiqum/lookup-wire-types.ts';
import { wireKey, wireString } from '../aiqum/wire-values.ts';
import type { Context } from '../context.ts';
import type { LookupTypeName } from '../resolvers/global-ids.ts';
import type { LookupCall } from '../resolvers/lookups-query.ts';
import { builder } from './builder.ts';
import { loadLookup } from './node.ts';

const nodeId = { resolve: (object: { key: string }) => wireKey(object) };

export const ClusterRef = builder.nodeRef<UpstreamCluster>('Cluster', { id: nodeId });
export const SvmRef = builder.nodeRef<UpstreamSvm>('Svm', { id: nodeId });
export const PerformanceServiceLevelRef = builder.nodeRef<UpstreamPerformanceServiceLevel>(
  'PerformanceServiceLevel',
  { id: nodeId },
);
export const StorageEfficiencyPolicyRef = builder.nodeRef<UpstreamStorageEfficiencyPolicy>(
  'StorageEfficiencyPolicy',
  { id: nodeId },
);
export const LunRef = builder.nodeRef<UpstreamLun>('Lun', { id: nodeId });
export const FileShareRef = builder.nodeRef<UpstreamFileShare>('FileShare', { id: nodeId });
export const AccessEndpointRef = builder.nodeRef<UpstreamAccessEndpoint>('AccessEndpoint', {
  id: nodeId,
});

export const ObjectReferenceRef = builder.objectRef<UpstreamReference>('ObjectReference');

ObjectReferenceRef.implement({
  description:
    'An AIQUM object named by another one (a volume, an aggregate), by key, name and UUID ' +
    '(upstream `{key, name, uuid}`).',
  fields: (t) => ({
    key: t.id({
      nullable: true,
      description: "The object's AIQUM key.",
      resolve: (reference) => wireString(reference, 'key'),
    }),
    name: t.string({
      nullable: true,
      description: "The object's name.",
      resolve: (reference) => wireString(reference, 'name'),
    }),
    uuid: t.string({
      nullable: true,
      description: "The object's ONTAP UUID.",
      resolve: (reference) => wireString(reference, 'uuid'),
    }),
  }),
});

/** The `key` field every lookup type has: AIQUM's key, as mutations and filters take it. */
export function keyFieldOptions(noun: string) {
  return {
    description: `The ${noun}'s AIQUM key (with ':' and ',' inside), as mutation inputs take it.`,
    resolve: (object: { key: string }) => wireKey(object),
  };
}

/** The object another names at `<path>.key` (a LUN's `svm`), through the request's loader. */
export async function loadReferenced<Name extends LookupTypeName>(
  context: Context,
  object: unknown,
  path: string,
  typename: Name,
) {
  const key = wireString(object, `${path}.key`);
  return key ? loadLookup(context, typename, key) : null;
}

/** What a lookup connection reads AIQUM with: the caller's client, credentials and signal. */
export function lookupCall(context: Context): LookupCall {
  return {
    client: context.aiqum,
    credentials: context.credentials,
    signal: context.signal,
    parentLists: context.parentLists,
  };
}
