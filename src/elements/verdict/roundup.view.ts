import type { TemplateResult } from 'lit';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import { renderDocument, type DocumentViewOptions } from './document.view.js';

/**
 * Every document of the input: a single fact-check as asked, or a round-up (several ClaimReviews
 * on one page) with the first as asked and the rest compact, each expandable by the reader.
 */
export function renderDocuments(
  documents: readonly ResolvedFactCheck[],
  options: Omit<DocumentViewOptions, 'toggle'> & { expanded: ReadonlySet<number>; onToggle: (index: number) => void },
): TemplateResult[] {
  const { expanded, onToggle, ...shared } = options;
  return documents.map((doc, i) => {
    const key = `fact-${i}`;
    if (i === 0) return renderDocument(doc, { ...shared, key });
    const isExpanded = expanded.has(i);
    return renderDocument(doc, { ...shared, key, layout: isExpanded ? 'full' : 'compact', toggle: { expanded: isExpanded, onToggle: () => onToggle(i) } });
  });
}
