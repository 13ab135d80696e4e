import { LunFormChoicesQuery, LunNamesQuery } from './documents.ts';
import type { Gateway } from './gateway.ts';
import type { CreateLunInput, LunOsType } from './generated/graphql.ts';

const GIB = 1024 ** 3;
/** ONTAP's smallest and largest LUN. */
const MIN_LUN_BYTES = 4 * 1024 ** 2;
const MAX_LUN_BYTES = 128 * 1024 ** 4;
/** ONTAP's LUN names: a letter or underscore first, then letters, digits, _ - . ; 255 at most. */
const LUN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,254}$/;
/** Suggested names: lun_app_01, lun_app_02, ... the first one nobody holds. */
const SUGGESTION_PREFIX = 'lun_app_';
const MAX_KNOWN_NAMES = 1000;

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

export function checkLunName(name: string): string | undefined {
  if (!name) return 'Give the LUN a name.';
  if (!LUN_NAME.test(name)) {
    return 'A LUN name starts with a letter or _, then letters, digits, _ - or . (255 at most).';
  }
  return undefined;
}

/** The first free name of the series lun_app_01, lun_app_02, ... (case-insensitive, as AIQUM). */
export function freeName(taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  for (let index = 1; ; index += 1) {
    const name = `${SUGGESTION_PREFIX}${String(index).padStart(2, '0')}`;
    if (!used.has(name)) return name;
  }
}

/**
 * The LUN form: the SVM and the performance service level are picked from what AIQUM lists
 * (`svms`, `performanceServiceLevels`), the name is prefilled with a free one, and everything
 * is checked before anything is sent, the name's availability included.
 */
export class LunForm {
  readonly #form: HTMLFormElement;
  readonly #gateway: Gateway;
  /** Names known taken: AIQUM's LUNs of the series, and those this page just asked for. */
  readonly #taken = new Set<string>();
  #suggested = '';

  constructor(form: HTMLFormElement, gateway: Gateway) {
    this.#form = form;
    this.#gateway = gateway;
    fillOsTypes(this.#select('osType'));
  }

  /** Fills the pickers and suggests a name; rejects with a GatewayError. */
  async load(): Promise<void> {
    const [choices, names] = await Promise.all([
      this.#gateway.request(LunFormChoicesQuery, {}),
      this.#gateway.request(LunNamesQuery, {
        name: `${SUGGESTION_PREFIX}*`,
        first: MAX_KNOWN_NAMES,
      }),
    ]);
    fillChoices(
      this.#select('svmKey'),
      choices.svms.nodes.map((svm) => ({
        value: svm.key,
        label: svm.cluster?.name
          ? `${svm.name ?? svm.key} (${svm.cluster.name})`
          : (svm.name ?? svm.key),
      })),
      'No SVM is running',
    );
    fillChoices(
      this.#select('performanceServiceLevelKey'),
      choices.performanceServiceLevels.nodes.map((level) => ({
        value: level.key,
        label:
          level.expectedIopsPerTb == null
            ? (level.name ?? level.key)
            : `${level.name ?? level.key}: ${level.expectedIopsPerTb} IOPS per TB`,
      })),
      'No performance service level',
    );
    for (const lun of names.luns.nodes) if (lun.name) this.#taken.add(lun.name);
    this.#suggest();
  }

  /** The createLun input, checked; throws a FormInputError naming the field to correct. */
  async read(): Promise<CreateLunInput> {
    const fields = new FormData(this.#form);
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
    await this.#checkNameIsFree(name);
    return {
      name,
      // Bytes travel as a decimal string: sizes exceed GraphQL's 32-bit Int.
      space: { size: String(bytes) },
      osType,
      svm: { key: svmKey },
      performanceServiceLevel: { key: serviceLevelKey },
    };
  }

  /** AIQUM accepted a LUN of this name: the name is taken from now on; suggest the next. */
  accepted(name: string): void {
    this.#taken.add(name);
    this.#suggest();
  }

  async #checkNameIsFree(name: string): Promise<void> {
    const taken = [...this.#taken].some((known) => known.toLowerCase() === name.toLowerCase());
    // The name holds no pattern character (checked above): AIQUM matches it exactly.
    const listed =
      taken || (await this.#gateway.request(LunNamesQuery, { name, first: 1 })).luns.totalCount > 0;
    if (!listed) return;
    this.#taken.add(name);
    throw new FormInputError(
      'name',
      `A LUN named ${name} exists already. ${freeName(this.#taken)} is free.`,
    );
  }

  /** Prefills a free name, unless the reader typed a name of their own. */
  #suggest(): void {
    const input = this.#form.elements.namedItem('name');
    if (!(input instanceof HTMLInputElement)) return;
    const next = freeName(this.#taken);
    if (input.value === '' || input.value === this.#suggested) input.value = next;
    this.#suggested = next;
  }

  #select(name: string): HTMLSelectElement {
    const select = this.#form.elements.namedItem(name);
    if (!(select instanceof HTMLSelectElement)) throw new Error(`expects a select named ${name}`);
    return select;
  }
}

/** Fills the OS type choice from the schema's enum, LINUX first chosen. */
function fillOsTypes(select: HTMLSelectElement): void {
  select.replaceChildren(
    ...LUN_OS_TYPES.map(
      (osType) => new Option(osType.toLowerCase(), osType, false, osType === 'LINUX'),
    ),
  );
}

function fillChoices(
  select: HTMLSelectElement,
  choices: { value: string; label: string }[],
  none: string,
): void {
  const chosen = select.value;
  select.replaceChildren(
    ...(choices.length === 0 ? [new Option(none, '')] : []),
    ...choices.map(({ value, label }) => new Option(label, value, false, value === chosen)),
  );
}
