/**
 * Dates are calendar facts. A fact-check says "July 2022" or "13 September 2022", and a reader in
 * Los Angeles must read the same day as a reader in Yerevan: `new Date('2022-09-13')` is midnight
 * UTC and shows the 12th anywhere west of UTC, so date-only values never pass through the reader's
 * time zone. A partial date stays partial: "July 2022" never gains an invented day.
 */

export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface PartialDate {
  /** The value as written in the document, normalized (used for `<time datetime>`). */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1-12, present for `month`, `day` and `time` precision. */
  month?: number;
  /** 1-31, present for `day` and `time` precision. */
  day?: number;
  /** Hour and minute as written, for `time` precision. */
  hour?: number;
  minute?: number;
  /** Minutes east of UTC when the value carried a zone (`Z`, `+04:00`); absent for floating times. */
  offsetMinutes?: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The proleptic Gregorian calendar, year 0 included (a leap year, as 2000 was). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Why a value is not a date: not written as ISO 8601 at all (`syntax`), or written so but naming
 * a day the calendar does not have (`calendar`: `2023-02-29`, `2022-13`), a time the clock does
 * not have (`clock`: `T24:00`, `T10:61`), or a zone offset beyond ±14:00 (`zone`).
 */
export type DateFault = 'syntax' | 'calendar' | 'clock' | 'zone';

export type DateVerdict = { ok: true; date: PartialDate } | { ok: false; fault: DateFault };

/** Reads an ISO 8601 calendar date of any precision, and says why when it cannot. */
export function checkDate(value: unknown): DateVerdict {
  if (typeof value !== 'string') return { ok: false, fault: 'syntax' };
  const m = DATE_PATTERN.exec(value.trim());
  if (!m) return { ok: false, fault: 'syntax' };
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  if (mo === undefined) return { ok: true, date: { iso: y!, precision: 'year', year } };
  const month = Number(mo);
  if (month < 1 || month > 12) return { ok: false, fault: 'calendar' };
  if (d === undefined) return { ok: true, date: { iso: `${y}-${mo}`, precision: 'month', year, month } };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, fault: 'calendar' };
  if (h === undefined) return { ok: true, date: { iso: `${y}-${mo}-${d}`, precision: 'day', year, month, day } };
  const hour = Number(h);
  const minute = Number(mi);
  if (hour > 23 || minute > 59 || (s !== undefined && Number(s) > 59)) return { ok: false, fault: 'clock' };
  const date: PartialDate = { iso: '', precision: 'time', year, month, day, hour, minute };
  let zoneText = '';
  if (zone) {
    if (zone === 'Z') {
      date.offsetMinutes = 0;
      zoneText = 'Z';
    } else {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = Number(digits.slice(2));
      if (oh > 14 || om > 59) return { ok: false, fault: 'zone' };
      date.offsetMinutes = sign * (oh * 60 + om);
      zoneText = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2)}`;
    }
  }
  date.iso = `${y}-${mo}-${d}T${h}:${mi}${s !== undefined ? `:${s}` : ''}${zoneText}`;
  return { ok: true, date };
}

/** Parses ISO 8601 calendar dates of any precision (`2022`, `2022-07`, `2022-09-13`, with a time). */
export function parseDate(value: unknown): PartialDate | undefined {
  const verdict = checkDate(value);
  return verdict.ok ? verdict.date : undefined;
}

/** Orders two partial dates by their first possible moment; `2022` sorts before `2022-01-05`. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return sortKey(a) - sortKey(b);
}

function sortKey(d: PartialDate): number {
  const local = Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0);
  return local - (d.offsetMinutes ?? 0) * 60_000;
}

export type DateStyle = 'long' | 'short';

const formatterCache = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build and a page may show hundreds of dates: keep one per shape. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatterCache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown or malformed `lang` must not break the embed: fall back to English.
      f = new Intl.DateTimeFormat('en', options);
    }
    formatterCache.set(key, f);
  }
  return f;
}

export interface FormatDateOptions {
  style?: DateStyle;
  /** Time zone for values with a zone (instants); the reader's own by default. Used by tests and SSR. */
  timeZone?: string;
}

/** Whether `date` is an instant (a time written with a zone), which follows the reader's clock. */
const isInstant = (date: PartialDate): boolean => date.precision === 'time' && date.offsetMinutes !== undefined;

/**
 * What to format `date` with: the `Date` to hand Intl, and a formatter showing exactly its
 * precision. Calendar values (no zone) are formatted in UTC from their own fields, so no time zone
 * can move them; instants follow the reader's clock and name its zone, since "10:00" alone would
 * not say whose ten o'clock.
 */
function prepare(date: PartialDate, locale: string, options: FormatDateOptions): { at: Date; format: Intl.DateTimeFormat } {
  const { precision } = date;
  const fields = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0);
  const asDate = new Date(fields);
  // Years 0-99 would be read as 1900-1999 by Date.UTC; set them explicitly.
  if (date.year < 100) asDate.setUTCFullYear(date.year);
  // Each precision shows one field more: 2022, July 2022, July 13, 2022, then the time of day.
  const shape: Intl.DateTimeFormatOptions = { year: 'numeric' };
  if (precision !== 'year') shape.month = options.style === 'short' ? 'short' : 'long';
  if (precision === 'day' || precision === 'time') shape.day = 'numeric';
  if (precision === 'time') {
    shape.hour = 'numeric';
    shape.minute = '2-digit';
  }
  if (!isInstant(date)) return { at: asDate, format: formatter(locale, { ...shape, timeZone: 'UTC' }) };
  const at = new Date(asDate.getTime() - date.offsetMinutes! * 60_000);
  shape.timeZoneName = 'short';
  return { at, format: formatter(locale, options.timeZone ? { ...shape, timeZone: options.timeZone } : shape) };
}

/**
 * Formats a partial date for a reader in `locale`, showing exactly the precision it has: "July
 * 2022" never gains a day, and a calendar date reads the same in every time zone. An instant (a time
 * written with a zone) is shown on the reader's clock, with the zone's name ("3:30 AM GMT+4").
 */
export function formatDate(date: PartialDate, locale: string, options: FormatDateOptions = {}): string {
  const { at, format } = prepare(date, locale, options);
  return format.format(at);
}

/** One piece of a formatted period: from its start, its end, or shared by both ("13–15 September 2022"). */
export interface DateRangePart {
  value: string;
  source: 'startRange' | 'endRange' | 'shared';
}

/**
 * A period written the language's way, in pieces (`Intl.DateTimeFormat#formatRangeToParts`), so
 * that what the ends share is written once: "13–15 September 2022", "13 сентября – 2 октября
 * 2022 г.", "2022年9月13日～15日". Only for two ends of the same kind (the same precision, both
 * calendar dates or both instants), which one formatter can show; undefined otherwise, and where
 * the engine has no `formatRangeToParts`, for the caller to join two dates itself.
 */
export function formatDateRange(start: PartialDate, end: PartialDate, locale: string, options: FormatDateOptions = {}): DateRangePart[] | undefined {
  if (start.precision !== end.precision || isInstant(start) !== isInstant(end)) return undefined;
  const from = prepare(start, locale, options);
  const to = prepare(end, locale, options);
  if (typeof from.format.formatRangeToParts !== 'function' || from.at > to.at) return undefined;
  try {
    return from.format.formatRangeToParts(from.at, to.at).map(({ value, source }) => ({ value, source }));
  } catch {
    return undefined;
  }
}
