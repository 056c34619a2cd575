/**
 * The root entry: registers every element and exports their classes. The CDN bundle
 * `dist/fact-verdict.min.js` is this module, bundled with lit and minified.
 * Import `fact-verdict/data` for the format, validator and helpers without any element.
 */
export * from './elements/verdict/fact-verdict.js';
export * from './elements/verdict-badge/fact-verdict-badge.js';
export * from './elements/claim-card/fact-claim-card.js';
export * from './elements/evidence-list/fact-evidence-list.js';
export * from './elements/timeline/fact-timeline.js';
// The events' detail types; `addEventListener('fact-load', …)` is typed through any entry.
export type * from './elements/internal/event-types.js';
