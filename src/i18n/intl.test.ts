import '../test-support/unhandled-rejections.js';
// What Intl writes for a locale, through the library's own helpers: plural forms (more than two in
// Russian and Arabic, one in Japanese), lists, dates at every precision (never an invented day,
// never moved by the reader's zone, which is west of UTC in every test page), periods written once
// where the ends share, numbers, and instants with their zone named.
import { expect } from '@open-wc/testing';
import { formatDate, formatDateRange, parseDate } from '../data/dates.js';
import { formatList } from './messages.js';
import { formatCount, plural } from './plural.js';

const date = (value: string) => parseDate(value)!;
const range = (start: string, end: string, lang: string) =>
  formatDateRange(date(start), date(end), lang)
    ?.map((part) => part.value)
    .join('');
/** Intl's own range for two calendar days, to hold the helper to (it must not build its own). */
const intlRange = (lang: string, start: number, end: number) =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).formatRange(start, end);

describe('Intl for the locale', () => {
  it('chooses Russian plural forms by the count’s last digits', () => {
    const forms = { one: '# источник', few: '# источника', many: '# источников', other: '# источника' };
    expect([1, 2, 5, 11, 21, 22, 25, 101].map((n) => plural('ru', n, forms))).to.deep.equal([
      '1 источник',
      '2 источника',
      '5 источников',
      '11 источников',
      '21 источник',
      '22 источника',
      '25 источников',
      '101 источник',
    ]);
    expect(plural('ru', 1000, forms)).to.equal(`${formatCount('ru', 1000)} источников`);
    expect(formatCount('ru', 1000)).to.match(/^1\s000$/);
  });

  it('chooses among Arabic’s six forms, with Arabic digits', () => {
    const forms = { zero: 'zero #', one: 'one #', two: 'two #', few: 'few #', many: 'many #', other: 'other #' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, forms).split(' ')[0])).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(formatCount('ar', 25)).to.equal(new Intl.NumberFormat('ar').format(25));
  });

  it('has one form in Japanese, and falls back to `other` for any form a catalogue lacks', () => {
    expect([0, 1, 2, 1000].map((n) => plural('ja', n, { one: 'never', other: '#件' }))).to.deep.equal(['0件', '1件', '2件', '1,000件']);
    expect(plural('ru', 3, { other: '# шт.' })).to.equal('3 шт.');
  });

  it('joins lists the language’s way', () => {
    expect(formatList('ru', ['Анна', 'Борис', 'Вера'])).to.equal('Анна, Борис и Вера');
    expect(formatList('ja', ['佐藤', '鈴木'])).to.equal('佐藤、鈴木');
    expect(formatList('ar', ['أ', 'ب', 'ج'])).to.equal(new Intl.ListFormat('ar', { type: 'conjunction' }).format(['أ', 'ب', 'ج']));
    expect(formatList('ar', ['أ', 'ب'])).to.include('و');
  });

  it('writes partial dates at their precision in each language, never with an invented day', () => {
    expect(formatDate(date('2022-07'), 'ru')).to.match(/^июль 2022/);
    expect(formatDate(date('2022-09-13'), 'ru')).to.match(/^13 сентября 2022/);
    expect(formatDate(date('2022-07'), 'ja')).to.equal('2022年7月');
    expect(formatDate(date('2022-09-13'), 'ja')).to.equal('2022年9月13日');
    expect(formatDate(date('2022'), 'ja')).to.equal('2022年');
    const month = formatDate(date('2022-07'), 'ar');
    expect(month).to.include('يوليو');
    expect(month).to.equal(new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2022, 6, 15)));
  });

  it('keeps calendar dates on their day in a reader’s zone west of UTC', () => {
    expect(new Date(Date.UTC(2022, 8, 1)).getDate(), 'the page runs west of UTC').to.equal(31);
    expect(formatDate(date('2022-09-01'), 'ru')).to.match(/^1 сентября/);
    expect(formatDate(date('2022-01'), 'ja')).to.equal('2022年1月');
  });

  it('writes a period once where its ends share (formatRange)', () => {
    expect(range('2022-09-13', '2022-09-15', 'ru')).to.match(/^13\s*[–-]\s*15 сентября 2022/);
    // Japanese is as Chromium's ICU writes it ("2022/09/13～2022/09/15" today): the helper adds nothing of its own.
    expect(range('2022-09-13', '2022-09-15', 'ja')).to.equal(intlRange('ja', Date.UTC(2022, 8, 13), Date.UTC(2022, 8, 15)));
    expect(range('2022-09-13', '2022-09-15', 'ja')).to.match(/13.*～.*15/);
    expect(range('2022-09-13', '2022-09-15', 'ar')).to.equal(intlRange('ar', Date.UTC(2022, 8, 13), Date.UTC(2022, 8, 15)));
    expect(range('2022-09-28', '2022-10-02', 'ru')).to.equal(intlRange('ru', Date.UTC(2022, 8, 28), Date.UTC(2022, 9, 2)));
    expect(range('2020-09', '2020-11', 'en')?.replace(/\s+/g, ' ')).to.equal('September – November 2020');
  });

  it('leaves ends of different kinds, or in the wrong order, to the catalogue’s dateRange', () => {
    expect(formatDateRange(date('2020'), date('2022-09-13'), 'ru')).to.equal(undefined);
    expect(formatDateRange(date('2022-09-13T10:00Z'), date('2022-09-14T10:00'), 'ru')).to.equal(undefined);
    expect(formatDateRange(date('2022-09-15'), date('2022-09-13'), 'ru')).to.equal(undefined);
  });

  it('names the zone of an instant, on the reader’s clock or the one asked for', () => {
    const instant = date('2024-11-28T23:30:00Z');
    expect(formatDate(instant, 'ru', { timeZone: 'Asia/Yerevan' })).to.match(/29 ноября 2024.*3:30 GMT\+4/);
    expect(formatDate(instant, 'ja', { timeZone: 'Asia/Tokyo' })).to.match(/2024年11月29日.*8:30 JST/);
    const local = formatDate(instant, 'en-US');
    const options = { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
    expect(local).to.equal(new Intl.DateTimeFormat('en-US', options).format(Date.UTC(2024, 10, 28, 23, 30)));
    expect(local).to.match(/ (PST|GMT[+-]\d+|[A-Z]{3,5})$/);
    // A time written without a zone is a wall-clock time: shown as written, with no zone to name.
    expect(formatDate(date('2024-11-28T14:05'), 'en-US')).to.equal('November 28, 2024 at 2:05 PM');
  });
});
