import { FactEvidenceList } from './evidence-list.element.js';

export { FactEvidenceList };
export type * from './evidence-list.element.js';

FactEvidenceList.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-evidence-list': FactEvidenceList;
  }
}
