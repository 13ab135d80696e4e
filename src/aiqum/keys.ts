import { BadUserInputError } from '../errors.ts';

const MAX_KEY_LENGTH = 512;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// A URL parser reads these path segments as "this folder" and "the parent folder", whether
// written plainly or percent-encoded.
const DOT_KEY = /^\.{1,2}$/;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** Rejects keys no AIQUM object can have before they reach an upstream URL. */
export function checkKey(key: string, argument = 'key'): string {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || CONTROL_CHARACTERS.test(key)) {
    throw new BadUserInputError(
      `${argument} expects a key of 1 to ${MAX_KEY_LENGTH} printable characters`,
    );
  }
  if (DOT_KEY.test(key)) throw dotKeyError(key, argument);
  return key;
}

/**
 * `collection/{key}`: the key checked and percent-encoded into exactly one path segment. It
 * refuses a segment that a URL parser would resolve away, whatever checkKey let through, so no
 * key can make the path leave its collection.
 */
export function keyPath(collection: string, key: string, argument = 'key'): string {
  const segment = encodeURIComponent(checkKey(key, argument));
  if (DOT_SEGMENT.test(segment)) throw dotKeyError(key, argument);
  return `${collection}/${segment}`;
}

function dotKeyError(key: string, argument: string): BadUserInputError {
  return new BadUserInputError(
    `${argument} expects a key, but got '${key}', which a URL reads as a folder`,
  );
}
