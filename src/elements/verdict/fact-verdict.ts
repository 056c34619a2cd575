import { FactVerdict } from './verdict.element.js';
// The embed composes these; registering them here makes one import enough.
import '../claim-card/fact-claim-card.js';
import '../evidence-list/fact-evidence-list.js';
import '../timeline/fact-timeline.js';
import '../verdict-badge/fact-verdict-badge.js';

export { FactVerdict };

FactVerdict.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-verdict': FactVerdict;
  }
}
