import { en, type Catalogue } from './en.js';

/**
 * Looks up reader-facing strings for a language. Locales register partial catalogues; any key a
 * locale lacks falls back to English, so a half-translated locale still renders completely.
 */
const catalogues = new Map<string, Partial<Catalogue>>([['en', en]]);
const resolved = new Map<string, Catalogue>();

/** Adds or extends the catalogue for a BCP 47 language tag (`fr`, `pt-BR`). */
export function registerMessages(lang: string, messages: Partial<Catalogue>): void {
  const key = lang.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...messages });
  resolved.clear();
}

/** The complete catalogue for `lang`: its own messages, then its base language's, then English. */
export function messagesFor(lang: string | undefined): Catalogue {
  const key = (lang || 'en').toLowerCase();
  let catalogue = resolved.get(key);
  if (!catalogue) {
    const base = key.split('-')[0]!;
    catalogue = { ...en, ...catalogues.get(base), ...catalogues.get(key) } as Catalogue;
    resolved.set(key, catalogue);
  }
  return catalogue;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Joins names the way the language does ("A, B and C"). */
export function formatList(lang: string, items: readonly string[]): string {
  let f = listFormats.get(lang);
  if (!f) {
    try {
      f = new Intl.ListFormat(lang, { type: 'conjunction' });
    } catch {
      f = new Intl.ListFormat('en', { type: 'conjunction' });
    }
    listFormats.set(lang, f);
  }
  return f.format(items);
}

export type { Catalogue };
