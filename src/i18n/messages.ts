import { notifyRegistryChange, sharedRegistry } from '../data/registry.js';
import { en, type Catalogue } from './en.js';

/**
 * Looks up reader-facing strings for a language. Locales register partial catalogues; any key a
 * locale lacks falls back to English, so a half-translated locale still renders completely.
 *
 * Registered catalogues live in the page's registry, shared with every other copy of the library
 * on the page; each copy keeps its own English, so a copy of another version never reads strings
 * shaped for a catalogue it does not have.
 */
const registry = sharedRegistry();
const resolved = new Map<string, Catalogue>();
/** The registry revision `resolved` was built at; any registration, by any copy, empties it. */
let resolvedAt = -1;

/**
 * Adds or extends the catalogue for a BCP 47 language tag (`fr`, `pt-BR`), for every copy of the
 * library on the page; elements already on screen show the new strings.
 */
export function registerMessages(lang: string, messages: Partial<Catalogue>): void {
  if (typeof lang !== 'string' || !lang || typeof messages !== 'object' || messages === null) return;
  const key = lang.toLowerCase();
  registry.messages.set(key, { ...registry.messages.get(key), ...messages });
  notifyRegistryChange('messages');
}

/**
 * The messages registered for one language that this copy can use: a key it knows, of the kind
 * English has there (a string, or a function for a message with parameters). Anything else, a
 * typo or a key a newer copy knows, is left out rather than shown or called.
 */
function usable(lang: string): Partial<Catalogue> {
  const registered = registry.messages.get(lang);
  if (!registered) return {};
  const fitting: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(registered)) {
    if (Object.hasOwn(en, key) && typeof value === typeof en[key as keyof Catalogue]) fitting[key] = value;
  }
  return fitting as Partial<Catalogue>;
}

/** The complete catalogue for `lang`: its own messages, then its base language's, then English. */
export function messagesFor(lang: string | undefined): Catalogue {
  if (resolvedAt !== registry.revision) {
    resolved.clear();
    resolvedAt = registry.revision;
  }
  const key = (lang || 'en').toLowerCase();
  let catalogue = resolved.get(key);
  if (!catalogue) {
    const base = key.split('-')[0]!;
    catalogue = { ...en, ...usable(base), ...usable(key) } as Catalogue;
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
