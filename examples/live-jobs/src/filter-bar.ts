import { JOB_STATES, JOB_STATUSES, type JobView } from './job-view.ts';

const SEARCH_DEBOUNCE_MS = 300;

/** The filter form: state and status choices, a name search and the order, as a JobView. */
export class FilterBar {
  readonly #form: HTMLFormElement;
  #debounce: ReturnType<typeof setTimeout> | undefined;

  /** Listens until `signal` aborts (the console that made it is disposed). */
  constructor(form: HTMLFormElement, onChange: (view: JobView) => void, signal: AbortSignal) {
    this.#form = form;
    signal.addEventListener('abort', () => clearTimeout(this.#debounce));
    const changed = () => {
      clearTimeout(this.#debounce);
      onChange(this.read());
    };
    form.addEventListener('change', changed, { signal });
    form.addEventListener(
      'input',
      (event) => {
        if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
        clearTimeout(this.#debounce);
        this.#debounce = setTimeout(changed, SEARCH_DEBOUNCE_MS);
      },
      { signal },
    );
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        changed();
      },
      { signal },
    );
    form.addEventListener(
      'reset',
      () => {
        // The form resets its controls after this event: read them once it has.
        setTimeout(changed);
      },
      { signal },
    );
  }

  read(): JobView {
    const fields = new FormData(this.#form);
    const chosen = (name: string) => fields.getAll(name).map(String);
    return {
      states: JOB_STATES.filter((state) => chosen('state').includes(state)),
      statuses: JOB_STATUSES.filter((status) => chosen('status').includes(status)),
      search: String(fields.get('q') ?? ''),
      order: fields.get('order') === 'oldest' ? 'oldest' : 'newest',
    };
  }

  write(view: JobView): void {
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const values: readonly string[] = box.name === 'state' ? view.states : view.statuses;
      box.checked = values.includes(box.value);
    }
    const search = this.#form.elements.namedItem('q');
    if (search instanceof HTMLInputElement) search.value = view.search;
    const order = this.#form.elements.namedItem('order');
    if (order instanceof HTMLSelectElement) order.value = view.order;
  }
}
