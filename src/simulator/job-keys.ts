// AIQUM job keys look like `db409f4c1430246f:e6fd83b:16e69bdf32f:-7fbd`: a server id, a
// session id, the creation time in hex milliseconds, and a counter counting up from -7fff.

const SERVER_ID = 'db409f4c1430246f';
const SESSION_ID = 'e6fd83b';
const COUNTER_START = 0x7fff;

/** Makes new, unique, deterministic keys (the same sequence for the same times). */
export class JobKeyGenerator {
  #issued = 0;

  next(atMs: number, isTaken: (key: string) => boolean): string {
    for (;;) {
      const counter = (COUNTER_START - (this.#issued % COUNTER_START)).toString(16);
      this.#issued += 1;
      const key = `${SERVER_ID}:${SESSION_ID}:${Math.floor(atMs).toString(16)}:-${counter}`;
      if (!isTaken(key)) return key;
    }
  }
}
