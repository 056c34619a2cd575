import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, parseDate, type DateStyle } from '../../data/dates.js';

/**
 * A date as `<time>`: machine-readable `datetime` as written (partial dates stay partial) and the
 * reader's text from the data layer's calendar-safe formatter. Nothing for an unreadable value.
 */
export function renderDate(value: string | undefined, lang: string, style: DateStyle = 'long'): TemplateResult | typeof nothing {
  const date = parseDate(value);
  if (!date) return nothing;
  return html`<time datetime=${date.iso}>${formatDate(date, lang, { style })}</time>`;
}

/** The formatted text alone, for messages that embed a date ("Updated {date}"). */
export function dateText(value: string | undefined, lang: string, style: DateStyle = 'long'): string | undefined {
  const date = parseDate(value);
  return date ? formatDate(date, lang, { style }) : undefined;
}
