import { FactVerdict } from './verdict.element.js';

export { FactVerdict };
export type * from './verdict.element.js';

// Registers the embed and, through its `static dependencies`, the parts it composes.
FactVerdict.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-verdict': FactVerdict;
  }
}
