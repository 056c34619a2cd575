import { catalogueFor, includeEnglish } from './catalogue.js';
import { enShell, type ShellCatalogue } from './en-shell.js';

let included = false;

/** The strings `<fact-verdict>`'s shell shows for `lang` when its implementation could not be loaded. */
export function shellMessagesFor(lang: string | undefined): ShellCatalogue {
  if (!included) {
    included = true;
    includeEnglish(enShell);
  }
  return catalogueFor(lang);
}
