import { adoptStyles, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FactElement } from '../internal/fact-element.js';
import type { FactCheck } from '../../data/fact-check/schema.js';
import { shellMessagesFor } from '../../i18n/shell-messages.js';
import { baseStyles } from '../internal/base.styles.js';
import { a11yStyles } from '../internal/a11y.styles.js';
import { defineElement } from '../internal/define.js';
import { emit, type FactErrorDetail } from '../internal/events.js';
import type { HeadingLevel } from '../internal/heading.js';
import { resolveDirection } from '../internal/direction.js';
import { resolveLang } from '../internal/lang.js';
import type { VerdictLayout } from './document.view.js';
import type { ImplementationSource, VerdictBehaviour, VerdictImplementation } from './kit.js';
import { INLINE_DATA } from './inline-data.js';
import { documentUrl, prefetchDocument } from './prefetch.js';
import { DEFAULT_TIMEOUT, LAZY_MARGIN, timerDelay } from './timing.js';
import { verdictBoxStyles } from './verdict-box.styles.js';
import { keepFocusOnRetry, restoreFocusAfterRetry } from './retry-focus.js';

export type { VerdictLayout };

export type VerdictLoading = 'lazy' | 'eager';
export type VerdictTheme = 'auto' | 'light' | 'dark';
export type VerdictState = 'loading' | 'ready' | 'error';

/**
 * Parsed schema.org ClaimReview JSON-LD in any shape the embed reads: one review, an array of
 * them, an `@graph`, a `DataFeed`, a Fact Check Tools API answer.
 */
export type ClaimReviewJson = { readonly [key: string]: unknown } | readonly unknown[];

/** What `data` accepts: a FactCheck document, or ClaimReview JSON-LD. */
export type FactVerdictData = FactCheck | ClaimReviewJson;

/**
 * `<fact-verdict>` itself: its public properties, its registration, and what it shows until its
 * implementation is at hand (see `kit.ts`). The npm class (`FactVerdict`, in `verdict.element.ts`)
 * has the implementation at once; the CDN entry's class loads it as a chunk on first use and, while
 * it loads, starts the `src` request itself, so the document and the chunk arrive together. In
 * that time the embed shows its fallback in the box it will keep; if the chunk cannot be loaded
 * within `timeout`, it says so and offers to try again.
 */
export abstract class FactVerdictBase extends FactElement {
  static override styles = [baseStyles, verdictBoxStyles, a11yStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    layout: { reflect: true },
    loading: {},
    timeout: { type: Number },
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    state: { reflect: true },
    share: { type: Boolean },
  };

  /** Where the implementation comes from: at hand in the npm build, a chunk loaded on first use in the CDN build. */
  static implementation: ImplementationSource;

  /** Registers the element under `tag` (once; a repeat is harmless). */
  static define(tag = 'fact-verdict', registry?: CustomElementRegistry): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  /** A FactCheck document or ClaimReview JSON-LD (validated either way); takes precedence over inline JSON and `src`. */
  declare data?: FactVerdictData;

  /** URL of a FactCheck or ClaimReview JSON document to fetch (without cookies); relative URLs resolve against the page. */
  declare src?: string;

  /** `full` shows everything; `compact` shows the claim, the verdict, why, and the link only. */
  declare layout: VerdictLayout;

  /** `lazy` fetches `src` only when the embed nears the viewport; `eager` fetches at once. */
  declare loading: VerdictLoading;

  /** How long to wait for the document (and, in the CDN build, the embed's implementation) before showing an error, in milliseconds. */
  declare timeout: number;

  /** `auto` follows the page's `color-scheme`; `light` and `dark` force one. */
  declare theme: VerdictTheme;

  /** The level of the embed's headline (2–6); its sections use the next level. */
  declare headingLevel: HeadingLevel;

  /** What the embed is showing: `loading`, `ready` or `error`. Set by the element; read it, style on it. */
  declare state: VerdictState;

  /**
   * Adds a share control beside the link to the fact-check: the browser's own share sheet where it
   * has one (the Web Share API), or else a button that copies the link, and says so. Only for a
   * fact-check with a `url`.
   */
  declare share?: boolean;

  #behaviour?: VerdictBehaviour;
  /** Why the implementation could not be loaded, until the reader tries again. */
  #failure?: FactErrorDetail;
  #failureAnnounced = false;
  /** The attempt to load the implementation under way, with its deadline. */
  #pending?: { deadline: ReturnType<typeof setTimeout> };
  #observer?: IntersectionObserver;

  constructor() {
    super();
    this.layout = 'full';
    this.loading = 'lazy';
    this.timeout = DEFAULT_TIMEOUT;
    this.theme = 'auto';
    this.headingLevel = 2;
    this.state = 'loading';
    const { current } = (this.constructor as typeof FactVerdictBase).implementation;
    if (current) this.#attach(current);
    else this.addController({ hostConnected: () => this.#connected(), hostDisconnected: () => this.#disconnected() });
  }

  /** Connected without the implementation: load it, and start the document's request alongside. */
  #connected(): void {
    if (this.#behaviour || this.#failure || this.#pending) return;
    // A lazy `src` needs the implementation only near the viewport: load it when the browser is idle.
    if (this.src && this.loading !== 'eager' && this.data === undefined) {
      this.#prefetchNearViewport();
      (globalThis.requestIdleCallback ?? setTimeout)(() => this.#load());
    } else {
      // Children the parser has yet to add are not seen here; at worst that costs one unused request.
      if (this.src && this.data === undefined && !this.querySelector(INLINE_DATA)) this.#prefetch();
      this.#load();
    }
  }

  #disconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    // Not out of time while away: the element starts over if it comes back.
    this.#end(this.#pending);
  }

  /** Starts the `src` request now, so it does not wait for the implementation. */
  #prefetch(): void {
    const target = documentUrl(this.src!);
    if (target.ok) prefetchDocument(target.url);
  }

  #prefetchNearViewport(): void {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#observer = undefined;
        if (!this.#behaviour && this.src && this.data === undefined) this.#prefetch();
        this.#load();
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#observer.observe(this);
  }

  /** Loads the implementation (the CDN build), within `timeout`. */
  #load(): void {
    if (this.#behaviour || this.#pending || !this.isConnected) return;
    const source = (this.constructor as typeof FactVerdictBase).implementation;
    if (source.current) return this.#attach(source.current);
    // One attempt at a time; it ends when the chunk arrives or fails, at its deadline, or when the
    // element leaves the page. A later outcome of an ended attempt is ignored: "Try again" (or the
    // element's return) starts a new one, which finds an implementation that arrived meanwhile.
    const attempt = (this.#pending = {
      deadline: setTimeout(
        () => this.#end(attempt) && this.#fail('timeout', `its implementation did not arrive within ${this.timeout} ms`),
        timerDelay(this.timeout),
      ),
    });
    source.load().then(
      (loaded) => this.#end(attempt) && this.#attach(loaded),
      (error: unknown) =>
        this.#end(attempt) && this.#fail('network', `its implementation could not be loaded (${error instanceof Error ? error.message : String(error)})`),
    );
  }

  /** Ends `attempt` if it is still the current one; false when it had ended already. */
  #end(attempt: { deadline: ReturnType<typeof setTimeout> } | undefined): boolean {
    if (!attempt || attempt !== this.#pending) return false;
    clearTimeout(attempt.deadline);
    this.#pending = undefined;
    return true;
  }

  #attach(implementation: VerdictImplementation): void {
    // A retry after a timeout waits on the same import as the first attempt; both may see it arrive.
    if (this.#behaviour) return;
    this.#observer?.disconnect();
    this.#observer = undefined;
    // The views' styles join the class's own (after them, as the npm class lists them), so every
    // element rendered from now on has them; one already rendered adopts them now.
    const styles = (this.constructor as typeof FactVerdictBase).elementStyles;
    const missing = implementation.styles.filter((style) => !styles.includes(style));
    styles.push(...missing);
    if (this.renderRoot) adoptStyles(this.renderRoot as ShadowRoot, styles);
    this.#behaviour = implementation.create(this);
    this.requestUpdate();
  }

  #fail(reason: 'network' | 'timeout', message: string): void {
    if (this.#failure || this.#behaviour) return;
    this.#failure = { reason, message, problems: [] };
    this.#failureAnnounced = false;
    console.error(`fact-verdict: <${this.localName}> ${message}`);
    this.requestUpdate();
  }

  #retry = (): void => {
    keepFocusOnRetry(this);
    this.#failure = undefined;
    this.requestUpdate();
    this.#load();
  };

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.#behaviour) this.#behaviour.update();
    else this.state = this.#failure ? 'error' : 'loading';
  }

  protected override updated(): void {
    this.#behaviour?.updated();
    if (this.#failure && !this.#failureAnnounced) {
      this.#failureAnnounced = true;
      emit(this, 'fact-error', this.#failure);
    }
    // After "Try again" (either path), focus stays in the embed as it re-renders.
    restoreFocusAfterRetry(this, this.state !== 'loading');
  }

  override render() {
    if (this.#behaviour) return this.#behaviour.render();
    const failure = this.#failure;
    // The loading view's box, with the fallback where it will stay while the document loads.
    const lang = resolveLang(this);
    const dir = resolveDirection(this, lang);
    if (!failure) return html`<div part="base loading" class="embed loading" dir=${dir}><div class="fallback"><slot></slot></div></div>`;
    const messages = shellMessagesFor(lang);
    return html`<div part="base" class="embed" dir=${dir}>
      <p part="error" role="alert">${messages.errorTitle} ${failure.reason === 'timeout' ? messages.errorTimeout : messages.errorNetwork}</p>
      <button part="retry-button" type="button" @click=${this.#retry}>${messages.retry}</button>
      <slot></slot>
    </div>`;
  }
}
