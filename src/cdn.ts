/**
 * The CDN entry, `dist/fact-verdict.min.js`: the one file a publisher adds with one script tag. It
 * registers every element. To keep the file on the critical path small (an inline badge needs
 * nothing more), the embed's parts and the document reader arrive as chunks from beside it: as
 * soon as an embed has a document to show, or when the browser is next idle, whichever comes first.
 */
import { FactVerdict } from './elements/verdict/verdict.element.js';
import './elements/verdict-badge/fact-verdict-badge.js';

export * from './elements/verdict/verdict.element.js';
export * from './elements/verdict-badge/verdict-badge.element.js';

let parts: Promise<unknown> | undefined;
const loadParts = () => (parts ??= import('./cdn-parts.js'));

FactVerdict.loadParts = loadParts;
FactVerdict.define();

if (typeof window !== 'undefined') {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => void loadParts(), { timeout: 2000 });
  else setTimeout(() => void loadParts(), 200);
}

// What a page using only the CDN file may need to adapt: its own rating labels and translations.
export { registerRatingScale } from './data/ratings/labels.js';
export { registerMessages } from './i18n/messages.js';
