// AIQUM's filter syntax (`field=value`): `*` wildcards, `a|b` alternatives, and double quotes
// around a value holding any of `*|,!<>`, which AIQUM would otherwise read as syntax.

/** Characters AIQUM reads as filter syntax. Its object keys hold `,` (`...:type=lun,uuid=...`). */
export const FILTER_SYNTAX = /[*|,!<>"]/;

/** Longer patterns than this are refused: no AIQUM name is near it, and matching costs its length. */
export const MAX_PATTERN_LENGTH = 512;

/** A value matched exactly: quoted when it holds filter syntax; undefined when it holds `"`. */
export function literalFilterValue(value: string): string | undefined {
  if (value.includes('"')) return undefined;
  return FILTER_SYNTAX.test(value) ? `"${value}"` : value;
}

/**
 * Whether `text` matches `glob`, where `*` matches any characters, case-insensitively. Linear
 * backtracking to the last `*` only, so time is at most text length times glob length: a
 * regular expression of `.*` would take exponential time on `*a*a*a...b`.
 */
export function globMatches(glob: string, text: string): boolean {
  const pattern = glob.toLowerCase();
  const value = text.toLowerCase();
  let at = 0;
  let from = 0;
  let star = -1;
  let resumeAt = 0;
  while (at < value.length) {
    if (from < pattern.length && pattern[from] === '*') {
      star = from;
      from += 1;
      resumeAt = at;
    } else if (from < pattern.length && pattern[from] === value[at]) {
      from += 1;
      at += 1;
    } else if (star !== -1) {
      from = star + 1;
      resumeAt += 1;
      at = resumeAt;
    } else {
      return false;
    }
  }
  while (pattern[from] === '*') from += 1;
  return from === pattern.length;
}

/**
 * A test of values against one AIQUM pattern, for lists whose endpoint takes no such filter
 * (access endpoints): `*` matches any characters, `a|b` any alternative, case-insensitively; a
 * value in double quotes is taken literally.
 */
export function aiqumPatternMatcher(pattern: string): (value: string | null) => boolean {
  if (pattern.length >= 2 && pattern.startsWith('"') && pattern.endsWith('"')) {
    const literal = pattern.slice(1, -1);
    return (value) => value === literal;
  }
  const alternatives = pattern.split('|');
  return (value) => value !== null && alternatives.some((glob) => globMatches(glob, value));
}
