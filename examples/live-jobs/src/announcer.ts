/** How long announcements gather before they are read out together. */
const GATHER_MS = 800;
const MAX_SENTENCES = 3;

/**
 * The page's polite live region for job status changes ("Backup database completed."). Changes
 * arriving together are read as one message, at most a few sentences, so a burst of events does
 * not flood a screen reader.
 */
export class Announcer {
  readonly #region: HTMLElement;
  #pending: string[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(region: HTMLElement) {
    this.#region = region;
  }

  say(sentence: string): void {
    this.#pending.push(sentence);
    this.#timer ??= setTimeout(() => this.#flush(), GATHER_MS);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = [];
    this.#region.textContent = '';
  }

  #flush(): void {
    this.#timer = undefined;
    const sentences = this.#pending;
    this.#pending = [];
    const more = sentences.length - MAX_SENTENCES;
    this.#region.textContent = [
      ...sentences.slice(0, MAX_SENTENCES),
      ...(more > 0 ? [`${more} more changes.`] : []),
    ].join(' ');
  }
}
