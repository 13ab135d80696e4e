import { BadUserInputError } from '../errors.ts';

const MAX_KEY_LENGTH = 512;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Rejects keys no AIQUM object can have before they reach an upstream URL. */
export function checkKey(key: string, argument = 'key'): string {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || CONTROL_CHARACTERS.test(key)) {
    throw new BadUserInputError(
      `${argument} expects a key of 1 to ${MAX_KEY_LENGTH} printable characters`,
    );
  }
  return key;
}
