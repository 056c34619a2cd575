import '../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { checkDate, compareDates, formatDate, parseDate } from './dates.js';
import { DATE_PATTERN_SOURCE } from './date-pattern.js';

// This file runs in three time zones (see web-test-runner.config.mjs): Los Angeles, UTC+14 and
// UTC-11. Every expectation must hold in each, which is the point.
describe('dates', () => {
  it('knows which time zone this run is in', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.be.oneOf(['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']);
  });

  describe('parseDate', () => {
    it('reads each precision', () => {
      expect(parseDate('2022')).to.include({ precision: 'year', year: 2022, iso: '2022' });
      expect(parseDate('2022-07')).to.include({ precision: 'month', year: 2022, month: 7 });
      expect(parseDate('2022-09-13')).to.include({ precision: 'day', year: 2022, month: 9, day: 13 });
      expect(parseDate('2024-11-28T14:05:00+04:00')).to.include({ precision: 'time', hour: 14, minute: 5, offsetMinutes: 240 });
      expect(parseDate('2024-11-28 14:05')).to.include({ precision: 'time', iso: '2024-11-28T14:05' });
      expect(parseDate('2024-11-28T14:05:00Z')).to.include({ offsetMinutes: 0 });
      expect(parseDate('2024-11-28T14:05:00.123-0530')).to.include({ offsetMinutes: -330, iso: '2024-11-28T14:05:00-05:30' });
    });

    it('refuses impossible or unreadable dates', () => {
      for (const bad of [
        '2022-13',
        '2022-00',
        '2023-02-29',
        '2022-04-31',
        '22-09-13',
        'September 2022',
        '2022-9-13',
        '',
        '2022-09-13T25:00',
        '2022-09-13T10:00+15:00',
        20220913,
        null,
      ]) {
        expect(parseDate(bad), String(bad)).to.equal(undefined);
      }
      expect(parseDate('2024-02-29')).to.include({ day: 29 });
    });

    it('says why a date is refused: not ISO 8601, or not on the calendar or the clock', () => {
      const fault = (value: unknown) => {
        const verdict = checkDate(value);
        return verdict.ok ? 'ok' : verdict.fault;
      };
      expect(['2023-02-29', '2022-13', '2022-00', '2022-04-31', '1900-02-29', '2100-02-29'].map(fault)).to.deep.equal(Array(6).fill('calendar'));
      expect(['2024-02-29', '2000-02-29', '0000-02-29', '0004-02-29', '2400-02-29'].map(fault)).to.deep.equal(Array(5).fill('ok'));
      expect(['2022-09-13T24:00', '2022-09-13T10:60', '2022-09-13T10:00:60'].map(fault)).to.deep.equal(Array(3).fill('clock'));
      expect(['2022-09-13T10:00+15:00', '2022-09-13T10:00-1260'].map(fault)).to.deep.equal(['zone', 'zone']);
      expect(['last Tuesday', '2022-9-13', 2022, null].map(fault)).to.deep.equal(Array(4).fill('syntax'));
    });
  });

  describe('DATE_PATTERN_SOURCE', () => {
    const pattern = new RegExp(DATE_PATTERN_SOURCE, 'u');
    const pad = (n: number, width: number) => String(n).padStart(width, '0');

    it('accepts exactly what parseDate reads, day by day across leap-year rules', () => {
      // Years around every rule: year 0, centuries that are and are not leap years, ordinary years.
      const years = [0, 1, 2, 3, 4, 96, 99, 100, 104, 400, 1896, 1900, 1904, 1999, 2000, 2001, 2023, 2024, 2100, 2400, 9996, 9999];
      let checked = 0;
      for (const year of years) {
        for (let month = 0; month <= 13; month += 1) {
          for (let day = 0; day <= 32; day += 1) {
            const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
            expect(pattern.test(value), value).to.equal(parseDate(value) !== undefined);
            checked += 1;
          }
          const value = `${pad(year, 4)}-${pad(month, 2)}`;
          expect(pattern.test(value), value).to.equal(parseDate(value) !== undefined);
        }
      }
      expect(checked).to.equal(years.length * 14 * 33);
    });

    it('agrees on times, zones, whitespace and near misses', () => {
      const values = [
        '2022',
        ' 2022 ',
        '\u00a02022\u2028',
        '\u00852022',
        '2022-07',
        '2022-07-01',
        '2022-07-01T00:00',
        '2022-07-01 23:59',
        '2022-07-01T24:00',
        '2022-07-01T10:00:59',
        '2022-07-01T10:00:60',
        '2022-07-01T10:00:00.5',
        '2022-07-01T10:00.5',
        '2022-07-01T10:00:00.',
        '2022-07-01T10:00Z',
        '2022-07-01T10:00:00+14:59',
        '2022-07-01T10:00:00+15:00',
        '2022-07-01T10:00:00-0000',
        '2022-07-01T10:00:00+04',
        '2022-07-01T10:00:00z',
        '2022-07-01t10:00',
        '2022-07-01T1:00',
        '２０２２',
        '٢٠٢٢-٠٧',
        '20222',
        '2022-',
        '2022-07-',
        '2022-07-01T',
        '+2022',
        '-0001',
      ];
      for (const value of values) expect(pattern.test(value), JSON.stringify(value)).to.equal(parseDate(value) !== undefined);
    });
  });

  describe('formatDate', () => {
    const fmt = (value: string, locale = 'en-US', style?: 'long' | 'short') => formatDate(parseDate(value)!, locale, { style });

    it('shows a date-only value as that calendar day in every time zone', () => {
      expect(fmt('2022-09-13')).to.equal('September 13, 2022');
      expect(fmt('2024-01-01')).to.equal('January 1, 2024');
      expect(fmt('2024-12-31')).to.equal('December 31, 2024');
      expect(fmt('2022-09-13', 'en-GB')).to.equal('13 September 2022');
    });

    it('shows a partial date as such, never with an invented day', () => {
      expect(fmt('2022-07')).to.equal('July 2022');
      expect(fmt('2022-07', 'en-US', 'short')).to.equal('Jul 2022');
      expect(fmt('2020')).to.equal('2020');
      expect(fmt('2022-07', 'fr')).to.equal('juillet 2022');
      expect(fmt('2022-07', 'hy')).to.match(/2022/);
    });

    it('shows a time without a zone as written', () => {
      expect(fmt('2024-11-28T14:05')).to.equal('November 28, 2024 at 2:05 PM');
    });

    it('shows an instant in the reader’s time zone, or the one asked for, and names the zone', () => {
      const instant = parseDate('2024-11-28T23:30:00Z')!;
      expect(formatDate(instant, 'en-US', { timeZone: 'UTC' })).to.equal('November 28, 2024 at 11:30 PM UTC');
      expect(formatDate(instant, 'en-US', { timeZone: 'Asia/Yerevan' })).to.equal('November 29, 2024 at 3:30 AM GMT+4');
      const local = formatDate(instant, 'en-US');
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(local).to.equal(formatDate(instant, 'en-US', { timeZone: zone }));
    });

    it('survives a malformed locale', () => {
      expect(fmt('2022-07', 'not a locale!')).to.equal('July 2022');
    });
  });

  it('orders partial dates by their first moment', () => {
    const sorted = ['2022-09-13', '2020', '2022-07', '2024-11-28T10:00:00+04:00', '2022'].map((d) => parseDate(d)!).sort(compareDates);
    expect(sorted.map((d) => d.iso)).to.deep.equal(['2020', '2022', '2022-07', '2022-09-13', '2024-11-28T10:00:00+04:00']);
  });
});
