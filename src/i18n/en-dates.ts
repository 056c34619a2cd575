import type { DateRangePart, DateStyle, PartialDate } from '../data/dates.js';

/**
 * English calendar dates written without Intl. A page's first Intl date or list formatter starts
 * the engine's ICU services, which in Chromium took 30–50 ms of the main thread (110–160 ms at
 * Lighthouse's 4× mobile CPU) inside the task that draws the first embed. English is the default
 * language and the one most pages speak, and the shapes of its calendar dates are fixed: "2022",
 * "September 2022", "September 13, 2022" ("Sep" in the short style), and periods that write what
 * their ends share once ("September 13 – 15, 2022"). Everything else is left to Intl: other
 * languages, English of a region (`en-GB` writes "13 September 2022"), times of day, and years
 * before 1000, whose era Intl may name. `en-dates.test.ts` holds this to Intl's own output in
 * every engine.
 */
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** What `Intl.DateTimeFormat('en', …).format` writes for a calendar date, or undefined where Intl must write it. */
export function englishCalendarDate(date: PartialDate, lang: string, style: DateStyle = 'long'): string | undefined {
  // Calendar dates in US English with a four-digit year; everything else is Intl's.
  if (!/^en(?:-us)?$/i.test(lang) || date.precision === 'time' || date.year < 1000) return undefined;
  if (date.precision === 'year') return String(date.year);
  const month = MONTHS[date.month! - 1]!;
  const name = style === 'short' ? month.slice(0, 3) : month;
  return date.precision === 'month' ? `${name} ${date.year}` : `${name} ${date.day}, ${date.year}`;
}

/**
 * What `formatRangeToParts` writes for a period between two calendar dates of the same precision,
 * start first, or undefined where Intl must write it (or the caller join the ends itself): each
 * end whole across years ("September 2022 – November 2023"); within a year, the year written once
 * ("September 13 – October 2, 2022"), and within a month, the month too ("September 13 – 15, 2022").
 */
export function englishCalendarRange(start: PartialDate, end: PartialDate, lang: string, style: DateStyle = 'long'): DateRangePart[] | undefined {
  const from = englishCalendarDate(start, lang, style);
  const to = englishCalendarDate(end, lang, style);
  // ISO values of one precision with four-digit years sort as their dates do.
  if (from === undefined || to === undefined || start.precision !== end.precision || start.iso > end.iso) return undefined;
  if (from === to) return [{ value: from, source: 'shared' }];
  const dash: DateRangePart = { value: ' – ', source: 'shared' };
  if (start.year !== end.year) return [{ value: from, source: 'startRange' }, dash, { value: to, source: 'endRange' }];
  // The shared year with what leads to it: ", 2022" after a day, " 2022" after a month.
  const tail = (start.precision === 'day' ? 2 : 1) + 4;
  const head = start.month === end.month ? from.slice(0, from.indexOf(' ') + 1) : '';
  return [
    ...(head ? [{ value: head, source: 'shared' } as const] : []),
    { value: from.slice(head.length, -tail), source: 'startRange' },
    dash,
    { value: to.slice(head.length, -tail), source: 'endRange' },
    { value: from.slice(-tail), source: 'shared' },
  ];
}
