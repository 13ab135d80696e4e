import { describe, expect, it } from 'vitest';
import { aiqumTimeToIso } from '../../src/aiqum/job-mapping.ts';
import { UpstreamProtocolError } from '../../src/errors.ts';

describe('aiqumTimeToIso', () => {
  it('should keep the instant and the offset upstream gave', () => {
    expect(aiqumTimeToIso('2019-11-15 09:57:18+05:30')).toBe('2019-11-15T09:57:18+05:30');
    expect(aiqumTimeToIso('2019-11-14 17:23:33.205000+0530')).toBe(
      '2019-11-14T17:23:33.205000+05:30',
    );
    expect(aiqumTimeToIso('2019-11-15T09:57Z')).toBe('2019-11-15T09:57:00Z');
  });

  it.each(['2024-02-29', '2000-02-29', '2019-12-31', '2019-01-01'])(
    'should take %s, a day that exists',
    (date) => {
      expect(aiqumTimeToIso(`${date} 10:00:00+00:00`)).toBe(`${date}T10:00:00+00:00`);
    },
  );

  it.each(['2023-02-29', '1900-02-29', '2019-02-30', '2019-04-31', '2019-13-01', '2019-00-10'])(
    'should refuse %s, a day no calendar has',
    (date) => {
      expect(() => aiqumTimeToIso(`${date} 10:00:00+00:00`)).toThrow(UpstreamProtocolError);
    },
  );
});
