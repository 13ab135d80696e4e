import { TooManyListsError } from '../errors.ts';

/**
 * How many lists of a parent's objects (an SVM's LUNs, a cluster's SVMs) one operation may still
 * read. Each costs an AIQUM request per parent, so 1000 SVMs with their LUNs would cost 1000
 * requests: the budget refuses the lists beyond it, the rest of the answer stands.
 */
export class ListBudget {
  #left: number;

  constructor(readonly max: number) {
    this.#left = max;
  }

  /** Takes one list; throws TooManyListsError when none is left. */
  take(field: string): void {
    if (this.#left <= 0) {
      throw new TooManyListsError(
        `${field} is read for at most ${this.max} parents in one operation (MAX_PARENT_LISTS): ask for it on fewer at a time`,
      );
    }
    this.#left -= 1;
  }
}
