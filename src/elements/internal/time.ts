import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateRange, parseDate, type DateRangePart, type DateStyle, type PartialDate } from '../../data/dates.js';
import { englishCalendarDate, englishCalendarRange } from '../../i18n/en-dates.js';
import type { Catalogue } from '../../i18n/messages.js';
import { renderMessage } from './message.js';

/**
 * A date as `<time>`: machine-readable `datetime` as written (partial dates stay partial) and the
 * reader's text from the data layer's calendar-safe formatter. Nothing for an unreadable value.
 * An instant (a time written with a zone) shows the reader's clock and names its zone.
 */
export function renderDate(value: string | undefined, lang: string, style: DateStyle = 'long'): TemplateResult | typeof nothing {
  const date = parseDate(value);
  if (!date) return nothing;
  return html`<time datetime=${date.iso}>${write(date, lang, style)}</time>`;
}

/** The formatted text alone, for messages that embed a date ("Updated {date}"). */
export function dateText(value: string | undefined, lang: string, style: DateStyle = 'long'): string | undefined {
  const date = parseDate(value);
  return date ? write(date, lang, style) : undefined;
}

/** English calendar dates without Intl, whose start-up is the costliest step of a first embed (`en-dates.ts`); the rest through Intl. */
const write = (date: PartialDate, lang: string, style: DateStyle): string => englishCalendarDate(date, lang, style) ?? formatDate(date, lang, { style });

/** The pieces of one end of a period, in its own `<time>`. */
const end = (date: PartialDate, parts: DateRangePart[]) => html`<time datetime=${date.iso}>${parts.map((part) => part.value).join('')}</time>`;

/**
 * A period from `start` to `end` the way the language writes one (`Intl.DateTimeFormat#formatRange`:
 * "13–15 September 2022", "13–15 сентября 2022 г."), what the ends share written once and each
 * end's own pieces in a `<time>` with its full `datetime`. Ends of different kinds ("2022" to
 * "2022-09-13"), which no one formatter shows together, are joined by the catalogue's `dateRange`.
 * The start alone when the end is missing or unreadable; nothing without a readable start.
 */
export function renderDateRange(startValue: string | undefined, endValue: string | undefined, lang: string, messages: Catalogue): unknown {
  const start = parseDate(startValue);
  const finish = parseDate(endValue);
  if (!start || !finish) return renderDate(startValue, lang);
  const parts = englishCalendarRange(start, finish, lang) ?? formatDateRange(start, finish, lang);
  if (!parts) return renderMessage(messages.dateRange, { start: renderDate(startValue, lang), end: renderDate(endValue, lang) });
  // Both ends fall on what the formatter shows as one date ("13 September 2022" to itself): one `<time>`.
  if (!parts.some((part) => part.source === 'endRange')) return end(start, parts);
  // Runs of pieces from the same source, in order: shared text stays outside either `<time>`.
  const runs: { source: DateRangePart['source']; parts: DateRangePart[] }[] = [];
  for (const part of parts) {
    const last = runs.at(-1);
    if (last?.source === part.source) last.parts.push(part);
    else runs.push({ source: part.source, parts: [part] });
  }
  return runs.map((run) =>
    run.source === 'shared' ? run.parts.map((part) => part.value).join('') : end(run.source === 'startRange' ? start : finish, run.parts),
  );
}
