import { globMatches } from '../aiqum/filter-syntax.ts';
import { parseAiqumTime } from './aiqum-time.ts';
import { QueryError } from './query-error.ts';

/** Tells whether a job's field value (undefined when the job lacks the field) matches. */
export type FieldMatcher = (value: string | undefined) => boolean;

const TIME_FIELDS = new Set(['submit_time', 'complete_time', 'create_time', 'update_time']);
const COMPARISON_PATTERN = /^(<=|>=|<|>)(.*)$/s;
const RANGE_SEPARATOR = '..';
const NUMBER = /^-?\d+(?:\.\d+)?$/;

function isQuoted(raw: string): boolean {
  return raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
}

/** Splits `a|"b,c"|d` at each `|` outside double quotes. */
function splitAlternatives(raw: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of raw) {
    if (char === '"') quoted = !quoted;
    if (char === '|' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** One of several alternatives: a quoted literal, or plain text matched case-insensitively. */
function alternativeMatcher(field: string, alternative: string): FieldMatcher {
  if (isQuoted(alternative)) {
    const literal = alternative.slice(1, -1);
    return (value) => value === literal;
  }
  if (/[*,!<>"]/.test(alternative)) {
    throw new QueryError(
      `${field} holds an alternative with filter syntax that must be quoted ("..."), but got '${alternative}'`,
      field,
    );
  }
  const text = alternative.toLowerCase();
  return (value) => (value ?? '').toLowerCase() === text;
}

/** How a field's values compare: times as instants, numbers as numbers, the rest as text. */
function sortKeyOf(field: string, operand: string): (text: string) => number | string | undefined {
  if (TIME_FIELDS.has(field)) return parseAiqumTime;
  if (NUMBER.test(operand)) return (text) => (NUMBER.test(text) ? Number(text) : undefined);
  return (text) => text;
}

function boundOf(field: string, operator: string, operand: string) {
  const bound = sortKeyOf(field, operand)(operand);
  if (bound === undefined) {
    throw new QueryError(
      `${field} expects a time such as '2024-03-15 10:00:00+05:30' after ${operator}, but got '${operand}'`,
      field,
    );
  }
  return bound;
}

function comparisonMatcher(field: string, operator: string, operand: string): FieldMatcher {
  const sortKey = sortKeyOf(field, operand);
  const bound = boundOf(field, operator, operand);
  return (value) => {
    const actual = value === undefined ? undefined : sortKey(value);
    if (actual === undefined) return false;
    if (operator === '<') return actual < bound;
    if (operator === '<=') return actual <= bound;
    if (operator === '>') return actual > bound;
    return actual >= bound;
  };
}

/** `low..high`: from low to high, both included (ONTAP's range operator). */
function rangeMatcher(field: string, low: string, high: string): FieldMatcher {
  const from = comparisonMatcher(field, '>=', low);
  const to = comparisonMatcher(field, '<=', high);
  return (value) => from(value) && to(value);
}

/**
 * Reads one AIQUM filter value: exact (case-insensitive), `*` wildcards, `a|b|c` alternatives
 * (not both), a leading `!` to negate, `<`, `<=`, `>`, `>=` comparisons, a `low..high` range
 * (both included), or a double-quoted literal taken as is, also as one of several alternatives
 * (`"a,b"|"c,d"`). An unquoted `,` has no meaning and is refused, as AIQUM asks values holding
 * any of `*|,!<>` to be quoted.
 */
export function parseFilterValue(field: string, raw: string): FieldMatcher {
  const quotedAlternatives = splitAlternatives(raw);
  if (quotedAlternatives.length > 1 && quotedAlternatives.some(isQuoted)) {
    const matchers = quotedAlternatives.map((alternative) =>
      alternativeMatcher(field, alternative),
    );
    return (value) => matchers.some((matches) => matches(value));
  }
  if (isQuoted(raw)) {
    const literal = raw.slice(1, -1);
    return (value) => value === literal;
  }
  if (raw.includes(',')) {
    throw new QueryError(
      `${field} holds ',' which must be quoted ("..."), but got '${raw}'`,
      field,
    );
  }
  if (raw.startsWith('!')) {
    const inner = parseFilterValue(field, raw.slice(1));
    return (value) => !inner(value);
  }
  const comparison = COMPARISON_PATTERN.exec(raw);
  if (comparison) return comparisonMatcher(field, comparison[1] ?? '', comparison[2] ?? '');
  const rangeAt = raw.indexOf(RANGE_SEPARATOR);
  if (rangeAt > 0 && !raw.includes('*') && !raw.includes('|')) {
    return rangeMatcher(field, raw.slice(0, rangeAt), raw.slice(rangeAt + RANGE_SEPARATOR.length));
  }
  const hasWildcard = raw.includes('*');
  const hasAlternatives = raw.includes('|');
  if (hasWildcard && hasAlternatives) {
    throw new QueryError(
      `${field} may use '*' wildcards or '|' alternatives, not both, but got '${raw}'`,
      field,
    );
  }
  if (hasWildcard) return (value) => value !== undefined && globMatches(raw, value);
  const alternatives = raw.split('|').map((text) => text.toLowerCase());
  return (value) => alternatives.includes((value ?? '').toLowerCase());
}
