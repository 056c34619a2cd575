import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FactCheck } from '../../data/fact-check/schema.js';
import { messagesFor } from '../../i18n/messages.js';
import { baseStyles } from '../internal/base.styles.js';
import { defineElement } from '../internal/define.js';
import { emit } from '../internal/events.js';
import { headingLevel, type HeadingLevel } from '../internal/heading.js';
import { resolveLang } from '../internal/lang.js';
import { logProblemsOnce } from '../internal/problems.js';
import { RegistryController } from '../internal/registry-controller.js';
import { DEFAULT_TIMEOUT, DocumentLoader, type VerdictInput } from './document-loader.js';
import type { VerdictLayout } from './document.view.js';
import type { KitSource, lazyKit } from './kit.js';
import { LightDomController } from './light-dom.js';
import { renderError, renderLoading } from './state.views.js';
import { verdictStyles } from './verdict.styles.js';

export type { VerdictLayout };

const MAX_TIMER = 2 ** 31 - 1;
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
 * `<fact-verdict>` without the means to read a document: the npm class (`FactVerdict`, in
 * `verdict.element.ts`) and the CDN entry's class give it a kit, synchronous and lazy respectively.
 * The element only composes: the loader takes the input to `ready` or `error`, the light-DOM
 * controller watches the inline JSON child and the fallback, and the views draw each state.
 */
export abstract class FactVerdictBase extends LitElement {
  static override styles = [baseStyles, verdictStyles];

  /** Hands out the reader (and, in the CDN build, loads the parts). */
  static kit: KitSource;

  /** Registers the element under `tag` (once; a repeat is harmless). */
  static define(tag = 'fact-verdict', registry?: CustomElementRegistry): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  static override get observedAttributes(): string[] {
    // `lang` is the platform's own attribute; re-render when it changes.
    return [...super.observedAttributes, 'lang'];
  }

  /** A FactCheck document or ClaimReview JSON-LD (validated either way); takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data?: FactVerdictData;

  /** URL of a FactCheck or ClaimReview JSON document to fetch (without cookies); relative URLs resolve against the page. */
  @property() src?: string;

  /** `full` shows everything; `compact` shows the claim, the verdict, why, and the link only. */
  @property({ reflect: true }) layout: VerdictLayout = 'full';

  /** `lazy` fetches `src` only when the embed nears the viewport; `eager` fetches at once. */
  @property() loading: VerdictLoading = 'lazy';

  /** How long to wait for the document (and, in the CDN build, the embed's parts) before showing an error, in milliseconds. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /** `auto` follows the page's `color-scheme`; `light` and `dark` force one. */
  @property({ reflect: true }) theme: VerdictTheme = 'auto';

  /** The level of the embed's headline (2–6); its sections use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel = 2;

  /** What the embed is showing: `loading`, `ready` or `error`. Set by the element; read it, style on it. */
  @property({ reflect: true }) state: VerdictState = 'loading';

  /** Which of the later documents of a round-up the reader expanded to the full layout. */
  @state() private expanded: ReadonlySet<number> = new Set();

  readonly #lightDom = new LightDomController(this);
  readonly #loader = new DocumentLoader(this, {
    kit: () => (this.constructor as typeof FactVerdictBase).kit(),
    preloadKit: () => ((this.constructor as typeof FactVerdictBase).kit as Partial<ReturnType<typeof lazyKit>>).preload?.(),
    // Timers take at most 2^31 - 1 ms (about 24.8 days); a larger value would fire at once.
    timeout: () => (this.timeout > 0 ? Math.min(this.timeout, MAX_TIMER) : DEFAULT_TIMEOUT),
    logProblems: (input, problems) => logProblemsOnce(this, input, problems),
  });

  constructor() {
    super();
    // A new rating scale can change the verdict the document reads as; new messages, the words.
    new RegistryController(this, (change) => (change === 'ratings' ? this.#loader.reread() : this.requestUpdate()));
  }

  /** The input that wins: `data`, then the inline JSON child, then `src`. */
  #currentInput(): VerdictInput {
    if (this.data !== undefined) return { kind: 'property', value: this.data };
    if (this.#lightDom.inlineText !== undefined) return { kind: 'inline', text: this.#lightDom.inlineText };
    if (this.src) return { kind: 'src', src: this.src, lazy: this.loading !== 'eager' };
    return { kind: 'none' };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // Synchronous where it can be: with the kit at hand, `data` is read here and renders ready at once.
    this.#loader.set(this.#currentInput());
    this.state = this.#loader.state;
    // A new document starts with every later document of a round-up collapsed.
    if (this.#loader.announcement?.type === 'fact-load' && this.expanded.size) this.expanded = new Set();
  }

  protected override updated(): void {
    const announcement = this.#loader.announcement;
    if (!announcement) return;
    this.#loader.announcement = undefined;
    emit(this, announcement.type, announcement.detail as never);
  }

  #handleRetry = (): void => {
    if (this.src && this.#currentInput().kind === 'src') emit(this, 'fact-retry', { src: this.src });
    this.#loader.retry();
  };

  #toggleDocument = (index: number): void => {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(index)) expanded.add(index);
    this.expanded = expanded;
  };

  override render() {
    const lang = resolveLang(this);
    const messages = messagesFor(lang);
    const { phase, failure, documents, kit } = this.#loader;
    if (phase === 'error' && failure) return renderError(messages, failure, this.#lightDom.hasFallback, this.#handleRetry);
    if (phase !== 'ready' || !kit) return renderLoading(messages, this.#lightDom.hasFallback);
    return kit.render(documents, {
      messages,
      lang,
      layout: this.layout,
      level: headingLevel(this.headingLevel, 2),
      expanded: this.expanded,
      onToggle: this.#toggleDocument,
    });
  }
}
