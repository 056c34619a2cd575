import { FactTimeline } from './timeline.element.js';

export { FactTimeline };
export type * from './timeline.element.js';

FactTimeline.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-timeline': FactTimeline;
  }
}
