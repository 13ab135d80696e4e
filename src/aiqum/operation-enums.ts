// Enumerated strings of AIQUM's request bodies, copied from AIQUM's API v2
// Swagger description. GraphQL shows each one upper-cased, with
// `.` as `_` (`c.utf_8` is C_UTF_8); the value sent upstream is the string as it is here.

/** `slo_lun.os_type`. */
export const LUN_OS_TYPES = [
  'aix',
  'hpux',
  'hyper_v',
  'linux',
  'netware',
  'openvms',
  'solaris',
  'solaris_efi',
  'vmware',
  'windows',
  'windows_2008',
  'windows_gpt',
  'xen',
] as const;

/** `slo_lun.operational_state` and `fileshare.operational_state`. */
export const OPERATIONAL_STATES = ['online', 'offline'] as const;

/** `fileshare.type`: AIQUM accepts `ls`, `dc` and `tmp` in GET only. */
export const FILE_SHARE_TYPES = ['rw', 'dp', 'ls', 'dc', 'tmp'] as const;

/** `fileshare.access_control.acl[].permission`. */
export const ACL_PERMISSIONS = ['no_access', 'read', 'change', 'full_control'] as const;

/** `export_policy_provision.rules[].protocols[]`. */
export const EXPORT_RULE_PROTOCOLS = ['any', 'nfs', 'nfs3', 'nfs4', 'cifs', 'flexcache'] as const;

/** `export_policy_provision.rules[].ro_rule[]` and `rw_rule[]`. */
export const AUTHENTICATION_FLAVORS = [
  'any',
  'none',
  'never',
  'kerberos5',
  'kerberos5i',
  'kerberos5p',
  'ntlm',
  'sys',
] as const;

/** `access_endpoint.data_protocols[]`. */
export const DATA_PROTOCOLS = ['nfs', 'cifs', 'iscsi', 'fcp'] as const;

/** `svm.state`. */
export const SVM_STATES = ['starting', 'running', 'stopping', 'stopped', 'deleting'] as const;

/** `svm.subtype`: a POST with `sync_destination` is refused upstream. */
export const SVM_SUBTYPES = [
  'default',
  'dp_destination',
  'sync_source',
  'sync_destination',
] as const;

/**
 * `svm.language`. The Swagger file lists Norwegian as the boolean `false` (a YAML `no` read
 * as a boolean on its way to JSON); it is the string `no` here.
 */
export const SVM_LANGUAGES = [
  'c',
  'da',
  'de',
  'en',
  'en_us',
  'es',
  'fi',
  'fr',
  'he',
  'it',
  'ja',
  'ja_jp.pck',
  'ko',
  'no',
  'nl',
  'pt',
  'sv',
  'zh',
  'zh.gbk',
  'zh_tw',
  'zh_tw.big5',
  'c.utf_8',
  'ar',
  'ar.utf_8',
  'cs',
  'cs.utf_8',
  'da.utf_8',
  'de.utf_8',
  'en.utf_8',
  'en_us.utf_8',
  'es.utf_8',
  'fi.utf_8',
  'fr.utf_8',
  'he.utf_8',
  'hr',
  'hr.utf_8',
  'hu',
  'hu.utf_8',
  'it.utf_8',
  'ja.utf_8',
  'ja_v1',
  'ja_v1.utf_8',
  'ja_jp.pck.utf_8',
  'ja_jp.932',
  'ja_jp.932.utf_8',
  'ja_jp.pck_v2',
  'ja_jp.pck_v2.utf_8',
  'ko.utf_8',
  'no.utf_8',
  'nl.utf_8',
  'pl',
  'pl.utf_8',
  'pt.utf_8',
  'ro',
  'ro.utf_8',
  'ru',
  'ru.utf_8',
  'sk',
  'sk.utf_8',
  'sl',
  'sl.utf_8',
  'sv.utf_8',
  'tr',
  'tr.utf_8',
  'zh.utf_8',
  'zh.gbk.utf_8',
  'zh_tw.utf_8',
  'zh_tw.big5.utf_8',
  'utf8mb4',
] as const;

/** `performance_service_level.iops.peak_iops_allocation_policy`. */
export const PEAK_IOPS_ALLOCATION_POLICIES = ['used_space', 'allocated_space'] as const;

/** `storage_efficiency_policy.compression` and `.deduplication`. */
export const EFFICIENCY_MODES = ['inline', 'background', 'none'] as const;

/** The GraphQL enum value name of an upstream string: `c.utf_8` is `C_UTF_8`. */
export function graphQLEnumName(upstreamValue: string): string {
  return upstreamValue.toUpperCase().replaceAll('.', '_');
}
