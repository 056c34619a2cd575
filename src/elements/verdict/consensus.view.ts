import { html, nothing, type TemplateResult } from 'lit';
import { compactClaim } from '../../data/fact-check/compact.js';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import { reviewAgreement } from '../../data/group-reviews.js';
import { safeUrl } from '../../data/safe-url.js';
import type { Catalogue } from '../../i18n/messages.js';
import { adoptStyles } from '../internal/adopt-styles.js';
import { textLang, type Direction } from '../internal/direction.js';
import { renderHeading, type HeadingLevel } from '../internal/heading.js';
import { renderLink } from '../internal/link.js';
import { renderMessage } from '../internal/message.js';
import { renderDate } from '../internal/time.js';
import type { VerdictLayout } from './document.view.js';
import { CLAIM_PARTS } from './document.view.js';
import { consensusStyles } from './consensus.styles.js';

export interface ConsensusViewOptions {
  messages: Catalogue;
  lang: string;
  dir: Direction;
  /** `full` shows the claim with where it appeared; `compact`, its words and who said them. */
  layout: VerdictLayout;
  /** The level of the "N fact-checkers" heading; each fact-checker's name takes the next. */
  level: HeadingLevel;
  /** Prefix of the ids inside this article, unique within the embed's shadow root. */
  key: string;
}

/** Marks beside the words saying whether they agree; decorative, the words say it. */
const MARKS = { same: '=', similar: '≈', differ: '≠' } as const;

/**
 * Several fact-checkers' reviews of one claim (a group from `groupReviews`, two or more): the
 * claim once, "2 fact-checkers: False · Mostly false" with each verdict as a badge, whether they
 * agree, then each fact-checker with its verdict in its own words, its date and a link to its
 * fact-check. The claim shown is the first review's.
 */
export function renderConsensus(reviews: readonly ResolvedFactCheck[], { messages, lang, dir, layout, level, key }: ConsensusViewOptions): TemplateResult {
  const first = reviews[0]!;
  const nameId = `${key}-name`;
  const countId = `${key}-count`;
  const itemLevel = Math.min(level + 1, 6) as HeadingLevel;
  const agreement = reviewAgreement(reviews.map((review) => review.verdict.rating));
  const claimLang = textLang(first.language, lang);
  const badge = (review: ResolvedFactCheck, part: string) =>
    // Attributes, not properties, as in the claim card: a server render writes them into the tag.
    html`<fact-verdict-badge
      part=${part}
      label=${review.verdict.label ?? nothing}
      label-lang=${review.language ?? nothing}
      rating=${review.verdict.rating}
      dir=${dir}
    ></fact-verdict-badge>`;
  // Its rules arrive with it (the CDN's round-up chunk), not with every embed.
  return html`<article part="base" class="embed consensus ${layout}" dir=${dir} aria-labelledby=${nameId} ${adoptStyles(consensusStyles)}>
    <header part="header" class="header">
      <p part="kicker" class="kicker">${messages.factCheckKicker}</p>
      <span id=${nameId} hidden lang=${claimLang.lang ?? nothing}>${first.claim.text}</span>
    </header>
    <fact-claim-card
      part="claim"
      exportparts=${CLAIM_PARTS}
      dir=${dir}
      document-lang=${first.language ?? nothing}
      .claim=${layout === 'full' ? first.claim : compactClaim(first.claim)}
    ></fact-claim-card>
    <section part="consensus" class="consensus-box" data-agreement=${agreement} aria-labelledby=${countId}>
      <div class="consensus-line">
        ${renderHeading(level, messages.factCheckerCount({ count: reviews.length }), { id: countId, part: 'consensus-heading', className: 'consensus-heading' })}
        <p part="consensus-verdicts" class="consensus-verdicts">
          ${reviews.map((review, i) => html`${i > 0 ? html`<span class="separator" aria-hidden="true"> · </span>` : nothing}${badge(review, 'consensus-badge')}`)}
        </p>
      </div>
      ${
        agreement === 'unknown'
          ? nothing
          : html`<p part="consensus-agreement" class="agreement">
            <span class="agreement-mark" aria-hidden="true">${MARKS[agreement]}</span>
            ${agreement === 'same' ? messages.verdictsAgree : agreement === 'similar' ? messages.verdictsSimilar : messages.verdictsDiffer}
          </p>`
      }
      <ul part="fact-checkers" class="fact-checkers" role="list" aria-labelledby=${countId}>
        ${reviews.map((review) => renderFactChecker(review, { messages, lang, level: itemLevel, badge: badge(review, 'fact-checker-badge') }))}
      </ul>
    </section>
  </article>`;
}

/** Who checked it, by name: the publisher, else the host of its fact-check, else its headline. */
function checkerName(review: ResolvedFactCheck, messages: Catalogue): string {
  if (review.publisher?.name) return review.publisher.name;
  const url = safeUrl(review.url);
  if (url) return new URL(url).hostname.replace(/^www\./, '');
  return review.headline ?? messages.factCheckKicker;
}

function renderFactChecker(
  review: ResolvedFactCheck,
  { messages, lang, level, badge }: { messages: Catalogue; lang: string; level: HeadingLevel; badge: TemplateResult },
): TemplateResult {
  const own = textLang(review.language, lang);
  const name = () => html`<bdi lang=${own.lang ?? nothing}>${checkerName(review, messages)}</bdi>`;
  const date = renderDate(review.datePublished, lang);
  return html`<li part="fact-checker" class="fact-checker">
    ${renderHeading(level, name(), { part: 'fact-checker-name', className: 'fact-checker-name' })}
    <div class="fact-checker-verdict">${badge}</div>
    ${review.headline ? html`<p class="fact-checker-headline" lang=${own.lang ?? nothing} dir=${own.dir}>${review.headline}</p>` : nothing}
    ${review.verdict.summary ? html`<p class="fact-checker-summary" lang=${own.lang ?? nothing} dir=${own.dir}>${review.verdict.summary}</p>` : nothing}
    ${date === nothing ? nothing : html`<p class="fact-checker-date">${renderMessage(messages.publishedOn, { date })}</p>`}
    ${
      safeUrl(review.url)
        ? html`<p class="fact-checker-link">
          ${renderLink(review.url, renderMessage(messages.readFactCheckBy, { name: name() }), { kind: 'fact-check', messages, part: 'fact-checker-link' })}
        </p>`
        : nothing
    }
  </li>`;
}
