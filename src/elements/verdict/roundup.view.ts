import { nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import { groupReviews } from '../../data/group-reviews.js';
import { renderConsensus } from './consensus.view.js';
import { renderDocument, type DocumentViewOptions } from './document.view.js';

/**
 * Draws what `draw` gives for whether the page is being printed, and again when that changes: on
 * paper a round-up shows every document in full, since no one can press "Show the whole
 * fact-check" there. It listens to `matchMedia('print')` only while its part of the page is
 * connected (this chunk is a round-up's alone, so a single embed carries none of it).
 */
class WhilePrinting extends AsyncDirective {
  #print?: MediaQueryList;
  #draw?: (printing: boolean) => unknown;
  #onChange = () => this.setValue(this.#draw?.(this.#printing()) ?? nothing);

  #printing(): boolean {
    return this.#print?.matches ?? false;
  }

  render(draw: (printing: boolean) => unknown): unknown {
    this.#draw = draw;
    if (!this.#print && this.isConnected) this.reconnected();
    return draw(this.#printing());
  }

  protected override disconnected(): void {
    this.#print?.removeEventListener('change', this.#onChange);
    this.#print = undefined;
  }

  protected override reconnected(): void {
    this.#print = globalThis.matchMedia?.('print');
    this.#print?.addEventListener('change', this.#onChange);
  }
}
const whilePrinting = directive(WhilePrinting);

/**
 * Every document of the input: a single fact-check as asked, or a round-up (several ClaimReviews
 * on one page) with the first as asked and the rest compact, each expandable by the reader (and
 * all in full when printed).
 * Reviews of one claim by several fact-checkers show together, the claim once (`renderConsensus`),
 * where the first of them would have been.
 */
export function renderDocuments(
  documents: readonly ResolvedFactCheck[],
  options: Omit<DocumentViewOptions, 'toggle'> & { expanded: ReadonlySet<number>; onToggle: (index: number) => void },
): (TemplateResult | DirectiveResult)[] {
  const { expanded, onToggle, ...shared } = options;
  return groupReviews(documents).map(({ indices: [i = 0, ...others], documents: reviews }) => {
    const key = `fact-${i}`;
    if (others.length) {
      return i === 0
        ? renderConsensus(reviews, { ...shared, key })
        : whilePrinting((printing) => renderConsensus(reviews, { ...shared, key, layout: printing ? shared.layout : 'compact' }));
    }
    const doc = reviews[0]!;
    if (i === 0) return renderDocument(doc, { ...shared, key });
    return whilePrinting((printing) => {
      const isExpanded = printing || expanded.has(i);
      return renderDocument(doc, { ...shared, key, layout: isExpanded ? 'full' : 'compact', toggle: { expanded: isExpanded, onToggle: () => onToggle(i) } });
    });
  });
}
