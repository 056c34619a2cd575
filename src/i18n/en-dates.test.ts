import '../test-support/unhandled-rejections.js';
// English calendar dates are written without Intl (en-dates.ts): held here to what Intl itself
// writes in this engine, for dates and periods of every precision, in both styles, over a seeded
// spread of days; and shown to leave to Intl what it does not know how to write.
import { expect } from '@open-wc/testing';
import { parseDate, type DateRangePart, type PartialDate } from '../data/dates.js';
import { englishCalendarDate, englishCalendarRange } from './en-dates.js';

const date = (value: string) => parseDate(value)!;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Intl's own formatter for a precision and style, in UTC as the library formats calendar dates. */
function intl(precision: PartialDate['precision'], style: 'long' | 'short') {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (precision !== 'year') options.month = style;
  if (precision === 'day') options.day = 'numeric';
  return new Intl.DateTimeFormat('en', options);
}
const at = (d: PartialDate) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);

/** Adjacent pieces from the same source joined: what `renderDateRange` puts in one `<time>` or between them. */
function runs(parts: readonly DateRangePart[]): string[] {
  const out: { source: string; value: string }[] = [];
  for (const { source, value } of parts) {
    const last = out.at(-1);
    if (last?.source === source) last.value += value;
    else out.push({ source, value });
  }
  return out.map(({ source, value }) => `${source}:${value}`);
}

/** A small seeded generator, so a failure names a value that comes back on the next run. */
function seeded(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

/** A readable calendar date of the precision, between 1000 and 9999. */
function randomDate(next: (below: number) => number, precision: PartialDate['precision']): string {
  const year = 1000 + next(9000);
  if (precision === 'year') return String(year);
  const month = 1 + next(12);
  if (precision === 'month') return `${year}-${pad(month)}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(1 + next(days))}`;
}

/** A date of the same precision a little after `value`: its last field up by 0–2, within its year or month. */
function nearby(value: string, next: (below: number) => number): string {
  const fields = value.split('-').map(Number);
  const last = fields.length - 1;
  fields[last] = Math.min(fields[last]! + next(3), [9999, 12, 28][last]!);
  return fields.map((field, i) => pad(field, i === 0 ? 4 : 2)).join('-');
}

const PRECISIONS = ['year', 'month', 'day'] as const;
const STYLES = ['long', 'short'] as const;

describe('English calendar dates without Intl', () => {
  it('writes what Intl writes for a date of each precision, in each style', () => {
    const next = seeded(20221213);
    for (const precision of PRECISIONS) {
      for (const style of STYLES) {
        for (const value of ['1000-01-01', '2022-09-13', '2024-02-29', '9999-12-31', ...Array.from({ length: 60 }, () => randomDate(next, 'day'))]) {
          const d = date(value.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10));
          expect(englishCalendarDate(d, 'en', style), `${d.iso} ${style}`).to.equal(intl(precision, style).format(at(d)));
        }
      }
    }
  });

  it('writes what Intl writes for a period, what its ends share written once', () => {
    const next = seeded(20200927);
    const pairs: [string, string][] = [
      ['2022-09-13', '2022-09-15'],
      ['2022-09-13', '2022-10-02'],
      ['2022-09-13', '2023-01-02'],
      ['2022-09-13', '2022-09-13'],
      ['2022-09', '2022-11'],
      ['2022-09', '2023-11'],
      ['2022-09', '2022-09'],
      ['2020', '2023'],
      ['2020', '2020'],
    ];
    for (const precision of PRECISIONS) {
      for (let i = 0; i < 40; i += 1) {
        const a = randomDate(next, precision);
        // Half the time an end near the start (the same year or month), where the most is shared.
        const b = i % 2 ? randomDate(next, precision) : nearby(a, next);
        pairs.push(at(date(a)) <= at(date(b)) ? [a, b] : [b, a]);
      }
    }
    for (const [a, b] of pairs) {
      for (const style of STYLES) {
        const [start, end] = [date(a), date(b)];
        const mine = englishCalendarRange(start, end, 'en', style);
        expect(mine, `${a}/${b} ${style}`).to.not.equal(undefined);
        expect(runs(mine!), `${a}/${b} ${style}`).to.deep.equal(runs(intl(start.precision, style).formatRangeToParts(at(start), at(end))));
      }
    }
  });

  it('leaves to Intl other languages, regional English, times, early years and periods it cannot write', () => {
    const day = date('2022-09-13');
    expect(englishCalendarDate(day, 'en-US')).to.equal('September 13, 2022');
    expect(englishCalendarDate(day, 'EN')).to.equal('September 13, 2022');
    for (const lang of ['en-GB', 'en-AU', 'fr', 'ar', 'english', '']) expect(englishCalendarDate(day, lang), lang).to.equal(undefined);
    expect(englishCalendarDate(date('2022-09-13T10:00Z'), 'en')).to.equal(undefined);
    expect(englishCalendarDate(date('2022-09-13T10:00'), 'en')).to.equal(undefined);
    expect(englishCalendarDate(date('0999-09-13'), 'en')).to.equal(undefined);
    // Ends of different precisions, or in the wrong order, are the caller's to join.
    expect(englishCalendarRange(date('2022'), date('2022-09-13'), 'en')).to.equal(undefined);
    expect(englishCalendarRange(date('2022-09-15'), date('2022-09-13'), 'en')).to.equal(undefined);
    expect(englishCalendarRange(day, date('2022-09-15'), 'en-GB')).to.equal(undefined);
  });
});
