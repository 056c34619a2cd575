import { expect } from '@open-wc/testing';
import { compareDates, formatDate, parseDate } from './dates.js';

// This file runs in three time zones (see web-test-runner.config.mjs): Los Angeles, UTC+14 and
// UTC-11. Every expectation must hold in each, which is the point.
describe('dates', () => {
  it('knows which time zone this run is in', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.be.oneOf([
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ]);
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
      for (const bad of ['2022-13', '2022-00', '2023-02-29', '2022-04-31', '22-09-13', 'September 2022', '2022-9-13', '', '2022-09-13T25:00', '2022-09-13T10:00+15:00', 20220913, null]) {
        expect(parseDate(bad), String(bad)).to.equal(undefined);
      }
      expect(parseDate('2024-02-29')).to.include({ day: 29 });
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

    it('shows an instant in the reader’s time zone, or the one asked for', () => {
      const instant = parseDate('2024-11-28T23:30:00Z')!;
      expect(formatDate(instant, 'en-US', { timeZone: 'UTC' })).to.equal('November 28, 2024 at 11:30 PM');
      expect(formatDate(instant, 'en-US', { timeZone: 'Asia/Yerevan' })).to.equal('November 29, 2024 at 3:30 AM');
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
