import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import { readTimeline } from '../../data/fact-check/read-parts.js';
import type { TimelineEvent } from '../../data/fact-check/schema.js';
import { messagesFor, type Catalogue } from '../../i18n/messages.js';
import { baseStyles } from '../internal/base.styles.js';
import { a11yStyles } from '../internal/a11y.styles.js';
import { printStyles } from '../internal/print.styles.js';
import { defineElement } from '../internal/define.js';
import { FactDocumentPart } from '../internal/document-part.js';
import { documentPartStyles } from '../internal/document-part.styles.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { resolveDirection, textLang } from '../internal/direction.js';
import { resolveLang } from '../internal/lang.js';
import { renderLink } from '../internal/link.js';
import { renderInvalid } from '../internal/problems.js';
import { renderDateRange } from '../internal/time.js';
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
 * scrolls sideways from 40rem (wider than a timeline inside an embed of the default 42rem, which stays vertical). Only a row that actually
 * overflows is a focusable region (named by the heading and `subject`), so keyboard users can
 * scroll it with the arrow keys; a timeline that fits is no tab stop and no landmark. Invalid
 * input shows the error state and logs each problem, by JSON path, to the console once.
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
 * @csspart title - An event's title (its words, or its link).
 * @csspart link - An event's title link (absent when it has no safe URL).
 * @csspart description - An event's description.
 * @csspart error - The error state shown for invalid input.
 *
 * @cssprop [--fact-timeline-event-width=15rem] - Smallest width of an event in the wide layout.
 * @cssprop [--fact-border-color=light-dark(#868e96, #737b85)] - The line joining the events (shared token).
 * @cssprop [--fact-muted-color=light-dark(#545d68, #aab3bd)] - Event markers and dates (shared token).
 * @cssprop [--fact-accent-color=light-dark(#0a58ca, #8ab4f8)] - The key event's marker and label, links, the focus outline (shared token).
 * @cssprop [--fact-subtle-color=light-dark(#f3f4f6, #26292e)] - The key event's background (shared token).
 * @cssprop [--fact-radius=0.5rem] - The key event's corner radius (shared token).
 */
export class FactTimeline extends FactDocumentPart<TimelineEvent> {
  static override styles = [baseStyles, documentPartStyles, timelineStyles, printStyles, a11yStyles];

  // Without a decorator, as in FactDocumentPart (`declare`d: no class field shadows the accessor).
  static override properties: PropertyDeclarations = {
    events: { attribute: false },
    subject: {},
    scrollable: { state: true, attribute: false },
  };

  /** Registers the element under `tag` (once; a repeat is harmless). */
  static define(tag = 'fact-timeline', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  /** The events to show, shaped like a FactCheck document's `timeline`; checked whenever it changes. */
  declare events?: TimelineEvent[];

  /**
   * What the timeline is about (the fact-check's headline or claim). A scrolling timeline is named
   * by its heading and this, so several on one page are told apart ("Timeline Did Armenia…").
   */
  declare subject?: string;

  /**
   * Whether the row overflows its scroller, so that it needs to be a focusable region. Until the
   * first measurement (and on the server) it is assumed to: a region that turns out not to scroll
   * is a spare tab stop for a frame, one that scrolls unreachable by keyboard would be a barrier.
   */
  declare private scrollable: boolean;

  /** Watches the scroller and the events for sizes that make the row overflow or fit. */
  private resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.scrollable = true;
    this.addController({
      hostConnected: () => {
        // Absent on the server, where nothing is laid out: the timeline renders as a plain list there.
        const Observer = globalThis.ResizeObserver;
        if (Observer) this.resizeObserver ??= new Observer(() => this.measure());
      },
      hostDisconnected: () => {
        this.resizeObserver?.disconnect();
        this.resizeObserver = undefined;
      },
    });
  }

  protected override updated(): void {
    // New events can change the overflow without changing the scroller's size: observing each new
    // event measures again (an observation reports the size it starts with).
    const observer = this.resizeObserver;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!observer || !scroller) return;
    observer.observe(scroller);
    for (const event of scroller.querySelectorAll('.event')) observer.observe(event);
  }

  /** The scroller is a region and a tab stop only while it scrolls. */
  private measure(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    const overflowX = scroller ? getComputedStyle(scroller).overflowX : 'visible';
    const scrolls = !!scroller && (overflowX === 'auto' || overflowX === 'scroll') && scroller.scrollWidth > scroller.clientWidth + 1;
    if (scrolls !== this.scrollable) this.scrollable = scrolls;
  }

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
    const own = textLang(this.documentLang || this.dataLanguage, lang);
    // A scroller that scrolls is a tab stop, so keyboard users can scroll it with the arrow keys,
    // and a region named by the heading and the subject; one that fits is neither.
    const scrollable = this.scrollable;
    const subject = this.subject?.trim();
    // One root, so the part runs in the interface's direction even where the page sets none.
    return html`<div class="root" dir=${resolveDirection(this, lang)}>
      ${renderHeading(headingLevel(this.headingLevel), messages.timelineHeading, { id: 'heading', part: 'heading', className: 'heading' })}
      ${subject ? html`<span id="subject" hidden>${subject}</span>` : nothing}
      <div
        part="scroller"
        class="scroller"
        role=${scrollable ? 'region' : nothing}
        aria-labelledby=${scrollable ? (subject ? 'heading subject' : 'heading') : nothing}
        tabindex=${scrollable ? '0' : nothing}
      >
        <ol part="list" class="list" role="list" aria-labelledby="heading">
          ${events.map((event) => renderEvent(event, messages, lang, own))}
        </ol>
      </div>
    </div>`;
  }
}

function renderEvent(event: TimelineEvent, messages: Catalogue, lang: string, own: ReturnType<typeof textLang>): TemplateResult {
  const highlight = event.highlight === true;
  return html`<li part=${highlight ? 'event event-highlight' : 'event'} class=${highlight ? 'event highlight' : 'event'}>
    <div class="body">
      <p part="date" class="date">${renderWhen(event, lang, messages)}</p>
      ${highlight ? html`<p part="key-event" class="key">${messages.keyEvent}</p>` : nothing}
      <p part="title" class="title" dir="auto">${renderLink(event.url, html`<span lang=${own.lang ?? nothing}>${event.title}</span>`, { kind: 'timeline', messages, part: 'link' })}</p>
      ${event.description?.trim() ? html`<p part="description" class="description" lang=${own.lang ?? nothing} dir=${own.dir}>${event.description}</p>` : nothing}
    </div>
  </li>`;
}

/** The date, or the period the language's way ("13–15 September 2022"), each end in its own `<time>` (see `renderDateRange`). */
function renderWhen(event: TimelineEvent, lang: string, messages: Catalogue): unknown {
  return renderDateRange(event.date, event.endDate, lang, messages);
}
