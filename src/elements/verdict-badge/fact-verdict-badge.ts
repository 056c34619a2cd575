import { FactVerdictBadge } from './verdict-badge.element.js';

export { FactVerdictBadge };
export type * from './verdict-badge.element.js';

FactVerdictBadge.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-verdict-badge': FactVerdictBadge;
  }
}
