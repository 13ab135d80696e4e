import { GatewayError } from './gateway-error.ts';

/**
 * Whether this login may start jobs. AIQUM tells only by refusing: after the first FORBIDDEN
 * answer to a write, every write control turns read-only and one line says why, instead of
 * letting the reader collect the same refusal again.
 */
export class WriteAccess {
  readonly #controls: readonly HTMLFieldSetElement[];
  readonly #note: HTMLElement;
  #readOnly = false;

  constructor(controls: readonly HTMLFieldSetElement[], note: HTMLElement) {
    this.#controls = controls;
    this.#note = note;
  }

  get readOnly(): boolean {
    return this.#readOnly;
  }

  /** Turns read-only when `error` is AIQUM's refusal; tells whether it was. */
  noteRefusal(error: unknown, user: string): boolean {
    if (!(error instanceof GatewayError) || error.code !== 'FORBIDDEN') return false;
    this.#readOnly = true;
    for (const control of this.#controls) control.disabled = true;
    this.#note.textContent = `Read only: AIQUM does not let ${user} start jobs, so these controls are off.`;
    this.#note.hidden = false;
    return true;
  }

  reset(): void {
    this.#readOnly = false;
    for (const control of this.#controls) control.disabled = false;
    this.#note.textContent = '';
    this.#note.hidden = true;
  }
}
