// AIQUM's filter syntax (`field=value`): `*` wildcards, `a|b` alternatives, and double quotes
// around a value holding any of `*|,!<>`, which AIQUM would otherwise read as syntax.

/** Characters AIQUM reads as filter syntax. Its object keys hold `,` (`...:type=lun,uuid=...`). */
export const FILTER_SYNTAX = /[*|,!<>"]/;

/** A value matched exactly: quoted when it holds filter syntax; undefined when it holds `"`. */
export function literalFilterValue(value: string): string | undefined {
  if (value.includes('"')) return undefined;
  return FILTER_SYNTAX.test(value) ? `"${value}"` : value;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`, 'is');
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
  const alternatives = pattern.split('|').map(globToRegExp);
  return (value) => value !== null && alternatives.some((regExp) => regExp.test(value));
}
