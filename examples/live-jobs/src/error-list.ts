import { GatewayError } from './gateway-error.ts';

/** The page's error banner: each error as `CODE: message`, newest first, dismissible. */
export class ErrorList {
  readonly #list: HTMLUListElement;

  constructor(list: HTMLUListElement) {
    this.#list = list;
  }

  show(error: unknown): void {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = error instanceof GatewayError ? error.code : 'ERROR';
    const message = document.createElement('span');
    message.textContent = error instanceof Error ? error.message : String(error);
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'dismiss';
    dismiss.textContent = '×';
    dismiss.title = 'Dismiss';
    dismiss.addEventListener('click', () => item.remove());
    item.append(code, message, dismiss);
    this.#list.prepend(item);
  }

  clear(): void {
    this.#list.replaceChildren();
  }
}
