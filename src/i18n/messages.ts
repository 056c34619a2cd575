import { catalogueFor, includeEnglish } from './catalogue.js';
import { enEmbed } from './en-embed.js';
import { enShell } from './en-shell.js';
import type { Catalogue } from './en.js';

export { registerMessages } from './catalogue.js';
export type { Catalogue };

let complete = false;

/** The complete catalogue for `lang`: its own messages, then its base language's, then English. */
export function messagesFor(lang: string | undefined): Catalogue {
  if (!complete) {
    complete = true;
    // The shell's strings too: a part used alone (without the embed's shell) shows its errors with them.
    includeEnglish({ ...enShell, ...enEmbed });
  }
  return catalogueFor(lang);
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
