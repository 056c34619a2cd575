import { html, nothing, type TemplateResult } from 'lit';
import { compactClaim } from '../../data/fact-check/compact.js';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import { verdictConclusion } from '../../data/ratings/conclusion.js';
import type { Catalogue } from '../../i18n/messages.js';
import { textLang, type Direction } from '../internal/direction.js';
import { renderHeading, type HeadingLevel } from '../internal/heading.js';
import { renderAttribution } from './attribution.view.js';
import { timelineEvents } from './timeline-events.js';

export type VerdictLayout = 'full' | 'compact';

/** Re-exposes a child's parts as `prefix__part`, so publishers style them through the embed. */
const exportParts = (prefix: string, parts: string[]) => parts.map((part) => `${part}:${prefix}__${part}`).join(', ');
export const CLAIM_PARTS = exportParts('claim', [
  'base',
  'quote',
  'verdict',
  'attribution',
  'claimant',
  'date',
  'media',
  'appearances',
  'appearance',
  'context',
  'scale',
  'conclusion',
  'badge',
  'badge__base',
  'badge__icon',
  'badge__label',
]);
const EVIDENCE_PARTS = exportParts('evidence', ['heading', 'list', 'item', 'link', 'meta', 'archive-link', 'stance', 'quote', 'toggle']);
const TIMELINE_PARTS = exportParts('timeline', [
  'heading',
  'scroller',
  'list',
  'event',
  'event-highlight',
  'date',
  'key-event',
  'title',
  'link',
  'description',
]);

export interface DocumentViewOptions {
  messages: Catalogue;
  lang: string;
  /** The interface's direction (see `resolveDirection`); the document's own text runs in its own. */
  dir: Direction;
  layout: VerdictLayout;
  /** The headline's level; sections use the next, or this one when there is no headline. */
  level: HeadingLevel;
  /** Prefix of the ids inside this document's article, unique within the embed's shadow root. */
  key?: string;
  /** In a round-up, the button that shows this document in full or compact again. */
  toggle?: { expanded: boolean; onToggle: () => void };
  /** Offer a share control beside the link to the fact-check (the embed's `share`). */
  share?: boolean;
}

/** One fact-check: kicker and headline, the claim card with the verdict, why, evidence, timeline, attribution. */
export function renderDocument(
  doc: ResolvedFactCheck,
  { messages, lang, dir, layout, level, toggle, share, key = 'fact' }: DocumentViewOptions,
): TemplateResult {
  // Without a headline the sections take its level: an <h3> under no <h2> would be an orphan.
  const sectionLevel = (doc.headline ? Math.min(level + 1, 6) : level) as HeadingLevel;
  // Each article is named by its headline, or else by its claim, so a round-up's articles (and
  // their buttons) are told apart; the claim is in the card's shadow root, out of reach of an id.
  const nameId = doc.headline ? `${key}-headline` : `${key}-name`;
  const full = layout === 'full';
  const claim = full ? doc.claim : compactClaim(doc.claim);
  const own = textLang(doc.language, lang);
  // The parts are told the interface's language and direction and the document's language as
  // attributes, which a server render writes into their tags (where they cannot see this article's).
  const documentLang = doc.language ?? nothing;
  // The why, then what holds up and what does not (Snopes' "What's true / What's false"): each a
  // short block under its own heading, in the document's language. The compact layout keeps the why alone.
  // The publisher's name picks its own scale among those sharing a label (the card's scale rail);
  // a publisher that does not rate has its summary shown as the conclusion, in the verdict's place,
  // and not a second time under "Why".
  const summaryIsConclusion = !!doc.verdict.summary && verdictConclusion(doc.verdict) === doc.verdict.summary.trim();
  const renderBlock = (text: string | undefined, part: string, heading: string) =>
    text
      ? html`<section part=${part} class=${part}>
          ${renderHeading(sectionLevel, heading, { className: 'section-heading' })}
          <p lang=${own.lang ?? nothing} dir=${own.dir}>${text}</p>
        </section>`
      : nothing;
  return html`<article part="base" class="embed ${layout}" dir=${dir} aria-labelledby=${nameId}>
    <header part="header" class="header">
      <p part="kicker" class="kicker">${messages.factCheckKicker}</p>
      ${
        doc.headline
          ? renderHeading(level, html`<span lang=${own.lang ?? nothing} dir=${own.dir}>${doc.headline}</span>`, {
              id: nameId,
              part: 'headline',
              className: 'headline',
            })
          : html`<span id=${nameId} hidden lang=${own.lang ?? nothing}>${doc.claim.text}</span>`
      }
    </header>
    <fact-claim-card
      part="claim"
      exportparts=${CLAIM_PARTS}
      lang=${lang}
      dir=${dir}
      document-lang=${documentLang}
      publisher=${doc.publisher?.name ?? nothing}
      .claim=${claim}
      .verdict=${doc.verdict}
    ></fact-claim-card>
    ${summaryIsConclusion ? nothing : renderBlock(doc.verdict.summary, 'summary', messages.summaryHeading)}
    ${full ? renderBlock(doc.verdict.whatsTrue, 'whats-true', messages.whatsTrueHeading) : nothing}
    ${full ? renderBlock(doc.verdict.whatsFalse, 'whats-false', messages.whatsFalseHeading) : nothing}
    ${
      full && doc.evidence?.length
        ? html`<fact-evidence-list part="evidence" exportparts=${EVIDENCE_PARTS} lang=${lang} dir=${dir} document-lang=${documentLang} heading-level=${sectionLevel} .evidence=${doc.evidence}></fact-evidence-list>`
        : nothing
    }
    ${
      full && doc.timeline?.length
        ? html`<fact-timeline part="timeline" exportparts=${TIMELINE_PARTS} lang=${lang} dir=${dir} document-lang=${documentLang} heading-level=${sectionLevel} subject=${doc.headline ?? doc.claim.text} .events=${timelineEvents(doc, messages)}></fact-timeline>`
        : nothing
    }
    ${renderAttribution(doc, messages, lang, full, share)}
    ${
      toggle
        ? // Named by its words and the article's name: "Show the whole fact-check" alone, repeated
          // down a round-up, would not say which.
          html`<button
            part="expand-button"
            class="expand"
            type="button"
            id=${`${key}-toggle`}
            aria-labelledby=${`${key}-toggle ${nameId}`}
            aria-expanded=${toggle.expanded ? 'true' : 'false'}
            @click=${toggle.onToggle}
          >
          ${toggle.expanded ? messages.collapseFactCheck : messages.expandFactCheck}
        </button>`
        : nothing
    }
  </article>`;
}
