import { notifyRegistryChange, sharedRegistry } from '../data/registry.js';
import { enEarly, type EarlyCatalogue } from './en-early.js';
import type { Catalogue } from './en.js';
import { localeLoaders } from './locale-loaders.js';
import { shippedLocaleFor } from './locale-match.js';

/**
 * Looks up reader-facing strings for a language. Locales register partial catalogues; any key a
 * locale lacks falls back to English, so a half-translated locale still renders completely.
 *
 * Registered catalogues live in the page's registry, shared with every other copy of the library
 * on the page; each copy keeps its own English, so a copy of another version never reads strings
 * shaped for a catalogue it does not have.
 *
 * This copy's English arrives in parts: the badge's strings (`en-early.ts`) at once, the embed
 * shell's (`en-shell.ts`, through `shell-messages.ts`) with the shell, and the embed's
 * (`en-embed.ts`) with the code that shows them, through `messages.ts`.
 *
 * The other languages the library ships (`locale-loaders.ts`) are imported the first time an
 * element asks for one, and are this copy's own too (never in the registry, where another copy
 * would read strings shaped for its version); their arrival re-renders every element as a
 * registration does. What publishers register wins over them, whichever comes first.
 */
const registry = sharedRegistry();
const resolved = new Map<string, Catalogue>();
/** The registry revision `resolved` was built at; any registration, by any copy, empties it. */
let resolvedAt = -1;
/** The English strings this copy has loaded so far. */
let english: Readonly<Record<string, unknown>> = enEarly;
/** The shipped catalogues this copy imported, by tag; `{}` for one that could not be imported, which stays English. */
const shipped = new Map<string, Readonly<Record<string, unknown>>>();
/** The shipped catalogues being imported, by tag: the embed waits for its language's (`locale-ready.ts`). */
export const importing = new Map<string, Promise<void>>();

/** Starts importing the shipped catalogue `tag` (a key of `localeLoaders`) unless it is here or on its way. */
export function importLocale(tag: string): void {
  if (shipped.has(tag) || importing.has(tag)) return;
  importing.set(
    tag,
    // A chunk that cannot be fetched (the browser logs the failed request) leaves the language in
    // English for the rest of the page: its elements are drawn already and never wait on it again.
    localeLoaders[tag]!()
      .then(
        (module): Readonly<Record<string, unknown>> | undefined => module.default?.messages,
        () => undefined,
      )
      .then((messages) => {
        shipped.set(tag, messages ?? {});
        importing.delete(tag);
        notifyRegistryChange('messages');
      }),
  );
}

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
 * The messages of a catalogue (registered, or shipped) that this copy can use: a key it knows, of the kind
 * English has there (a string, or a function for a message with parameters). Anything else, a
 * typo or a key a newer copy knows, is left out rather than shown or called.
 */
function usable(registered: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  if (!registered) return {};
  const fitting: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(registered)) {
    if (Object.hasOwn(english, key) && typeof value === typeof english[key]) fitting[key] = value;
  }
  return fitting;
}

/**
 * The catalogue for `lang` as far as this copy's English goes: the messages registered for it, then
 * for its shipped catalogue's tag and its base language, then the shipped catalogue, then English.
 * The first time a language with a shipped catalogue is asked for, that catalogue starts loading.
 */
export function catalogueFor(lang: string | undefined): Catalogue {
  if (resolvedAt !== registry.revision) {
    resolved.clear();
    resolvedAt = registry.revision;
  }
  const key = (lang || 'en').toLowerCase();
  let catalogue = resolved.get(key);
  if (!catalogue) {
    const tag = shippedLocaleFor(key) ?? '';
    if (tag) importLocale(tag);
    const { messages } = registry;
    catalogue = {
      ...english,
      ...usable(shipped.get(tag)),
      ...usable(messages.get(key.split('-')[0]!)),
      ...usable(messages.get(tag)),
      ...usable(messages.get(key)),
    } as Catalogue;
    resolved.set(key, catalogue);
  }
  return catalogue;
}

/** The strings the badge shows, for `lang`. */
export function earlyMessagesFor(lang: string | undefined): EarlyCatalogue {
  return catalogueFor(lang);
}
