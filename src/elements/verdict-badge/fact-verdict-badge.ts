import { FactVerdictBadge } from './verdict-badge.element.js';

export { FactVerdictBadge };

FactVerdictBadge.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-verdict-badge': FactVerdictBadge;
  }
}
