import { FactTimeline } from './timeline.element.js';

export { FactTimeline };

FactTimeline.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-timeline': FactTimeline;
  }
}
