import { FactClaimCard } from './claim-card.element.js';
// The card renders a <fact-verdict-badge>; registering the card registers the badge with it.
import '../verdict-badge/fact-verdict-badge.js';

export { FactClaimCard };

FactClaimCard.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-claim-card': FactClaimCard;
  }
}
