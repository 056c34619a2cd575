import { notifyRegistryChange, sharedRegistry } from '../data/registry.js';
import { enEarly, type EarlyCatalogue } from './en-early.js';
import type { Catalogue } from './en.js';

/**
 * Looks up reader-facing strings for a language. Locales register partial catalogues; any key a
 * locale lacks falls back to English, so a half-translated locale still renders completely.
 *
 * Registered catalogues live in the page's registry, shared with every other copy of the library
 * on the page; each copy keeps its own English, so a copy of another version never reads strings
 * shaped for a catalogue it does not have.
 *
 * This copy's English arrives in parts: the strings the CDN entry needs (`en-early.ts`) at once,
 * the embed's (`en-embed.ts`) with the code that shows them, through `messages.ts`.
 */
const registry = sharedRegistry();
const resolved = new Map<string, Catalogue>();
/** The registry revision `resolved` was built at; any registration, by any copy, empties it. */
let resolvedAt = -1;
/** The English strings this copy has loaded so far. */
let english: Readonly<Record<string, unknown>> = enEarly;

/** Adds a part of this copy's English (the embed's strings, once its code has loaded). */
export function includeEnglish(strings: Readonly<Record<string, unknown>>): void {
  english = { ...english, ...strings };
  resolved.clear();
}

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
function usable(lang: string): Record<string, unknown> {
  const registered = registry.messages.get(lang);
  if (!registered) return {};
  const fitting: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(registered)) {
    if (Object.hasOwn(english, key) && typeof value === typeof english[key]) fitting[key] = value;
  }
  return fitting;
}

/** The catalogue for `lang` as far as this copy's English goes: its own messages, then its base language's, then English. */
export function catalogueFor(lang: string | undefined): Catalogue {
  if (resolvedAt !== registry.revision) {
    resolved.clear();
    resolvedAt = registry.revision;
  }
  const key = (lang || 'en').toLowerCase();
  let catalogue = resolved.get(key);
  if (!catalogue) {
    const base = key.split('-')[0]!;
    catalogue = { ...english, ...usable(base), ...usable(key) } as Catalogue;
    resolved.set(key, catalogue);
  }
  return catalogue;
}

/** The strings the badge and an embed without its implementation show, for `lang`. */
export function earlyMessagesFor(lang: string | undefined): EarlyCatalogue {
  return catalogueFor(lang);
}
