import { describe, expect, it } from 'vitest';
import {
  aiqumPatternMatcher,
  globMatches,
  literalFilterValue,
} from '../../src/aiqum/filter-syntax.ts';

describe("AIQUM's filter syntax", () => {
  it.each([
    ['lun_*', 'lun_db_01', true],
    ['LUN_*', 'lun_db_01', true],
    ['*db*', 'lun_db_01', true],
    ['*', '', true],
    ['lun_*_02', 'lun_db_01', false],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
    ['exact', 'exact', true],
    ['exact', 'exactly', false],
  ])('should match %s against %s: %s', (glob, text, matches) => {
    expect(globMatches(glob, text)).toBe(matches);
  });

  it('should match a pattern that sends regular expressions backtracking, at once', () => {
    // As a regular expression of .* this takes minutes on 40 characters.
    expect(globMatches(`${'*a'.repeat(200)}b`, 'a'.repeat(500))).toBe(false);
  });

  it('should quote values holding filter syntax, and refuse one holding a double quote', () => {
    expect(literalFilterValue('plain-key')).toBe('plain-key');
    expect(literalFilterValue('k:type=lun,uuid=1')).toBe('"k:type=lun,uuid=1"');
    expect(literalFilterValue('a"b')).toBeUndefined();
  });

  it('should match alternatives and quoted literals as AIQUM does', () => {
    expect(aiqumPatternMatcher('lif_nfs*|lif_cifs*')('LIF_CIFS_01')).toBe(true);
    expect(aiqumPatternMatcher('"lif_*"')('lif_nfs')).toBe(false);
    expect(aiqumPatternMatcher('"lif_*"')('lif_*')).toBe(true);
    expect(aiqumPatternMatcher('*')(null)).toBe(false);
  });
});
