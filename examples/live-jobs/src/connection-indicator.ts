import type { Connection } from './gateway.ts';

const COUNTDOWN_TICK_MS = 1000;

/**
 * The header's connection indicator: live, reconnecting or offline. The state's words sit in
 * a `role=status` region (announced once per change); the countdown to the next attempt and
 * the "Retry now" button sit beside it, so the seconds ticking by are not read out.
 */
export class ConnectionIndicator {
  readonly #root: HTMLElement;
  readonly #status: HTMLElement;
  readonly #countdown: HTMLElement;
  readonly #retryNow: HTMLButtonElement;
  #retryAtMs: number | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;

  /** Listens until `signal` aborts (the console that made it is disposed). */
  constructor(root: HTMLElement, onRetryNow: () => void, signal: AbortSignal) {
    this.#root = root;
    this.#status = query(root, '[role=status]', HTMLElement);
    this.#countdown = query(root, '.countdown', HTMLElement);
    this.#retryNow = query(root, 'button', HTMLButtonElement);
    this.#retryNow.addEventListener('click', onRetryNow, { signal });
  }

  show(connection: Connection): void {
    this.#root.hidden = false;
    this.#root.dataset.state = connection.state;
    const words = {
      connecting: 'Connecting…',
      live: 'Live',
      reconnecting: 'Reconnecting…',
      offline: connection.state === 'offline' ? `Offline. ${connection.reason}` : 'Offline.',
    }[connection.state];
    if (this.#status.textContent !== words) this.#status.textContent = words;
    const retryAtMs = 'retryAtMs' in connection ? connection.retryAtMs : undefined;
    this.#retryNow.hidden = connection.state === 'live' || connection.state === 'connecting';
    this.#retryAtMs = retryAtMs;
    clearInterval(this.#ticker);
    this.#ticker =
      retryAtMs === undefined ? undefined : setInterval(() => this.#tick(), COUNTDOWN_TICK_MS);
    this.#tick();
  }

  hide(): void {
    clearInterval(this.#ticker);
    this.#root.hidden = true;
  }

  #tick(): void {
    const seconds =
      this.#retryAtMs === undefined ? 0 : Math.ceil((this.#retryAtMs - Date.now()) / 1000);
    this.#countdown.textContent = seconds > 0 ? `next try in ${seconds} s` : '';
  }
}

function query<T extends Element>(root: Element, selector: string, type: new () => T): T {
  const node = root.querySelector(selector);
  if (!(node instanceof type)) throw new Error(`expects ${selector} in #${root.id}`);
  return node;
}
