import { catalogueFor, importing } from './catalogue.js';
import { shippedLocaleFor } from './locale-match.js';

/**
 * While the shipped catalogue for `lang` is being imported, the promise of its arrival (it never
 * rejects: a catalogue that cannot be imported leaves the language in English), starting the
 * import if nothing asked for the language before; otherwise, when it is here, failed, or `lang`
 * is English or not shipped, undefined.
 */
export function localeReady(lang: string | undefined): Promise<void> | undefined {
  // Asking for the catalogue is what starts the import (see `catalogueFor`); cached after the first time.
  catalogueFor(lang);
  // Nothing on its way (the usual case, and always in English): no need to match the tag.
  if (!importing.size) return undefined;
  const tag = lang && shippedLocaleFor(lang);
  return tag ? importing.get(tag) : undefined;
}

/**
 * Loads the catalogue the library ships for `lang` (a BCP 47 tag such as `ru`, `pt-BR`, `zh-TW`),
 * if it ships one and it is not loaded yet; resolves once it is (or could not be, which leaves
 * English). Elements load the languages they speak by themselves, and re-render when one arrives;
 * call this first where a render must be in the language from the start: on the server before
 * rendering (`renderFactVerdict` does), or in a test. Never rejects.
 *
 * ```js
 * import { loadMessages, messagesFor } from 'fact-verdict/i18n';
 * await loadMessages('ru');
 * messagesFor('ru').claimHeading; // 'Утверждение'
 * ```
 */
export async function loadMessages(lang: string): Promise<void> {
  if (typeof lang === 'string') await localeReady(lang);
}

/**
 * Keeps an element from showing English words while its language's shipped catalogue is on its
 * way, but not for longer than `timeout` from when it started waiting: after that it shows what it
 * has (English for the missing strings), and the catalogue's arrival re-renders it as any
 * registration does. `onExpire` asks the element to render again when the wait runs out.
 */
export class LocaleWait {
  #waitingFor?: Promise<void>;
  #expired?: Promise<void>;
  readonly #onExpire: () => void;

  constructor(onExpire: () => void) {
    this.#onExpire = onExpire;
  }

  /** Whether the element should wait for `lang`'s catalogue before it shows words. */
  waiting(lang: string, timeout: number): boolean {
    const pending = localeReady(lang);
    if (!pending || pending === this.#expired) return false;
    if (pending !== this.#waitingFor) {
      this.#waitingFor = pending;
      const deadline = setTimeout(() => {
        this.#expired = pending;
        this.#onExpire();
      }, timeout);
      void pending.then(() => clearTimeout(deadline));
    }
    return true;
  }
}
