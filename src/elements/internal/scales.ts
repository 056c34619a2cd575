import { loadRatingScales, mayNeedRatingScales } from '../../data/ratings/labels.js';

/**
 * The CDN bundle knows English labels at once and loads every other publisher's and language's
 * scale on the first label it does not know. An element showing such a label calls this; when the
 * scales arrive, that is a change to the page's registry like any other, so every element with a
 * `RegistryController` re-reads ("Falso" first renders unrated, then false), whichever element or
 * copy of the library asked for them.
 */
export function loadScalesFor(label: unknown): void {
  if (!mayNeedRatingScales(label)) return;
  loadRatingScales().catch(() => {
    // The chunk did not load (offline, a moved file): the label stays unrated, and the next
    // unknown label tries again.
  });
}
