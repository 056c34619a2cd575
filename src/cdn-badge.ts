/**
 * The badge-only CDN file, `dist/fact-verdict-badge.min.js`: for pages that show verdicts inline in
 * their text and no full embed. It registers `<fact-verdict-badge>` with lit and nothing of the
 * embed (its shell, its box, the early request of its document), so such a page downloads only
 * what a badge draws (issue 9: at most 10 KB of script).
 *
 * A badge given `src` or `data` still opens the fact-check: its first press imports the full CDN
 * entry from beside this file (`fact-verdict.min.js`, which then brings the embed's kit), unless
 * the page has `<fact-verdict>` already. That entry brings a second copy of lit; the badge tag
 * stays this file's, as `defineElement` keeps the first of two copies of one version quietly.
 */
import { FactVerdictBadge } from './elements/verdict-badge/verdict-badge.element.js';
import './elements/verdict-badge/fact-verdict-badge.js';

export * from './elements/verdict-badge/verdict-badge.element.js';

/** The full CDN entry, beside this file wherever it is served from. */
const FULL_ENTRY = new URL('./fact-verdict.min.js', import.meta.url).href;

FactVerdictBadge.loadEmbed = async () => {
  if (!customElements.get('fact-verdict')) await import(/* @vite-ignore */ FULL_ENTRY);
  return customElements.whenDefined('fact-verdict');
};

// What a page using only this file may need to adapt: its own rating labels and translations.
export { registerRatingScale } from './data/ratings/labels.js';
export { registerMessages } from './i18n/catalogue.js';
