import { builder } from './builder.ts';

// The optional network and protocol blocks of an SVM create (upstream `svm`), field by field.

export const SvmProtocolInput = builder.inputType('SvmProtocolInput', {
  description: 'Enables a data protocol service (NFS, iSCSI, FCP, NVMe).',
  fields: (t) => ({ enabled: t.boolean({ required: true }) }),
});

const SvmIpInput = builder.inputType('SvmIpInput', {
  description: 'An IP address and its netmask (upstream `ip_info`).',
  fields: (t) => ({
    address: t.string({ required: true, description: 'IPv4 or IPv6 address.' }),
    netmask: t.string({
      required: true,
      description: 'A prefix length (24) or an IPv4 mask (255.255.255.0).',
    }),
  }),
});

const SvmHomeNodeInput = builder.inputType('SvmHomeNodeInput', {
  fields: (t) => ({ name: t.string({ required: true }) }),
});

const SvmInterfaceLocationInput = builder.inputType('SvmInterfaceLocationInput', {
  fields: (t) => ({ homeNode: t.field({ type: SvmHomeNodeInput, required: true }) }),
});

export const SvmIpInterfaceInput = builder.inputType('SvmIpInterfaceInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    ip: t.field({ type: SvmIpInput, required: true }),
    location: t.field({ type: SvmInterfaceLocationInput, required: true }),
    enabled: t.boolean({ description: 'Default true.' }),
  }),
});

export const SvmRouteInput = builder.inputType('SvmRouteInput', {
  fields: (t) => ({
    gateway: t.string({ required: true, description: 'IP address of the gateway router.' }),
    destination: t.field({ type: SvmIpInput }),
  }),
});

export const SvmDnsInput = builder.inputType('SvmDnsInput', {
  fields: (t) => ({
    domains: t.stringList({ required: true, description: 'At most 6 domain names.' }),
    servers: t.stringList({ required: true, description: 'At most 3 IP addresses.' }),
  }),
});

const SvmAdDomainInput = builder.inputType('SvmAdDomainInput', {
  fields: (t) => ({
    fqdn: t.string({ required: true }),
    user: t.string({ required: true }),
    password: t.string({ required: true, description: 'Sent to AIQUM only; never logged.' }),
  }),
});

export const SvmCifsInput = builder.inputType('SvmCifsInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'NetBIOS name, 1 to 15 characters.' }),
    adDomain: t.field({ type: SvmAdDomainInput, required: true }),
    enabled: t.boolean(),
  }),
});

export const SvmLdapInput = builder.inputType('SvmLdapInput', {
  description: 'Give servers or adDomain.',
  fields: (t) => ({
    enabled: t.boolean(),
    servers: t.stringList(),
    adDomain: t.string(),
    baseDn: t.string({ required: true }),
    bindDn: t.string({ required: true }),
    name: t.string(),
  }),
});

export const SvmNisInput = builder.inputType('SvmNisInput', {
  fields: (t) => ({
    enabled: t.boolean(),
    domain: t.string({ required: true }),
    servers: t.stringList({ required: true }),
  }),
});
