import { html, nothing, type TemplateResult } from 'lit';
import { compactClaim } from '../../data/fact-check/compact.js';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import type { Catalogue } from '../../i18n/messages.js';
import { renderHeading, type HeadingLevel } from '../internal/heading.js';
import { renderAttribution } from './attribution.view.js';

export type VerdictLayout = 'full' | 'compact';

/** Re-exposes a child's parts as `prefix__part`, so publishers style them through the embed. */
const exportParts = (prefix: string, parts: string[]) => parts.map((part) => `${part}:${prefix}__${part}`).join(', ');
const CLAIM_PARTS = exportParts('claim', ['base', 'quote', 'attribution', 'appearances', 'context', 'badge', 'badge__base', 'badge__icon', 'badge__label']);
const EVIDENCE_PARTS = exportParts('evidence', ['heading', 'list', 'item', 'link', 'meta', 'stance', 'quote', 'toggle']);
const TIMELINE_PARTS = exportParts('timeline', ['heading', 'scroller', 'list', 'event', 'event-highlight', 'date', 'key-event', 'link', 'description']);

export interface DocumentViewOptions {
  messages: Catalogue;
  lang: string;
  layout: VerdictLayout;
  /** The headline's level; sections use the next. */
  level: HeadingLevel;
  /** In a round-up, the button that shows this document in full or compact again. */
  toggle?: { expanded: boolean; onToggle: () => void };
}

/** One fact-check: kicker and headline, the claim card with the verdict, why, evidence, timeline, attribution. */
export function renderDocument(doc: ResolvedFactCheck, { messages, lang, layout, level, toggle }: DocumentViewOptions): TemplateResult {
  const sectionLevel = Math.min(level + 1, 6) as HeadingLevel;
  const full = layout === 'full';
  const claim = full ? doc.claim : compactClaim(doc.claim);
  return html`<article part="base" class="embed ${layout}">
    <header part="header" class="header">
      <p part="kicker" class="kicker">${messages.factCheckKicker}</p>
      ${doc.headline ? renderHeading(level, doc.headline, { part: 'headline', className: 'headline' }) : nothing}
    </header>
    <fact-claim-card part="claim" exportparts=${CLAIM_PARTS} .claim=${claim} .verdict=${doc.verdict}></fact-claim-card>
    ${
      doc.verdict.summary
        ? html`<section part="summary" class="summary">
          ${renderHeading(sectionLevel, messages.summaryHeading, { className: 'section-heading' })}
          <p>${doc.verdict.summary}</p>
        </section>`
        : nothing
    }
    ${
      full && doc.evidence?.length
        ? html`<fact-evidence-list part="evidence" exportparts=${EVIDENCE_PARTS} heading-level=${sectionLevel} .evidence=${doc.evidence}></fact-evidence-list>`
        : nothing
    }
    ${
      full && doc.timeline?.length
        ? html`<fact-timeline part="timeline" exportparts=${TIMELINE_PARTS} heading-level=${sectionLevel} .events=${doc.timeline}></fact-timeline>`
        : nothing
    }
    ${renderAttribution(doc, messages, lang, full)}
    ${
      toggle
        ? html`<button part="expand-button" class="expand" type="button" aria-expanded=${toggle.expanded ? 'true' : 'false'} @click=${toggle.onToggle}>
          ${toggle.expanded ? messages.collapseFactCheck : messages.expandFactCheck}
        </button>`
        : nothing
    }
  </article>`;
}
