import type { CreateLunInput, LunOsType } from './generated/graphql.ts';

const GIB = 1024 ** 3;

const LUN_OS_TYPES = [
  'AIX',
  'HPUX',
  'HYPER_V',
  'LINUX',
  'NETWARE',
  'OPENVMS',
  'SOLARIS',
  'SOLARIS_EFI',
  'VMWARE',
  'WINDOWS',
  'WINDOWS_GPT',
  'XEN',
] as const satisfies readonly LunOsType[];

/** Fills the OS type choice from the schema's enum, LINUX first chosen. */
export function fillOsTypes(select: HTMLSelectElement): void {
  select.replaceChildren(
    ...LUN_OS_TYPES.map(
      (osType) => new Option(osType.toLowerCase(), osType, false, osType === 'LINUX'),
    ),
  );
}

/** The createLun input the form describes; throws with a readable message when it is invalid. */
export function readLunForm(form: HTMLFormElement): CreateLunInput {
  const fields = new FormData(form);
  const text = (name: string) => String(fields.get(name) ?? '').trim();
  const sizeGib = Number(text('sizeGib'));
  const bytes = Math.round(sizeGib * GIB);
  if (!Number.isFinite(sizeGib) || bytes <= 0 || !Number.isSafeInteger(bytes)) {
    throw new Error(`Size expects a positive number of GiB, but got '${text('sizeGib')}'`);
  }
  const osType = LUN_OS_TYPES.find((known) => known === text('osType'));
  if (!osType) throw new Error(`OS type expects one of ${LUN_OS_TYPES.join(', ')}`);
  return {
    name: text('name'),
    // Bytes travel as a decimal string: sizes exceed GraphQL's 32-bit Int.
    space: { size: String(bytes) },
    osType,
    svm: { key: text('svmKey') },
    performanceServiceLevel: { key: text('performanceServiceLevelKey') },
  };
}
