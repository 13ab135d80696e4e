import { builder } from './builder.ts';

// The optional network and protocol blocks of an SVM create (upstream `svm`), field by field.

export const SvmProtocolInput = builder.inputType('SvmProtocolInput', {
  description: 'A data protocol service of an SVM (NFS, iSCSI, FCP, NVMe).',
  fields: (t) => ({
    enabled: t.boolean({
      required: true,
      description: 'true creates and enables the service (`enabled`).',
    }),
  }),
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
  description: 'A cluster node (upstream `home_node`).',
  fields: (t) => ({ name: t.string({ required: true, description: "The node's name." }) }),
});

const SvmInterfaceLocationInput = builder.inputType('SvmInterfaceLocationInput', {
  description: 'Where a network interface lives (upstream `location`).',
  fields: (t) => ({
    homeNode: t.field({
      type: SvmHomeNodeInput,
      required: true,
      description: 'The node it lives on when nothing failed (`home_node`).',
    }),
  }),
});

export const SvmIpInterfaceInput = builder.inputType('SvmIpInterfaceInput', {
  description: 'A data network interface of a new SVM (upstream `ip_interfaces[]`).',
  fields: (t) => ({
    name: t.string({ required: true, description: "The interface's name (`name`)." }),
    ip: t.field({ type: SvmIpInput, required: true, description: 'Its address (`ip`).' }),
    location: t.field({
      type: SvmInterfaceLocationInput,
      required: true,
      description: 'Its home node (`location`).',
    }),
    enabled: t.boolean({ description: 'Whether it is up (`enabled`); default true.' }),
  }),
});

export const SvmRouteInput = builder.inputType('SvmRouteInput', {
  description: 'A network route of a new SVM (upstream `routes[]`).',
  fields: (t) => ({
    gateway: t.string({ required: true, description: 'IP address of the gateway router.' }),
    destination: t.field({
      type: SvmIpInput,
      description: 'The network it leads to (`destination`); the default route when absent.',
    }),
  }),
});

export const SvmDnsInput = builder.inputType('SvmDnsInput', {
  description: 'The DNS configuration of a new SVM (upstream `dns`).',
  fields: (t) => ({
    domains: t.stringList({ required: true, description: 'At most 6 domain names.' }),
    servers: t.stringList({ required: true, description: 'At most 3 IP addresses.' }),
  }),
});

const SvmAdDomainInput = builder.inputType('SvmAdDomainInput', {
  description: 'The Active Directory domain a CIFS server joins (upstream `ad_domain`).',
  fields: (t) => ({
    fqdn: t.string({
      required: true,
      description: 'The fully qualified domain name of the Active Directory (`fqdn`).',
    }),
    user: t.string({
      required: true,
      description: 'The account that adds the CIFS server to the domain (`user`).',
    }),
    password: t.string({
      required: true,
      description: "That account's password (`password`): sent to AIQUM only; never logged.",
    }),
  }),
});

export const SvmCifsInput = builder.inputType('SvmCifsInput', {
  description: 'A CIFS (SMB) server for a new SVM (upstream `cifs`).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'NetBIOS name, 1 to 15 characters.' }),
    adDomain: t.field({
      type: SvmAdDomainInput,
      required: true,
      description: 'The Active Directory domain it joins (`ad_domain`).',
    }),
    enabled: t.boolean({ description: 'Whether the server is enabled (`enabled`).' }),
  }),
});

export const SvmLdapInput = builder.inputType('SvmLdapInput', {
  description: 'An LDAP client for a new SVM (upstream `ldap`). Give servers or adDomain.',
  fields: (t) => ({
    enabled: t.boolean({ description: 'true creates and enables the client (`enabled`).' }),
    servers: t.stringList({
      description: 'LDAP servers, by name or IP address (`servers`); not with adDomain.',
    }),
    adDomain: t.string({
      description:
        'An Active Directory domain to find LDAP servers in (`ad_domain`); not with servers.',
    }),
    baseDn: t.string({ required: true, description: 'The base DN of every search (`base_dn`).' }),
    bindDn: t.string({
      required: true,
      description: 'The user that binds to the servers (`bind_dn`); anonymous binding.',
    }),
    name: t.string({ description: 'The name of the client configuration (`name`).' }),
  }),
});

export const SvmNisInput = builder.inputType('SvmNisInput', {
  description: 'The NIS domain a new SVM joins (upstream `nis`).',
  fields: (t) => ({
    enabled: t.boolean({ description: 'true creates and enables the configuration (`enabled`).' }),
    domain: t.string({ required: true, description: 'The NIS domain (`domain`).' }),
    servers: t.stringList({
      required: true,
      description: 'Its servers, by IP address (`servers`).',
    }),
  }),
});
