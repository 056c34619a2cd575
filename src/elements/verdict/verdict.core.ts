import { LocaleWait } from '../../i18n/locale-ready.js';
import { messagesFor } from '../../i18n/messages.js';
import { emit } from '../internal/events.js';
import { headingLevel } from '../internal/heading.js';
import { resolveDirection } from '../internal/direction.js';
import { resolveLang } from '../internal/lang.js';
import { logProblemsOnce } from '../internal/problems.js';
import { RegistryController } from '../internal/registry-controller.js';
import { DocumentLoader, type VerdictInput } from './document-loader.js';
import type { VerdictBehaviour, VerdictImplementation, VerdictKit } from './kit.js';
import { LightDomController } from './light-dom.js';
import { renderError, renderLoading } from './state.views.js';
import { keepFocusOnRetry } from './retry-focus.js';
import { timerDelay } from './timing.js';
import type { FactVerdictBase } from './verdict.base.js';
import { verdictStyles } from './verdict.styles.js';
import { shareStyles } from './share.view.js';

/**
 * What one `<fact-verdict>` does once it can read: it only composes. The loader takes the input to
 * `ready` or `error`, the light-DOM controller watches the inline JSON child and the fallback, the
 * registry controller reads again when a rating scale or messages are registered, and the views
 * draw each state.
 */
class VerdictCore implements VerdictBehaviour {
  readonly #host: FactVerdictBase;
  readonly #lightDom: LightDomController;
  readonly #loader: DocumentLoader;
  readonly #kit: VerdictKit;
  /** Which of the later documents of a round-up the reader expanded to the full layout. */
  #expanded: ReadonlySet<number> = new Set();
  /** Holds the embed at `loading`, within its deadline, while its language's catalogue arrives: no flash of English. */
  readonly #locale: LocaleWait;
  #waitingForLocale = false;

  constructor(host: FactVerdictBase, kit: VerdictKit) {
    this.#host = host;
    this.#kit = kit;
    this.#lightDom = new LightDomController(host);
    this.#locale = new LocaleWait(() => host.requestUpdate());
    this.#loader = new DocumentLoader(host, {
      kit,
      timeout: () => timerDelay(host.timeout),
      logProblems: (input, problems) => logProblemsOnce(host, input, problems),
    });
    // A new rating scale can change the verdict the document reads as; new messages, the words.
    new RegistryController(host, (change) => (change === 'ratings' ? this.#loader.reread() : host.requestUpdate()));
  }

  /** The input that wins: `data`, then the inline JSON child, then `src`. */
  #currentInput(): VerdictInput {
    const host = this.#host;
    if (host.data !== undefined) return { kind: 'property', value: host.data };
    if (this.#lightDom.inlineText !== undefined) return { kind: 'inline', text: this.#lightDom.inlineText };
    if (host.src) return { kind: 'src', src: host.src, lazy: host.loading !== 'eager' };
    return { kind: 'none' };
  }

  update(): void {
    // Synchronous where it can be: `data` is read here and renders ready at once.
    this.#loader.set(this.#currentInput());
    this.#waitingForLocale = this.#locale.waiting(resolveLang(this.#host), timerDelay(this.#host.timeout));
    this.#host.state = this.#waitingForLocale ? 'loading' : this.#loader.state;
    // A new document starts with every later document of a round-up collapsed.
    if (this.#loader.announcement?.type === 'fact-load') this.#expanded = new Set();
  }

  updated(): void {
    const announcement = this.#loader.announcement;
    // What the loader owes the page waits, like `ready`, for the words it is shown in.
    if (!announcement || this.#waitingForLocale) return;
    this.#loader.announcement = undefined;
    emit(this.#host, announcement.type, announcement.detail as never);
  }

  #retry = (): void => {
    const host = this.#host;
    // The element puts focus back after each render (see `restoreFocusAfterRetry`).
    keepFocusOnRetry(host);
    if (host.src && this.#currentInput().kind === 'src') emit(host, 'fact-retry', { src: host.src });
    this.#loader.retry();
  };

  #toggleDocument = (index: number): void => {
    const expanded = new Set(this.#expanded);
    if (!expanded.delete(index)) expanded.add(index);
    this.#expanded = expanded;
    this.#host.requestUpdate();
  };

  render(): unknown {
    const host = this.#host;
    const lang = resolveLang(host);
    const messages = messagesFor(lang);
    const dir = resolveDirection(host, lang);
    const { phase, failure, documents } = this.#loader;
    // Its status stays wordless rather than English for the moment the language takes to arrive.
    if (this.#waitingForLocale) return renderLoading({ ...messages, loading: '' }, this.#lightDom.hasFallback, dir);
    if (phase === 'error' && failure) return renderError(messages, failure, this.#lightDom.hasFallback, this.#retry, dir);
    if (phase !== 'ready') return renderLoading(messages, this.#lightDom.hasFallback, dir);
    return this.#kit.render(documents, {
      messages,
      lang,
      dir,
      layout: host.layout,
      share: host.share,
      level: headingLevel(host.headingLevel, 2),
      expanded: this.#expanded,
      onToggle: this.#toggleDocument,
    });
  }
}

/** The implementation of `<fact-verdict>` that reads and draws with `kit`. */
export function verdictImplementation(kit: VerdictKit): VerdictImplementation {
  return { create: (host) => new VerdictCore(host, kit), styles: [verdictStyles, shareStyles] };
}
