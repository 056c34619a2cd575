import { FactClaimCard } from './claim-card.element.js';
// The card renders a <fact-verdict-badge> (registered by `define()`, a static dependency); this
// import adds the badge's tag to `HTMLElementTagNameMap` for TypeScript users too.
import '../verdict-badge/fact-verdict-badge.js';

export { FactClaimCard };
export type * from './claim-card.element.js';

FactClaimCard.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-claim-card': FactClaimCard;
  }
}
