import { FactEvidenceList } from './evidence-list.element.js';

export { FactEvidenceList };

FactEvidenceList.define();

declare global {
  interface HTMLElementTagNameMap {
    'fact-evidence-list': FactEvidenceList;
  }
}
