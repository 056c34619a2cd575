import type { TemplateResult } from 'lit';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import { groupReviews } from '../../data/group-reviews.js';
import { renderConsensus } from './consensus.view.js';
import { renderDocument, type DocumentViewOptions } from './document.view.js';

/**
 * Every document of the input: a single fact-check as asked, or a round-up (several ClaimReviews
 * on one page) with the first as asked and the rest compact, each expandable by the reader.
 * Reviews of one claim by several fact-checkers show together, the claim once (`renderConsensus`),
 * where the first of them would have been.
 */
export function renderDocuments(
  documents: readonly ResolvedFactCheck[],
  options: Omit<DocumentViewOptions, 'toggle'> & { expanded: ReadonlySet<number>; onToggle: (index: number) => void },
): TemplateResult[] {
  const { expanded, onToggle, ...shared } = options;
  return groupReviews(documents).map(({ indices: [i = 0, ...others], documents: reviews }) => {
    const key = `fact-${i}`;
    if (others.length) return renderConsensus(reviews, { ...shared, key, layout: i === 0 ? shared.layout : 'compact' });
    const doc = reviews[0]!;
    if (i === 0) return renderDocument(doc, { ...shared, key });
    const isExpanded = expanded.has(i);
    return renderDocument(doc, { ...shared, key, layout: isExpanded ? 'full' : 'compact', toggle: { expanded: isExpanded, onToggle: () => onToggle(i) } });
  });
}
