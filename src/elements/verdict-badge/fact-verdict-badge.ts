import { FactVerdictBadge } from './verdict-badge.element.js';

export { FactVerdictBadge };
export type * from './verdict-badge.element.js';

// A badge given a document opens `<fact-verdict>` in a popover: this module, the npm way to use
// the badge alone, brings the embed along the first time one opens (the CDN entry, which defines
// the embed itself, registers the badge without this module).
FactVerdictBadge.loadEmbed = () => import('../verdict/fact-verdict.js');
FactVerdictBadge.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-verdict-badge': FactVerdictBadge;
  }
}
