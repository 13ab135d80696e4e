import { describe, expect, it } from 'vitest';
import {
  wireBytes,
  wireEnum,
  wireInt,
  wireKey,
  wireObjects,
  wireString,
  wireStrings,
  wireTime,
} from '../../src/aiqum/wire-values.ts';
import { UpstreamProtocolError } from '../../src/errors.ts';

const record = {
  key: 'k',
  name: 'lun1',
  space: { size: 2 ** 40 },
  big: 2 ** 31,
  state: 'running',
  later: 'hibernating',
  protocols: ['nfs', 'cifs'],
  mixed: ['nfs', 3],
  created: '2019-11-14 17:23:33.205000+05:30',
  nodes: [{ name: 'a' }],
};

describe('reading AIQUM wire values', () => {
  it('should read values of the expected type by dotted path, absent as null', () => {
    expect(wireString(record, 'name')).toBe('lun1');
    expect(wireBytes(record, 'space.size')).toBe(2 ** 40);
    expect(wireString(record, 'svm.name')).toBeNull();
    expect(wireStrings(record, 'protocols')).toEqual(['nfs', 'cifs']);
    expect(wireStrings(record, 'absent')).toEqual([]);
    expect(wireObjects(record, 'nodes')).toEqual([{ name: 'a' }]);
    expect(wireTime(record, 'created')).toBe('2019-11-14T17:23:33.205000+05:30');
    expect(wireKey(record)).toBe('k');
  });

  it('should read an enumerated string AIQUM added later as null', () => {
    expect(wireEnum(record, 'state', ['running', 'stopped'])).toBe('running');
    expect(wireEnum(record, 'later', ['running', 'stopped'])).toBeNull();
  });

  it('should refuse values of another type with UpstreamProtocolError naming the path', () => {
    expect(() => wireString(record, 'space')).toThrow("Upstream's 'space' expects a string");
    expect(() => wireBytes(record, 'name')).toThrow(UpstreamProtocolError);
    expect(() => wireInt(record, 'big')).toThrow(UpstreamProtocolError);
    expect(() => wireStrings(record, 'mixed')).toThrow("Upstream's 'mixed[1]' expects a string");
    expect(() => wireKey({ key: 5 })).toThrow(UpstreamProtocolError);
    expect(() => wireTime({ t: 'yesterday' }, 't')).toThrow(UpstreamProtocolError);
  });
});
