import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/errors.ts';
import { decodeNodeId, encodeNodeId, keyFromReference } from '../../src/resolvers/global-ids.ts';

const SVM_KEY = '7d5a59b3-953a-11e8-8857-00a098dcc959:type=vserver,uuid=0176c2cb';
const JOB_KEY = 'db409f4c1430246f:e6fd83b:16e69bdf32f:-7fbd';

describe('node ids', () => {
  it('should keep a job key as its id and prefix every other key with its type', () => {
    expect(encodeNodeId('Job', JOB_KEY)).toBe(JOB_KEY);
    expect(encodeNodeId('Svm', SVM_KEY)).toBe(`Svm:${SVM_KEY}`);
  });

  it('should read back what it wrote, for jobs and lookups alike', () => {
    expect(decodeNodeId(encodeNodeId('Job', JOB_KEY))).toEqual({ typename: 'Job', key: JOB_KEY });
    expect(decodeNodeId(encodeNodeId('Svm', SVM_KEY))).toEqual({ typename: 'Svm', key: SVM_KEY });
  });

  it('should read an id of a type the gateway has not, Job: included, as naming nothing', () => {
    expect(decodeNodeId('Volume:abc')).toEqual({ typename: null });
    expect(decodeNodeId(`Job:${JOB_KEY}`)).toEqual({ typename: null });
  });

  it('should refuse ids no object can have', () => {
    for (const id of ['', 'Svm:', `Lun:${'k'.repeat(513)}`, 'a\nb']) {
      expect(() => decodeNodeId(id)).toThrow(BadUserInputError);
    }
  });
});

describe('keys in inputs', () => {
  it('should take a raw key as it is, and the id of the expected type as its key', () => {
    expect(keyFromReference(SVM_KEY, 'Svm', 'input.svm.key')).toBe(SVM_KEY);
    expect(keyFromReference(`Svm:${SVM_KEY}`, 'Svm', 'input.svm.key')).toBe(SVM_KEY);
    expect(keyFromReference(`Lun:${SVM_KEY}`, ['Svm', 'Lun'], 'filter.resourceKey')).toBe(SVM_KEY);
  });

  it('should refuse the id of another type, naming the field and both types', () => {
    expect(() => keyFromReference(`Lun:${SVM_KEY}`, 'Svm', 'input.svm.key')).toThrow(
      'input.svm.key expects the key or id of a Svm, but got the id of a Lun',
    );
    expect(() => keyFromReference(`Svm:${SVM_KEY}`, undefined, 'input.aggregate.key')).toThrow(
      'input.aggregate.key expects an AIQUM key, but got the id of a Svm',
    );
  });
});
