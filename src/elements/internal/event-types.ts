/**
 * The public types of the elements' events, and nothing that runs. Every entry point re-exports
 * this module (`export type * from`), which keeps an import of `events.ts` in each published
 * `.d.ts`, and with it that module's `declare global`: without one, TypeScript users get
 * `addEventListener('fact-load', (e) => e.detail)` as a TS2339 on `Event`.
 */
export type { FactErrorDetail, FactErrorReason, FactEventMap, FactLinkDetail, FactLoadDetail, FactRetryDetail, FactSourcesToggleDetail } from './events.js';
