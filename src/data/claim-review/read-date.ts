import { checkDate } from '../dates.js';
import { describe } from '../schema/kit.js';
import { warn, type ReadContext } from './values.js';

/**
 * Rewrites the date spellings found in real markup into ISO 8601: a space or a lowercase `t`
 * before the time, `UTC`/`GMT`/lowercase `z` for the zone, a zone written `+04`, `+5:30` or after a space,
 * slashes (`2024/11/28`) and single-digit months or days (`2024-3-5`).
 */
export function normalizeDate(value: string): string {
  let s = value.trim().toUpperCase();
  const date = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?=$|[T ])/.exec(s);
  if (date) {
    const [whole, y, m, d] = date;
    s = `${y}-${m!.padStart(2, '0')}${d ? `-${d.padStart(2, '0')}` : ''}${s.slice(whole.length)}`;
  }
  return s
    .replace(/^(\d{4}-\d{2}-\d{2}) +(?=\d)/, '$1T')
    .replace(/\s*(?:UTC|GMT)$/, 'Z')
    .replace(/\s+(?=[+-]\d{1,2}(?::?\d{2})?$|Z$)/, '')
    .replace(/(T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-])(\d)(?=:\d{2}$|$)/, (_, time: string, hour: string) => `${time}0${hour}`) // +5:30 is +05:30
    .replace(/(T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2})$/, '$1:00')
    .replace(/T(\d):/, 'T0$1:');
}

/**
 * An ISO date string (as `parseDate` accepts and writes it) from a ClaimReview date field, or
 * `undefined` with a warning when it cannot be read. A year given as a number is read as a year.
 */
export function readDate(value: unknown, path: string, ctx: ReadContext): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  // No date is written in a hundred characters; a longer string is not rewritten in search of one.
  const normalized = typeof text === 'string' && text.length <= 100 ? normalizeDate(text) : undefined;
  const verdict = checkDate(normalized);
  if (verdict.ok) return verdict.date.iso;
  if (verdict.fault === 'calendar' || verdict.fault === 'clock') {
    warn(ctx, path, `${normalized} is not a ${verdict.fault === 'calendar' ? 'date on the calendar' : 'time of day'}; left out`);
  } else {
    warn(ctx, path, `expected a date such as 2024-11-28 or 2024-11-28T14:05:00+04:00, got ${describe(value)}; left out`);
  }
  return undefined;
}
