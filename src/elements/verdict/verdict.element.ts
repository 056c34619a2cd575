import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import type { Problem } from '../../data/problems.js';
import { compactClaim } from '../../data/fact-check/compact.js';
import { checkUrl, safeUrl } from '../../data/safe-url.js';
import { formatList, messagesFor, type Catalogue } from '../../i18n/messages.js';
import { baseStyles } from '../internal/base.styles.js';
import { defineElement } from '../internal/define.js';
import { emit, type FactErrorDetail, type FactLoadDetail } from '../internal/events.js';
import { headingLevel, renderHeading, type HeadingLevel } from '../internal/heading.js';
import { resolveLang } from '../internal/lang.js';
import { renderLink } from '../internal/link.js';
import { logProblemsOnce, renderInvalid } from '../internal/problems.js';
import { renderList, renderMessage } from '../internal/message.js';
import { dateText, renderDate } from '../internal/time.js';
import { requestDocument } from './request.js';
import { verdictStyles } from './verdict.styles.js';

export type VerdictLayout = 'full' | 'compact';
export type VerdictLoading = 'lazy' | 'eager';
export type VerdictTheme = 'auto' | 'light' | 'dark';
export type VerdictState = 'loading' | 'ready' | 'error';

type Failure = FactErrorDetail & { retryable: boolean };

/** How far outside the viewport a lazy embed starts fetching, so it is ready when it scrolls in. */
const LAZY_MARGIN = '800px 0px';
/** Re-exposes a child's parts as `prefix__part`, so publishers style them through the embed. */
const exportParts = (prefix: string, parts: string[]) => parts.map((part) => `${part}:${prefix}__${part}`).join(', ');
const CLAIM_PARTS = exportParts('claim', ['base', 'quote', 'attribution', 'appearances', 'context', 'badge', 'badge__base', 'badge__icon', 'badge__label']);
const EVIDENCE_PARTS = exportParts('evidence', ['heading', 'list', 'item', 'link', 'meta', 'stance', 'quote', 'toggle']);
const TIMELINE_PARTS = exportParts('timeline', ['heading', 'scroller', 'list', 'event', 'event-highlight', 'date', 'key-event', 'link', 'description']);
const INLINE_DATA = ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]';

/**
 * The fact-check embed: the claim and who made it, the verdict, why, the evidence, a timeline and
 * the attribution a fact-check owes its reader, in the publisher's look.
 *
 * Feed it one of three ways: the `data` property, a `src` URL, or an inline
 * `<script type="application/json">` child printed by a CMS. Other light-DOM children are the
 * fallback shown before the element upgrades and wherever JavaScript never runs (a link to the
 * fact-check with the verdict in words); they are hidden once the embed renders and shown again
 * under the error message if loading fails.
 *
 * @tagname fact-verdict
 * @summary A complete fact-check embed for articles: claim, verdict, evidence, timeline.
 *
 * @attribute lang - The language of interface strings and dates (BCP 47); the nearest ancestor's when absent.
 *
 * @slot - Fallback content for readers without JavaScript; shown again if loading fails.
 *
 * @fires {CustomEvent<FactLoadDetail>} fact-load - A document was rendered (once per document, whichever way it came).
 * @fires {CustomEvent<FactErrorDetail>} fact-error - The document could not be fetched, parsed or validated; `detail.reason` says which.
 * @fires {CustomEvent<FactRetryDetail>} fact-retry - The reader asked to load a failed `src` again.
 * @fires {CustomEvent<FactLinkDetail>} fact-link - The reader followed a link (bubbles out of the parts).
 * @fires {CustomEvent<FactSourcesToggleDetail>} fact-sources-toggle - The reader expanded or collapsed the sources.
 *
 * @csspart base - The embed's box.
 * @csspart header - The kicker and headline.
 * @csspart kicker - The "Fact check" label above the headline.
 * @csspart headline - The fact-check's headline.
 * @csspart claim - The claim card (`<fact-claim-card>`); its own parts are exported as `claim__*`.
 * @csspart summary - Why the verdict is what it is.
 * @csspart evidence - The evidence list (`<fact-evidence-list>`); its own parts as `evidence__*`.
 * @csspart timeline - The timeline (`<fact-timeline>`); its own parts as `timeline__*`.
 * @csspart attribution - Publisher, authors, dates and corrections.
 * @csspart publisher-logo - The publisher's logo image.
 * @csspart corrections - The list of corrections.
 * @csspart full-link - The link to the full fact-check.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart retry-button - The button that loads a failed `src` again.
 * @csspart expand-button - In a round-up of several fact-checks, the button that shows one in full.
 *
 * @cssprop --fact-surface-color - Background of the embed.
 * @cssprop --fact-text-color - Text colour on that background.
 * @cssprop --fact-muted-color - Secondary text (dates, bylines).
 * @cssprop --fact-accent-color - Links, focus rings and the kicker.
 * @cssprop --fact-border-color - The embed's border and hairlines.
 * @cssprop --fact-subtle-color - Tinted backgrounds (the loading placeholder).
 * @cssprop --fact-radius - Corner radius.
 * @cssprop --fact-space - The unit of spacing.
 * @cssprop --fact-max-width - The widest the embed grows (42rem).
 * @cssprop --fact-loading-min-height - Space reserved while loading, so the article does not jump.
 */
export class FactVerdict extends LitElement {
  static override styles = [baseStyles, verdictStyles];

  /** Registers the element under `tag` (once; a repeat is harmless). */
  static define(tag = 'fact-verdict', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  /**
   * Loads the elements a document is drawn with (claim card, evidence list, timeline) when they are
   * not registered yet. The CDN bundle sets it so that its entry file stays small and the parts
   * arrive as a chunk from beside it; the npm registration module imports them directly.
   */
  static loadParts?: () => Promise<unknown>;

  static override get observedAttributes(): string[] {
    // `lang` is the platform's own attribute; re-render when it changes.
    return [...super.observedAttributes, 'lang'];
  }

  /** A FactCheck document (or parsed JSON to validate); takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a FactCheck JSON document to fetch (without cookies); relative URLs resolve against the page. */
  @property() src?: string;

  /** `full` shows everything; `compact` shows the claim, the verdict, why, and the link only. */
  @property({ reflect: true }) layout: VerdictLayout = 'full';

  /** `lazy` fetches `src` only when the embed nears the viewport; `eager` fetches at once. */
  @property() loading: VerdictLoading = 'lazy';

  /** `auto` follows the page's `color-scheme`; `light` and `dark` force one. */
  @property({ reflect: true }) theme: VerdictTheme = 'auto';

  /** The level of the embed's headline (2–6); its sections use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel = 2;

  /** What the embed is showing: `loading`, `ready` or `error`. Set by the element; read it, style on it. */
  @property({ reflect: true }) state: VerdictState = 'loading';

  @state() private documents: ResolvedFactCheck[] = [];
  /** Which of the later documents of a round-up the reader expanded to the full layout. */
  @state() private expanded: ReadonlySet<number> = new Set();
  @state() private failure?: Failure;

  /** The inline JSON child, read once on first connection. */
  private inlineInput?: { text: string };
  private inlineRead = false;
  /** Counts inputs so a slow read of an old input never overwrites a newer one. */
  private generation = 0;
  private fetchController?: AbortController;
  private fetchingSrc?: string;
  /** The `src` whose outcome is on screen. */
  private shownSrc?: string;
  private observer?: IntersectionObserver;
  private pendingLoad?: FactLoadDetail['source'];

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.inlineRead) {
      this.inlineRead = true;
      const script = this.querySelector(INLINE_DATA);
      if (script) this.inlineInput = { text: script.textContent ?? '' };
    }
    this.syncInput(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFetching();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || changed.has('loading')) this.syncInput(false);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('documents') && this.pendingLoad && this.documents.length) {
      const source = this.pendingLoad;
      this.pendingLoad = undefined;
      emit(this, 'fact-load', { document: this.documents[0]!, documents: this.documents, source });
    }
  }

  /** Decides where the document comes from now, and starts reading it. */
  private syncInput(connecting: boolean): void {
    if (this.data !== undefined) {
      this.stopFetching();
      if (!connecting || this.state !== 'ready') this.consume(this.data, 'property');
      return;
    }
    if (this.inlineInput) {
      if (this.documents.length === 0 && !this.failure) this.consumeInline(this.inlineInput.text);
      return;
    }
    if (!this.src) {
      this.stopFetching();
      return;
    }
    if (this.fetchingSrc === this.src) return;
    if (connecting && this.state !== 'loading' && this.shownSrc === this.src) return;
    this.scheduleFetch();
  }

  private scheduleFetch(): void {
    this.stopFetching();
    if (!this.isConnected) return;
    this.showLoading();
    if (this.loading === 'eager' || typeof IntersectionObserver === 'undefined') {
      void this.fetchSrc(false);
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.observer?.disconnect();
          this.observer = undefined;
          void this.fetchSrc(false);
        }
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.observer.observe(this);
  }

  private stopFetching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.fetchController?.abort();
    this.fetchController = undefined;
    this.fetchingSrc = undefined;
  }

  private showLoading(): void {
    this.documents = [];
    this.failure = undefined;
    this.state = 'loading';
  }

  private async fetchSrc(reload: boolean): Promise<void> {
    const src = this.src;
    if (!src) return;
    const generation = ++this.generation;
    const target = checkUrl(resolveAgainstPage(src));
    if (!target.ok) {
      this.fail({ reason: 'invalid', message: `src: ${target.reason}`, problems: [{ path: 'src', message: target.reason, severity: 'error' }], retryable: false });
      return;
    }
    const controller = (this.fetchController = new AbortController());
    this.fetchingSrc = src;
    this.showLoading();
    let outcome;
    try {
      outcome = await requestDocument(target.url, controller.signal, { reload });
    } catch {
      return; // Aborted: removed from the page, or `src` changed. A newer request owns the state.
    }
    if (generation !== this.generation || this.src !== src) return;
    this.fetchingSrc = undefined;
    this.fetchController = undefined;
    this.shownSrc = src;
    if (!outcome.ok) {
      this.fail({ reason: outcome.reason, message: outcome.message, problems: [], status: outcome.status, retryable: true });
      return;
    }
    await this.consume(outcome.json, 'src', generation, target.url);
  }

  private consumeInline(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      this.fail({ reason: 'parse', message: `the inline <script type="application/json"> is not JSON (${(error as Error).message})`, problems: [], retryable: false });
      return;
    }
    void this.consume(json, 'inline');
  }

  private async consume(input: unknown, source: FactLoadDetail['source'], generation = ++this.generation, pageUrl = globalThis.document?.baseURI): Promise<void> {
    // The reader (validation, ClaimReview detection) and the parts load on first use, in parallel.
    const [{ readDocuments }] = await Promise.all([import('../../data/read-documents.js'), FactVerdict.loadParts?.()]);
    const { documents, problems } = await readDocuments(input, { pageUrl });
    if (generation !== this.generation) return;
    logProblemsOnce(this, input, problems);
    if (documents.length === 0) {
      this.fail({ reason: 'invalid', message: invalidMessage(problems), problems, retryable: false }, false);
      return;
    }
    this.failure = undefined;
    this.documents = documents;
    this.expanded = new Set();
    this.pendingLoad = source;
    this.state = 'ready';
  }

  private fail(failure: Failure, log = true): void {
    this.documents = [];
    this.failure = failure;
    this.state = 'error';
    // Invalid documents were logged by path already (once per input); other failures once here.
    if (log) console.error(`fact-verdict: <${this.localName}> ${failure.message}`);
    const { retryable: _retryable, ...detail } = failure;
    emit(this, 'fact-error', detail);
  }

  private handleRetry(): void {
    if (!this.src) return;
    emit(this, 'fact-retry', { src: this.src });
    this.fetchingSrc = undefined;
    void this.fetchSrc(true);
  }

  override render() {
    const messages = messagesFor(resolveLang(this));
    switch (this.state) {
      case 'loading':
        return this.renderLoading(messages);
      case 'error':
        return this.renderError(messages);
      default:
        // A round-up (several ClaimReviews) shows the first as asked and the rest compact, each expandable.
        return this.documents.map((doc, i) =>
          i === 0 ? this.renderDocument(doc, messages, this.layout) : this.renderDocument(doc, messages, this.expanded.has(i) ? 'full' : 'compact', i),
        );
    }
  }

  private renderLoading(messages: Catalogue): TemplateResult {
    return html`<div part="base loading" class="embed loading" aria-busy="true">
      <span class="visually-hidden" role="status">${messages.loading}</span>
      <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
    </div>`;
  }

  private renderError(messages: Catalogue): TemplateResult {
    const failure = this.failure;
    const body =
      failure?.reason === 'invalid' && failure.problems.length
        ? renderInvalid(messages, failure.problems)
        : html`<div part="error" class="error" role="alert">
            <p class="error-title">${messages.errorTitle} ${messages.errorNetwork}</p>
          </div>`;
    return html`<div part="base" class="embed failed">
      ${body}
      ${failure?.retryable && this.src
        ? html`<button part="retry-button" class="retry" type="button" @click=${this.handleRetry}>${messages.retry}</button>`
        : nothing}
      ${this.hasFallback() ? html`<div class="fallback"><slot></slot></div>` : nothing}
    </div>`;
  }

  /** Whether the publisher gave fallback content (children other than the data script). */
  private hasFallback(): boolean {
    return [...this.childNodes].some((n) => (n instanceof Element ? n.localName !== 'script' : (n.textContent ?? '').trim() !== ''));
  }

  private toggleDocument(index: number): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(index)) expanded.add(index);
    this.expanded = expanded;
  }

  private renderDocument(doc: ResolvedFactCheck, messages: Catalogue, layout: VerdictLayout, expandable?: number): TemplateResult {
    const lang = resolveLang(this);
    const level = headingLevel(this.headingLevel, 2);
    const sectionLevel = Math.min(level + 1, 6) as HeadingLevel;
    const full = layout === 'full';
    const claim = full ? doc.claim : compactClaim(doc.claim);
    return html`<article part="base" class="embed ${layout}">
      <header part="header" class="header">
        <p part="kicker" class="kicker">${messages.factCheckKicker}</p>
        ${doc.headline ? renderHeading(level, doc.headline, { part: 'headline', className: 'headline' }) : nothing}
      </header>
      <fact-claim-card
        part="claim"
        exportparts=${CLAIM_PARTS}
        .claim=${claim}
        .verdict=${doc.verdict}
      ></fact-claim-card>
      ${doc.verdict.summary
        ? html`<section part="summary" class="summary">
            ${renderHeading(sectionLevel, messages.summaryHeading, { className: 'section-heading' })}
            <p>${doc.verdict.summary}</p>
          </section>`
        : nothing}
      ${full && doc.evidence?.length
        ? html`<fact-evidence-list
            part="evidence"
            exportparts=${EVIDENCE_PARTS}
            heading-level=${sectionLevel}
            .evidence=${doc.evidence}
          ></fact-evidence-list>`
        : nothing}
      ${full && doc.timeline?.length
        ? html`<fact-timeline
            part="timeline"
            exportparts=${TIMELINE_PARTS}
            heading-level=${sectionLevel}
            .events=${doc.timeline}
          ></fact-timeline>`
        : nothing}
      ${this.renderAttribution(doc, messages, lang, full)}
      ${expandable === undefined
        ? nothing
        : html`<button part="expand-button" class="expand" type="button" aria-expanded=${full ? 'true' : 'false'} @click=${() => this.toggleDocument(expandable)}>
            ${full ? messages.collapseFactCheck : messages.expandFactCheck}
          </button>`}
    </article>`;
  }

  private renderAttribution(doc: ResolvedFactCheck, messages: Catalogue, lang: string, full: boolean): TemplateResult {
    const logo = full ? safeUrl(doc.publisher?.logo) : undefined;
    const authors = full ? (doc.authors ?? []) : [];
    const published = full ? dateText(doc.datePublished, lang) : undefined;
    const modified = full && doc.dateModified !== doc.datePublished ? dateText(doc.dateModified, lang) : undefined;
    const corrections = full ? (doc.corrections ?? []) : [];
    return html`<footer part="attribution" class="attribution">
      ${doc.publisher
        ? html`<p class="publisher">
            ${logo ? html`<img part="publisher-logo" class="logo" src=${logo} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" />` : nothing}
            <span>${renderMessage(messages.publishedBy, { name: renderLink(doc.publisher.url, doc.publisher.name, { kind: 'publisher', messages }) })}</span>
          </p>`
        : nothing}
      ${authors.length
        ? html`<p class="authors">
            ${renderMessage(messages.byAuthors, {
              names: renderList(
                (items) => formatList(lang, items),
                authors.map((a) => renderLink(a.url, a.name, { kind: 'author', messages })),
              ),
            })}
          </p>`
        : nothing}
      ${published || modified
        ? html`<p class="dates">
            ${published ? html`<span>${renderMessage(messages.publishedOn, { date: renderDate(doc.datePublished, lang) })}</span>` : nothing}
            ${modified ? html`<span>${renderMessage(messages.updatedOn, { date: renderDate(doc.dateModified, lang) })}</span>` : nothing}
          </p>`
        : nothing}
      ${corrections.length
        ? html`<div part="corrections" class="corrections">
            <p class="corrections-heading">${messages.correctionsHeading}</p>
            <ul>
              ${corrections.map((c) => html`<li>${c.date ? html`${renderDate(c.date, lang)}: ` : nothing}${c.text}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${safeUrl(doc.url)
        ? html`<p class="full-link">${renderLink(doc.url, messages.readFullFactCheck, { kind: 'fact-check', messages, part: 'full-link' })}</p>`
        : nothing}
    </footer>`;
  }
}

function resolveAgainstPage(src: string): string {
  try {
    return new URL(src, globalThis.document?.baseURI).href;
  } catch {
    return src;
  }
}

function invalidMessage(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  return `the document is not valid: ${errors.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
}
