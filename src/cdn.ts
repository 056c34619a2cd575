/**
 * The CDN entry, `dist/fact-verdict.min.js`: the one file a publisher adds with one script tag. It
 * registers every element. To keep the file on the critical path small (an inline badge needs
 * nothing more), `<fact-verdict>`'s implementation (its loader, the document reader, the views and
 * the parts) arrives as one chunk from beside it, and only on pages that use it: as soon as an
 * embed is on the page (for a lazy `src`, when the browser is idle or the embed nears the
 * viewport), or once the page is parsed when it uses a part alone. An eager or visible `src`
 * document is requested alongside the chunk, not after it. A chunk that fails to load is requested
 * again on the reader's "Try again".
 */
import { lazy } from './elements/verdict/kit.js';
import { FactVerdictBase } from './elements/verdict/verdict.base.js';
import './elements/verdict-badge/fact-verdict-badge.js';

export * from './elements/verdict-badge/verdict-badge.element.js';
export type * from './elements/verdict/verdict.element.js';

const implementation = lazy(() => import('./cdn-kit.js').then((chunk) => chunk.implementation));

/** `<fact-verdict>` as the CDN bundle ships it: its implementation loads on first use. */
export class FactVerdict extends FactVerdictBase {
  static override implementation = implementation;
}

FactVerdict.define();

/** The parts, which the kit chunk registers; a page may use them alone, without an embed. */
const PART_TAGS = 'fact-claim-card, fact-evidence-list, fact-timeline';

/**
 * Loads the embed's parts (with the reader and views) for a page that uses one of them without a
 * `<fact-verdict>`, or adds them later from a script: `await loadParts()` before creating them.
 * Pages with an embed never need to call it. Rejects when the chunk cannot be fetched.
 */
export async function loadParts(): Promise<void> {
  await implementation.load();
}

// A page that wrote a part alone gets it once the page is parsed (pages without one load nothing).
if (typeof document !== 'undefined') {
  const findParts = () => {
    if (document.querySelector(PART_TAGS)) implementation.preload();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', findParts, { once: true });
  else findParts();
}

// What a page using only the CDN file may need to adapt: its own rating labels and translations.
export { registerRatingScale } from './data/ratings/labels.js';
export { registerMessages } from './i18n/catalogue.js';
