/** The CDN bundle's parts chunk: the elements an embed draws a document with, also usable alone. */
export * from './elements/claim-card/fact-claim-card.js';
export * from './elements/evidence-list/fact-evidence-list.js';
export * from './elements/timeline/fact-timeline.js';
