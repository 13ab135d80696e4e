import {
  wireBoolean,
  wireBytes,
  wireInt,
  wireKey,
  wireObject,
  wireObjects,
  wireString,
} from '../aiqum/wire-values.ts';
import { builder } from './builder.ts';
import { lookupConnection, parentListField } from './lookup-connection.ts';
import { ClusterRef, keyFieldOptions, SvmRef } from './lookup-refs.ts';
import { SvmConnection, SvmFilter } from './svm.ts';

type WireObject = Record<string, unknown>;

const ClusterVersionRef = builder.objectRef<WireObject>('ClusterVersion');
const ClusterNodeRef = builder.objectRef<WireObject>('ClusterNode');

ClusterVersionRef.implement({
  description:
    "The ONTAP version of a cluster or node (upstream `version`); a cluster's is the lowest of " +
    'its nodes.',
  fields: (t) => ({
    full: t.string({
      nullable: true,
      description: 'The full version string, e.g. "NetApp Release 9.4.0: Sun Nov 05 2017".',
      resolve: (version) => wireString(version, 'full'),
    }),
    generation: t.int({
      nullable: true,
      description: 'The generation: 9 in 9.4.0.',
      resolve: (version) => wireInt(version, 'generation'),
    }),
    major: t.int({
      nullable: true,
      description: 'The major version: 4 in 9.4.0.',
      resolve: (version) => wireInt(version, 'major'),
    }),
    minor: t.int({
      nullable: true,
      description: 'The minor version: 0 in 9.4.0.',
      resolve: (version) => wireInt(version, 'minor'),
    }),
  }),
});

ClusterNodeRef.implement({
  description:
    'A node (controller) of a cluster; its name is what createSvm takes as an IP interface ' +
    'home node.',
  fields: (t) => ({
    key: t.id({
      nullable: true,
      description: "The node's AIQUM key.",
      resolve: (node) => wireString(node, 'key'),
    }),
    name: t.string({
      nullable: true,
      description: 'The node name, e.g. node-01.',
      resolve: (node) => wireString(node, 'name'),
    }),
    model: t.string({
      nullable: true,
      description: 'The controller model, e.g. FAS3070.',
      resolve: (node) => wireString(node, 'model'),
    }),
    health: t.boolean({
      nullable: true,
      description: 'True while AIQUM considers the node healthy.',
      resolve: (node) => wireBoolean(node, 'health'),
    }),
    uptimeSeconds: t.int({
      nullable: true,
      description: 'How long the node has been up, in seconds (upstream `uptime`).',
      resolve: (node) => wireInt(node, 'uptime'),
    }),
  }),
});

ClusterRef.implement({
  description:
    'An ONTAP cluster AIQUM manages (upstream `/datacenter/cluster/clusters`). createSvm ' +
    'takes its key (or id) as `cluster.key`.',
  fields: (t) => ({
    key: t.id(keyFieldOptions('cluster')),
    name: t.string({
      nullable: true,
      description: 'The cluster name.',
      resolve: (cluster) => wireString(cluster, 'name'),
    }),
    uuid: t.string({
      nullable: true,
      description: "The cluster's ONTAP UUID.",
      resolve: (cluster) => wireString(cluster, 'uuid'),
    }),
    managementIp: t.string({
      nullable: true,
      description: 'The management IP address, IPv4 or IPv6 (upstream `management_ip`).',
      resolve: (cluster) => wireString(cluster, 'management_ip'),
    }),
    location: t.string({
      nullable: true,
      description: 'Where the cluster stands, as its administrators wrote it.',
      resolve: (cluster) => wireString(cluster, 'location'),
    }),
    contact: t.string({
      nullable: true,
      description: 'Who to contact about the cluster.',
      resolve: (cluster) => wireString(cluster, 'contact'),
    }),
    isSanOptimized: t.boolean({
      nullable: true,
      description: 'True for an All SAN Array (upstream `is_san_optimized`).',
      resolve: (cluster) => wireBoolean(cluster, 'is_san_optimized'),
    }),
    version: t.field({
      type: ClusterVersionRef,
      nullable: true,
      description: 'The ONTAP version the cluster runs.',
      resolve: (cluster) => wireObject(cluster, 'version'),
    }),
    totalCapacity: t.field({
      type: 'Bytes',
      nullable: true,
      description:
        'Total storage capacity in bytes: used plus available (`storage_capacity.total`).',
      resolve: (cluster) => wireBytes(cluster, 'storage_capacity.total'),
    }),
    usedCapacity: t.field({
      type: 'Bytes',
      nullable: true,
      description: 'Bytes used on online aggregates (`storage_capacity.used`).',
      resolve: (cluster) => wireBytes(cluster, 'storage_capacity.used'),
    }),
    availableCapacity: t.field({
      type: 'Bytes',
      nullable: true,
      description: 'Bytes available on online aggregates (`storage_capacity.available`).',
      resolve: (cluster) => wireBytes(cluster, 'storage_capacity.available'),
    }),
    nodes: t.field({
      type: [ClusterNodeRef],
      description: "The cluster's nodes; empty when AIQUM reports none.",
      resolve: (cluster) => wireObjects(cluster, 'nodes'),
    }),
    svms: parentListField(t, {
      kind: 'svm',
      ref: SvmRef,
      filter: SvmFilter,
      connection: SvmConnection,
      noun: 'SVMs',
      owned: "The cluster's SVMs",
      parent: 'cluster',
      scope: (cluster) => ({
        upstream: 'cluster.key',
        key: wireKey(cluster),
        field: 'Cluster.svms',
      }),
    }),
  }),
});

const ClusterFilter = builder.inputType('ClusterFilter', {
  description: 'Which clusters: every field given must match.',
  fields: (t) => ({
    name: t.string({ description: 'An AIQUM pattern: `*` wildcards or `a|b` alternatives.' }),
    managementIp: t.string({ description: 'The management IP address, or a pattern of it.' }),
  }),
});

lookupConnection('clusters', {
  kind: 'cluster',
  ref: ClusterRef,
  name: 'Cluster',
  noun: 'clusters',
  filter: ClusterFilter,
  description: 'The clusters AIQUM manages, in name order (`first` defaults to 20).',
  filterDescription: 'Which clusters.',
});
