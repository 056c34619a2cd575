import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import { readEvidenceList } from '../../data/fact-check/read-parts.js';
import type { Evidence } from '../../data/fact-check/schema.js';
import { safeUrl } from '../../data/safe-url.js';
import { messagesFor, type Catalogue } from '../../i18n/messages.js';
import { baseStyles } from '../internal/base.styles.js';
import { a11yStyles } from '../internal/a11y.styles.js';
import { defineElement } from '../internal/define.js';
import { emit } from '../internal/events.js';
import { FactDocumentPart } from '../internal/document-part.js';
import { documentPartStyles } from '../internal/document-part.styles.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { resolveDirection, textLang } from '../internal/direction.js';
import { resolveLang } from '../internal/lang.js';
import { renderLink } from '../internal/link.js';
import { renderInvalid } from '../internal/problems.js';
import { renderDate } from '../internal/time.js';
import { printStyles } from '../internal/print.styles.js';
import { evidenceListStyles } from './evidence-list.styles.js';

// The events' types (and, through them, typed `addEventListener('fact-…')` in this module's .d.ts).
export type * from '../internal/event-types.js';

const DEFAULT_LIMIT = 5;

/**
 * The sources a fact-check rests on, numbered: each with its title (linked when it has a safe URL),
 * its publisher (or, without one, its link's domain) and date, a link to its archived copy when it
 * has one (`archiveUrl`), how it bears on the claim, and the passage that matters. Give it the list
 * (`evidence`) or a whole document (`data`):
 * `<fact-evidence-list .evidence=${doc.evidence}></fact-evidence-list>`.
 *
 * A long list shows its first `limit` sources and a button that reveals the rest; the button says
 * whether the list is expanded (`aria-expanded`) and keeps focus when pressed. Printed, the list is
 * whole, without the button, and each link's address follows it as text. A source's stance is
 * always written out ("Refutes the claim"); its colour only repeats it. Invalid input shows the
 * error state and logs each problem, by JSON path, to the console once.
 *
 * @tagname fact-evidence-list
 * @summary The list of sources behind a fact-check, collapsed after `limit` items.
 *
 * @fires {CustomEvent<FactSourcesToggleDetail>} fact-sources-toggle - The reader expanded or collapsed the list; `detail` has `expanded` and `count` (all sources). Bubbles, composed.
 * @fires {CustomEvent<FactLinkDetail>} fact-link - The reader followed a source's link (`kind: 'evidence'`). Bubbles, composed.
 *
 * @csspart heading - The heading with the number of sources.
 * @csspart list - The `<ol>` of sources, numbered.
 * @csspart item - One source; its number is its `::marker` (`::part(item)::marker`).
 * @csspart link - A source's title link (absent when the source has no safe URL).
 * @csspart meta - The line with the source's publisher (or its link's domain), date and archived copy.
 * @csspart archive-link - The link to a source's archived copy (absent when it has no safe `archiveUrl`).
 * @csspart stance - The stance label ("Supports the claim", "Refutes the claim", "Context").
 * @csspart quote - The quoted passage.
 * @csspart toggle - The "Show all N sources" / "Show fewer sources" button.
 * @csspart error - The error state shown for invalid input.
 *
 * @cssprop [--fact-stance-supports=light-dark(#1a7332, #6fcf8a)] - Dot and border colour of the `supports` stance label.
 * @cssprop [--fact-stance-refutes=light-dark(#b42318, #ff8a80)] - Dot and border colour of the `refutes` stance label.
 * @cssprop [--fact-stance-context=light-dark(#545d68, #aab3bd)] - Dot and border colour of the `context` stance label.
 * @cssprop [--fact-border-color=light-dark(#868e96, #737b85)] - Lines between sources and beside quotes; the toggle's border (shared token).
 * @cssprop [--fact-muted-color=light-dark(#545d68, #aab3bd)] - The publisher and date line (shared token).
 * @cssprop [--fact-accent-color=light-dark(#0a58ca, #8ab4f8)] - Links and the focus outline (shared token).
 * @cssprop [--fact-subtle-color=light-dark(#f3f4f6, #26292e)] - The toggle's background (shared token).
 * @cssprop [--fact-text-color=light-dark(#1f2328, #e8eaed)] - The toggle's text (shared token).
 * @cssprop [--fact-radius=0.5rem] - The toggle's corner radius (shared token).
 * @cssprop [--fact-quote-font=inherit] - The font of quoted passages (shared token).
 */
export class FactEvidenceList extends FactDocumentPart<Evidence> {
  static override styles = [baseStyles, documentPartStyles, evidenceListStyles, printStyles, a11yStyles];

  // Without decorators, as in FactDocumentPart: `declare`d fields, defaults set in the constructor.
  // `expanded` is internal state; `attribute: false` is what `@state()` also set (and keeps it out
  // of the manifest's attributes).
  static override properties: PropertyDeclarations = {
    evidence: { attribute: false },
    limit: { type: Number },
    expanded: { state: true, attribute: false },
  };

  /** Registers the element under `tag` (once; a repeat is harmless). */
  static define(tag = 'fact-evidence-list', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  /** The sources to list, shaped like a FactCheck document's `evidence`; checked whenever it changes. */
  declare evidence?: Evidence[];

  /** How many sources show before the rest collapse behind a button (5); it collapses only when that hides two or more. */
  declare limit: number;

  /** Whether the reader has revealed every source. */
  declare private expanded: boolean;

  constructor() {
    super();
    this.limit = 5; // DEFAULT_LIMIT, written out so the API docs show the number
    this.expanded = false;
  }

  /** Printing shows every source: paper has no "Show all" to press. */
  #print?: MediaQueryList;
  #onPrint = () => this.requestUpdate();

  override connectedCallback(): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always implements it (the compiler knows).
    super.connectedCallback();
    this.#print ??= globalThis.matchMedia?.('print');
    this.#print?.addEventListener('change', this.#onPrint);
  }

  override disconnectedCallback(): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always implements it (the compiler knows).
    super.disconnectedCallback();
    this.#print?.removeEventListener('change', this.#onPrint);
  }

  protected readonly listProperty = 'evidence';
  protected readList = readEvidenceList;
  protected listOf(document: ResolvedFactCheck) {
    return document.evidence;
  }

  override render() {
    const lang = resolveLang(this);
    const messages = messagesFor(lang);
    const items = this.items;
    if (!items) return renderInvalid(messages, this.problems);
    if (items.length === 0) return nothing;

    const limit = Number.isFinite(this.limit) ? Math.max(1, Math.floor(this.limit)) : DEFAULT_LIMIT;
    const collapsible = items.length - limit >= 2;
    const shown = collapsible && !this.expanded && !this.#print?.matches ? items.slice(0, limit) : items;
    const own = textLang(this.documentLang || this.dataLanguage, lang);
    // One root, so the part runs in the interface's direction even where the page sets none.
    return html`<div class="root" dir=${resolveDirection(this, lang)}>
      ${renderHeading(headingLevel(this.headingLevel), messages.sourcesHeading({ count: items.length }), { id: 'heading', part: 'heading', className: 'heading' })}
      <ol part="list" class="list" id="list" role="list" aria-labelledby="heading">
        ${shown.map((item) => renderItem(item, messages, lang, own))}
      </ol>
      ${
        collapsible
          ? html`<button
            part="toggle"
            class="toggle"
            type="button"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="list"
            @click=${this.handleToggle}
          >
            ${this.expanded ? messages.showFewerSources : messages.showAllSources({ count: items.length })}
          </button>`
          : nothing
      }
    </div>`;
  }

  private async handleToggle(): Promise<void> {
    this.expanded = !this.expanded;
    emit(this, 'fact-sources-toggle', { expanded: this.expanded, count: this.items?.length ?? 0 });
    if (!this.expanded) {
      // Collapsing shortens the page above a reader who scrolled to the bottom of the list; bring
      // the button, which keeps focus, back into view with them.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="toggle"]')?.scrollIntoView({ block: 'nearest' });
    }
  }
}

function present(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}

/** Where a source without a publisher comes from: its link's host, without `www.`. */
function domainOf(url: string | undefined): string | undefined {
  return url && new URL(url).hostname.replace(/^www\./, '');
}

function renderItem(item: Evidence, messages: Catalogue, lang: string, own: ReturnType<typeof textLang>): TemplateResult {
  const date = renderDate(item.date, lang);
  const named = present(item.publisher);
  const from = named ? item.publisher : domainOf(safeUrl(item.url));
  const archive = safeUrl(item.archiveUrl);
  const hasMeta = from || date !== nothing || archive;
  return html`<li part="item" class="item">
    <cite class="title" dir="auto"
      >${renderLink(item.url, html`<span lang=${own.lang ?? nothing}>${item.title}</span>`, { kind: 'evidence', messages, part: 'link' })}</cite
    >
    ${
      hasMeta
        ? html`<p part="meta" class="meta">
          ${from ? html`<bdi class="publisher" lang=${(named && own.lang) || nothing}>${from}</bdi>` : nothing}
          ${date !== nothing ? html`<span class="date">${date}</span>` : nothing}
          ${archive ? html`<span>${renderLink(archive, messages.archivedCopy, { kind: 'evidence', messages, part: 'archive-link' })}</span>` : nothing}
        </p>`
        : nothing
    }
    ${item.stance ? html`<p part="stance" class="stance" data-stance=${item.stance}>${messages.stanceName({ stance: item.stance })}</p>` : nothing}
    ${present(item.quote) ? html`<blockquote part="quote" class="quote"><p class="quote-text" lang=${own.lang ?? nothing} dir=${own.dir}>${item.quote}</p></blockquote>` : nothing}
  </li>`;
}
