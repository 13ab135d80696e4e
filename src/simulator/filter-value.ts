import { parseAiqumTime } from './aiqum-time.ts';
import { QueryError } from './query-error.ts';

/** Tells whether a job's field value (undefined when the job lacks the field) matches. */
export type FieldMatcher = (value: string | undefined) => boolean;

const TIME_FIELDS = new Set(['submit_time', 'complete_time']);
const COMPARISON_PATTERN = /^(<=|>=|<|>)(.*)$/s;

function isQuoted(raw: string): boolean {
  return raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`, 'is');
}

function comparisonMatcher(field: string, operator: string, operand: string): FieldMatcher {
  const sortKey = (text: string) => (TIME_FIELDS.has(field) ? parseAiqumTime(text) : text);
  const bound = sortKey(operand);
  if (bound === undefined) {
    throw new QueryError(
      `${field} expects a time such as '2024-03-15 10:00:00+05:30' after ${operator}, but got '${operand}'`,
      field,
    );
  }
  return (value) => {
    const actual = value === undefined ? undefined : sortKey(value);
    if (actual === undefined) return false;
    if (operator === '<') return actual < bound;
    if (operator === '<=') return actual <= bound;
    if (operator === '>') return actual > bound;
    return actual >= bound;
  };
}

/**
 * Reads one AIQUM filter value: exact (case-insensitive), `*` wildcards, `a|b|c` alternatives
 * (not both), a leading `!` to negate, `<`, `<=`, `>`, `>=` comparisons, or a double-quoted
 * literal taken as is. An unquoted `,` has no meaning and is refused, as AIQUM asks values
 * holding any of `*|,!<>` to be quoted.
 */
export function parseFilterValue(field: string, raw: string): FieldMatcher {
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
  const hasWildcard = raw.includes('*');
  const hasAlternatives = raw.includes('|');
  if (hasWildcard && hasAlternatives) {
    throw new QueryError(
      `${field} may use '*' wildcards or '|' alternatives, not both, but got '${raw}'`,
      field,
    );
  }
  if (hasWildcard) {
    const pattern = globToRegExp(raw);
    return (value) => value !== undefined && pattern.test(value);
  }
  const alternatives = raw.split('|').map((text) => text.toLowerCase());
  return (value) => alternatives.includes((value ?? '').toLowerCase());
}
