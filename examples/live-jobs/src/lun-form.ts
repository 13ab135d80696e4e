import type { CreateLunInput, LunOsType } from './generated/graphql.ts';

const GIB = 1024 ** 3;
/** ONTAP's smallest and largest LUN. */
const MIN_LUN_BYTES = 4 * 1024 ** 2;
const MAX_LUN_BYTES = 128 * 1024 ** 4;
/** ONTAP's LUN names: a letter or underscore first, then letters, digits, _ - . ; 255 at most. */
const LUN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,254}$/;

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

/** A field of the form the reader must correct, with what is wrong in words. */
export class FormInputError extends Error {
  override name = 'FormInputError';
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** Fills the OS type choice from the schema's enum, LINUX first chosen. */
export function fillOsTypes(select: HTMLSelectElement): void {
  select.replaceChildren(
    ...LUN_OS_TYPES.map(
      (osType) => new Option(osType.toLowerCase(), osType, false, osType === 'LINUX'),
    ),
  );
}

export function checkLunName(name: string): string | undefined {
  if (!name) return 'Give the LUN a name.';
  if (!LUN_NAME.test(name)) {
    return 'A LUN name starts with a letter or _, then letters, digits, _ - or . (255 at most).';
  }
  return undefined;
}

/** The createLun input the form describes; throws a FormInputError naming the bad field. */
export function readLunForm(form: HTMLFormElement): CreateLunInput {
  const fields = new FormData(form);
  const text = (name: string) => String(fields.get(name) ?? '').trim();
  const name = text('name');
  const nameProblem = checkLunName(name);
  if (nameProblem) throw new FormInputError('name', nameProblem);
  const sizeGib = Number(text('sizeGib'));
  const bytes = Math.round(sizeGib * GIB);
  if (
    !text('sizeGib') ||
    !Number.isFinite(sizeGib) ||
    bytes < MIN_LUN_BYTES ||
    bytes > MAX_LUN_BYTES
  ) {
    throw new FormInputError(
      'sizeGib',
      `The size must be a number of GiB from 0.004 (4 MiB) to ${MAX_LUN_BYTES / GIB} (128 TiB).`,
    );
  }
  const osType = LUN_OS_TYPES.find((known) => known === text('osType'));
  if (!osType) throw new FormInputError('osType', 'Choose an OS type.');
  const svmKey = text('svmKey');
  if (!svmKey) throw new FormInputError('svmKey', 'Choose the SVM that will hold the LUN.');
  const serviceLevelKey = text('performanceServiceLevelKey');
  if (!serviceLevelKey) {
    throw new FormInputError('performanceServiceLevelKey', 'Choose a performance service level.');
  }
  return {
    name,
    // Bytes travel as a decimal string: sizes exceed GraphQL's 32-bit Int.
    space: { size: String(bytes) },
    osType,
    svm: { key: svmKey },
    performanceServiceLevel: { key: serviceLevelKey },
  };
}
