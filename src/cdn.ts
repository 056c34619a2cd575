/**
 * The CDN entry, `dist/fact-verdict.min.js`: the one file a publisher adds with one script tag. It
 * registers every element. To keep the file on the critical path small (an inline badge needs
 * nothing more), the embed's parts and the document reader arrive as one chunk from beside it, and
 * only on pages with an embed: requested as soon as an embed has a document to show (or, for a
 * lazy `src`, while it waits for the viewport). A chunk that fails to load is requested again on the
 * reader's "Try again".
 */
import { lazyKit } from './elements/verdict/kit.js';
import { FactVerdictBase } from './elements/verdict/verdict.base.js';
import './elements/verdict-badge/fact-verdict-badge.js';

export * from './elements/verdict-badge/verdict-badge.element.js';
export type * from './elements/verdict/verdict.element.js';

const kit = lazyKit(() => import('./cdn-kit.js').then((chunk) => chunk.kit));

/** `<fact-verdict>` as the CDN bundle ships it: its parts and reader load on first use. */
export class FactVerdict extends FactVerdictBase {
  static override kit = kit;
}

FactVerdict.define();


// What a page using only the CDN file may need to adapt: its own rating labels and translations.
export { registerRatingScale } from './data/ratings/labels.js';
export { registerMessages } from './i18n/messages.js';
