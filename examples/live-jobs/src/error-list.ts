import { element } from './dom.ts';
import { CONNECTION_CLOSED, describeError, NETWORK_ERROR } from './gateway-error.ts';

/** Errors about reaching the gateway or AIQUM: they go away once the page is live again. */
const CONNECTIVITY_CODES = new Set([NETWORK_ERROR, CONNECTION_CLOSED, 'UPSTREAM_UNAVAILABLE']);

/**
 * The page's error banner, newest first. The same error again does not add a line: its line
 * moves to the top and counts the repeats ("3 times"). Each line can be dismissed.
 */
export class ErrorList {
  readonly #list: HTMLUListElement;
  readonly #items = new Map<string, { item: HTMLLIElement; count: number }>();

  constructor(list: HTMLUListElement) {
    this.#list = list;
  }

  show(error: unknown): void {
    const { headline, detail, code } = describeError(error);
    const identity = `${code}\n${headline}\n${detail}`;
    const known = this.#items.get(identity);
    if (known) {
      known.count += 1;
      const repeats = known.item.querySelector('.repeats');
      if (repeats) repeats.textContent = `${known.count} times`;
      this.#list.prepend(known.item);
      return;
    }
    const item = element(
      'li',
      { 'data-code': code },
      element('strong', {}, headline),
      ...(detail ? [element('span', { class: 'detail' }, detail)] : []),
      element('code', {}, code),
      element('span', { class: 'repeats' }),
    );
    const dismiss = element('button', { type: 'button', class: 'dismiss' }, '×');
    dismiss.setAttribute('aria-label', `Dismiss: ${headline}`);
    dismiss.addEventListener('click', () => this.#remove(identity));
    item.append(dismiss);
    this.#items.set(identity, { item, count: 1 });
    this.#list.prepend(item);
  }

  /** Drops the errors about connectivity: the page has just reached everything again. */
  clearConnectivity(): void {
    for (const [identity, { item }] of this.#items) {
      if (CONNECTIVITY_CODES.has(item.dataset.code ?? '')) this.#remove(identity);
    }
  }

  clear(): void {
    this.#items.clear();
    this.#list.replaceChildren();
  }

  #remove(identity: string): void {
    this.#items.get(identity)?.item.remove();
    this.#items.delete(identity);
  }
}
