import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import { readTimeline } from '../../data/fact-check/read-parts.js';
import type { TimelineEvent } from '../../data/fact-check/schema.js';
import { messagesFor, type Catalogue } from '../../i18n/messages.js';
import { baseStyles } from '../internal/base.styles.js';
import { defineElement } from '../internal/define.js';
import { FactDocumentPart } from '../internal/document-part.js';
import { documentPartStyles } from '../internal/document-part.styles.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { resolveLang } from '../internal/lang.js';
import { renderLink } from '../internal/link.js';
import { renderMessage } from '../internal/message.js';
import { renderInvalid } from '../internal/problems.js';
import { renderDate } from '../internal/time.js';
import { timelineStyles } from './timeline.styles.js';

// The events' types (and, through them, typed `addEventListener('fact-…')` in this module's .d.ts).
export type * from '../internal/event-types.js';

/**
 * Dated events that put a claim in context, in the order the document gives them. Give it the
 * events (`events`) or a whole document (`data`):
 * `<fact-timeline .events=${doc.timeline}></fact-timeline>`.
 *
 * Dates show at the precision written ("July 2022", "2020") in `<time datetime>`, periods as a
 * range. The event the claim is about (`highlight: true`) is marked and also labelled "Key event"
 * in words. The layout follows the element's own width: a vertical list when narrow, a row that
 * scrolls sideways from 36rem (so it does inside a full-width embed); the scrolling region is focusable, named by the heading, so keyboard
 * users can scroll it with the arrow keys. Invalid input shows the error state and logs each
 * problem, by JSON path, to the console once.
 *
 * @tagname fact-timeline
 * @summary A timeline of dated events, vertical when narrow and a scrolling row when wide.
 *
 * @fires {CustomEvent<FactLinkDetail>} fact-link - The reader followed an event's link (`kind: 'timeline'`). Bubbles, composed.
 *
 * @csspart heading - The "Timeline" heading.
 * @csspart scroller - The focusable region that scrolls sideways in the wide layout.
 * @csspart list - The `<ol>` of events.
 * @csspart event - One event.
 * @csspart event-highlight - Also on the key event (`highlight: true`).
 * @csspart date - An event's date or period.
 * @csspart key-event - The "Key event" label on the key event.
 * @csspart link - An event's title link (absent when it has no safe URL).
 * @csspart description - An event's description.
 * @csspart error - The error state shown for invalid input.
 *
 * @cssprop --fact-timeline-event-width - Smallest width of an event in the wide layout (15rem).
 * @cssprop --fact-border-color - The line joining the events (shared token).
 * @cssprop --fact-muted-color - Event markers and dates (shared token).
 * @cssprop --fact-accent-color - The key event's marker and label, links, the focus outline (shared token).
 * @cssprop --fact-subtle-color - The key event's background (shared token).
 * @cssprop --fact-radius - The key event's corner radius (shared token).
 */
export class FactTimeline extends FactDocumentPart<TimelineEvent> {
  static override styles = [baseStyles, documentPartStyles, timelineStyles];

  // Without a decorator, as in FactDocumentPart (`declare`d: no class field shadows the accessor).
  static override properties: PropertyDeclarations = { events: { attribute: false } };

  /** Registers the element under `tag` (once; a repeat is harmless). */
  static define(tag = 'fact-timeline', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  /** The events to show, shaped like a FactCheck document's `timeline`; checked whenever it changes. */
  declare events?: TimelineEvent[];

  protected readonly listProperty = 'events';
  protected readList = readTimeline;
  protected listOf(document: ResolvedFactCheck) {
    return document.timeline;
  }

  override render() {
    const lang = resolveLang(this);
    const messages = messagesFor(lang);
    const events = this.items;
    if (!events) return renderInvalid(messages, this.problems);
    if (events.length === 0) return nothing;
    // The scroller is a tab stop so keyboard users can scroll the wide layout with the arrow keys.
    return html`
      ${renderHeading(headingLevel(this.headingLevel), messages.timelineHeading, { id: 'heading', part: 'heading', className: 'heading' })}
      <div part="scroller" class="scroller" role="region" aria-labelledby="heading" tabindex="0">
        <ol part="list" class="list">
          ${events.map((event) => renderEvent(event, messages, lang))}
        </ol>
      </div>
    `;
  }
}

function renderEvent(event: TimelineEvent, messages: Catalogue, lang: string): TemplateResult {
  const highlight = event.highlight === true;
  return html`<li part=${highlight ? 'event event-highlight' : 'event'} class=${highlight ? 'event highlight' : 'event'}>
    <div class="body">
      <p part="date" class="date">${renderWhen(event, lang, messages)}</p>
      ${highlight ? html`<p part="key-event" class="key">${messages.keyEvent}</p>` : nothing}
      <p class="title">${renderLink(event.url, event.title, { kind: 'timeline', messages, part: 'link' })}</p>
      ${event.description?.trim() ? html`<p part="description" class="description">${event.description}</p>` : nothing}
    </div>
  </li>`;
}

/** The date, or the period as the `dateRange` message words it, each end in its own `<time>`. */
function renderWhen(event: TimelineEvent, lang: string, messages: Catalogue): unknown {
  const start = renderDate(event.date, lang);
  const end = renderDate(event.endDate, lang);
  return end === nothing ? start : renderMessage(messages.dateRange, { start, end });
}
