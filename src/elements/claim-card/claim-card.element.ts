import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FactElement } from '../internal/fact-element.js';
import { readClaim, readVerdict } from '../../data/fact-check/read-parts.js';
import { readFactCheck } from '../../data/fact-check/read.js';
import type { Claim, FactCheck, Verdict } from '../../data/fact-check/schema.js';
import { hasErrors, type Problem } from '../../data/problems.js';
import { parseDate } from '../../data/dates.js';
import { verdictConclusion } from '../../data/ratings/conclusion.js';
import type { Rating } from '../../data/ratings/rating.js';
import { scalePosition } from '../../data/ratings/scale-position.js';
import { safeUrl } from '../../data/safe-url.js';
import { messagesFor, type Catalogue } from '../../i18n/messages.js';
import { baseStyles } from '../internal/base.styles.js';
import { a11yStyles } from '../internal/a11y.styles.js';
import { printStyles } from '../internal/print.styles.js';
import { defineElement } from '../internal/define.js';
import { defineDependencies, type Dependencies } from '../internal/dependencies.js';
import { resolveDirection, textLang } from '../internal/direction.js';
import { resolveLang } from '../internal/lang.js';
import { renderLink } from '../internal/link.js';
import { logProblemsOnce, renderInvalid } from '../internal/problems.js';
import { renderMessage } from '../internal/message.js';
import { renderDate } from '../internal/time.js';
import { claimCardStyles } from './claim-card.styles.js';
import { claimMediaStyles } from './claim-media.styles.js';
import { renderClaimMedia } from './claim-media.view.js';
import { RegistryController } from '../internal/registry-controller.js';
import { loadScalesFor } from '../internal/scales.js';
import { FactVerdictBadge } from '../verdict-badge/verdict-badge.element.js';

// The events' types (and, through them, typed `addEventListener('fact-…')` in this module's .d.ts).
export type * from '../internal/event-types.js';

type Appearance = NonNullable<Claim['appearances']>[number];

/** The host an appearance points at, for one that has a link but no title ("example.com"). */
function hostName(href: string | undefined): string | undefined {
  const url = safeUrl(href);
  return url ? new URL(url).hostname.replace(/^www\./, '') || undefined : undefined;
}

type TextLang = ReturnType<typeof textLang>;

/**
 * The claim being checked, shown as a quotation: who made it and who they are, when, where it
 * appeared, the circumstances, and the verdict as a `<fact-verdict-badge>`.
 *
 * When the publisher's scale is ordered, a small rail under the badge shows where the verdict sits
 * on it (part `scale`, "5 of 6 on the publisher's scale, from false to true"): the step of a known
 * publisher's scale (PolitiFact's six, Snopes' five, the Washington Post's Pinocchios; the
 * document's `publisher.name` picks among scales that share a label), else a whole-number
 * `verdict.score`. Satire, missing context, unproven and unrated verdicts get no rail.
 *
 * A publisher that does not rate (Full Fact, FactCheck.org) gets its conclusion in the verdict's
 * place, as a statement under a "Verdict:" label rather than a badge (part `conclusion`): when
 * the verdict resolves to no rating and its label reads as a sentence (five words or more, 40
 * characters or more, or a sentence's end), or it has no label and a `summary`, which is then the
 * conclusion. In a wide card the claim and the conclusion take a column each, as in Full Fact's box. Give it a whole
 * document through `data`, or just a `claim` and a `verdict` (the embed hands it its own parts,
 * which are not validated twice).
 *
 * The card is a `<figure>`: the quotation in a `<blockquote>`, everything about it in the
 * `<figcaption>`. The claim and every other string render as text, never as markup, and keep
 * their line breaks. Invalid input shows a short error state and is logged once to the console
 * with the path of each problem (`claim.text: is required`); nothing is ever thrown.
 *
 * @tagname fact-claim-card
 * @summary A claim as a quotation: claimant, date, where it appeared, context and verdict badge.
 *
 * @fires {CustomEvent<FactLinkDetail>} fact-link - The reader followed the claimant's or an appearance's link.
 *
 * @csspart base - The `<figure>` holding the whole card.
 * @csspart quote - The `<blockquote>` with the claim's text.
 * @csspart verdict - The row holding the verdict's badge, straight after the quotation: beside it
 *   in a card at least 30rem wide, under it in a narrower one (absent without a verdict).
 * @csspart attribution - The `<figcaption>`: the media, claimant, date, appearances and context
 *   (absent when there is nothing but the quotation and the verdict).
 * @csspart claimant - The line naming who made the claim, with their role.
 * @csspart date - The line saying when the claim was made.
 * @csspart media - For a claim about an image, video or recording (`claim.media`): its thumbnail
 *   (lazy, its box reserved from the media's `width` and `height`), its kind, and what the
 *   fact-checker found it to be ("Missing context", "Edited or cropped").
 * @csspart appearances - Where the claim appeared: a label and a list of places.
 * @csspart appearance - One place where the claim appeared: its title or link and its date.
 * @csspart context - The circumstances in which the claim was made (under a "Context" label).
 * @csspart scale - The rail of the publisher's ordered scale under the badge, one segment a step
 *   from the least to the most accurate, the verdict's taller and filled (absent for a verdict off
 *   any scale). It is an image named by its text.
 * @csspart conclusion - The conclusion of a publisher that does not rate, in the verdict's place.
 * @csspart badge - The `<fact-verdict-badge>` element.
 * @csspart badge__base - The badge's `base` part.
 * @csspart badge__icon - The badge's `icon` part.
 * @csspart badge__label - The badge's `label` part.
 * @csspart error - The error state shown for invalid input.
 *
 * @cssprop [--fact-muted-color=light-dark(#545d68, #aab3bd)] - Colour of secondary text: the claimant's role, dates, labels.
 * @cssprop [--fact-accent-color=light-dark(#0a58ca, #8ab4f8)] - Colour of links and of the rule beside the quotation.
 * @cssprop [--fact-quote-font=inherit] - Font of the quotation (the page's font).
 * @cssprop [--fact-space=1rem] - The base spacing unit; gaps are fractions of it.
 * @cssprop [--fact-verdict-font-size=1.25em] - Size of the verdict's badge beside the claim (inline badges keep `--fact-badge-font-size`).
 */
export class FactClaimCard extends FactElement {
  static override styles = [baseStyles, claimCardStyles, claimMediaStyles, printStyles, a11yStyles];

  // Reactive properties without decorators (each would cost the bundle a decorate call, and the
  // decorators their helpers); the fields below are `declare`d so no class field shadows Lit's accessors.
  static override properties: PropertyDeclarations = {
    claim: { attribute: false },
    verdict: { attribute: false },
    data: { attribute: false },
    documentLang: { attribute: 'document-lang' },
    publisher: {},
  };

  /**
   * The elements the card renders, by the tag it writes: registered under that tag, where it is
   * free, by `define()` and by the first card constructed (so `customElements.define('my-card',
   * FactClaimCard)` works too).
   */
  static dependencies: Dependencies = { 'fact-verdict-badge': FactVerdictBadge };

  /** Registers the element under `tag` (once; a repeat is harmless), and what it renders. */
  static define(tag = 'fact-claim-card', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
    defineDependencies(this, registry);
  }

  constructor() {
    super();
    // A new scale can change the verdict's rating, read once at the next update; new messages, the words.
    new RegistryController(this, (change) => {
      if (change === 'ratings') this.ratingsChanged = true;
      this.requestUpdate();
    });
    defineDependencies(this.constructor as typeof FactClaimCard);
  }

  /** The claim to show; ignored while `data` is set. */
  declare claim?: Claim;

  /** The verdict on the claim, shown as a badge; ignored while `data` is set. */
  declare verdict?: Verdict;

  /** A whole FactCheck document; when set, the claim and verdict are taken from it. */
  declare data?: FactCheck;

  /**
   * The language of the claim's text, names and verdict label (BCP 47), when it is not the page's:
   * they keep their own `lang` and direction while the card's words follow the page. `data.language` when absent.
   */
  declare documentLang?: string;

  /**
   * The fact-checker's name ("PolitiFact"), when `data` is not set: it picks the publisher's own
   * ordered scale for the rail when several scales share the verdict's label ("Mostly True").
   * `data.publisher.name` when `data` is set.
   */
  declare publisher?: string;

  /** What the last change of input resolved to; recomputed only when an input changes. */
  private shownClaim?: Claim;
  private shownVerdict?: Verdict & { rating: Rating };
  private shownLanguage?: string;
  /** The publisher's name, which picks its scale among those that share a label. */
  private shownPublisher?: string;
  /** The `lang` and `dir` of the document's own text, for this render. */
  private own: TextLang = { lang: undefined, dir: 'auto' };
  private problems: Problem[] = [];
  /** Set when a scale arrived or was registered: the resolved rating may be out of date. */
  private ratingsChanged = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.ratingsChanged || changed.has('data') || changed.has('claim') || changed.has('verdict') || changed.has('publisher')) {
      this.readInputs();
      loadScalesFor(this.shownVerdict?.label);
    }
  }

  private readInputs(): void {
    this.ratingsChanged = false;
    this.shownClaim = undefined;
    this.shownVerdict = undefined;
    this.shownLanguage = undefined;
    this.shownPublisher = this.publisher;
    this.problems = [];
    if (this.data != null) {
      const { document, problems } = readFactCheck(this.data);
      logProblemsOnce(this, this.data, problems);
      this.problems = problems;
      this.shownClaim = document?.claim;
      this.shownVerdict = document?.verdict;
      this.shownLanguage = document?.language;
      this.shownPublisher = document?.publisher?.name;
      return;
    }
    if (this.claim != null) {
      const { value, problems } = readClaim(this.claim);
      logProblemsOnce(this, this.claim, problems);
      this.problems.push(...problems);
      this.shownClaim = value;
    }
    if (this.verdict != null) {
      const { value, problems } = readVerdict(this.verdict);
      logProblemsOnce(this, this.verdict, problems);
      this.problems.push(...problems);
      this.shownVerdict = value;
    }
  }

  override render() {
    const lang = resolveLang(this);
    const messages = messagesFor(lang);
    if (hasErrors(this.problems)) return renderInvalid(messages, this.problems);
    const claim = this.shownClaim;
    if (!claim) return nothing;
    const verdict = this.shownVerdict;
    const documentLang = this.documentLang || this.shownLanguage;
    const own = (this.own = textLang(documentLang, lang));
    const dir = resolveDirection(this, lang);
    const caption = [
      renderClaimMedia(claim.media, messages, own),
      this.renderClaimant(claim, messages),
      this.renderMade(claim, lang, messages),
      this.renderAppearances(claim, lang, messages),
      claim.context?.trim()
        ? // Labelled, as "Where it appeared" is: unlabelled, it read as more of the quotation.
          html`<div class="context">
            <p class="label muted">${messages.stanceName({ stance: 'context' })}</p>
            <p part="context" class="context-text" lang=${own.lang ?? nothing} dir=${own.dir}>${claim.context}</p>
          </div>`
        : nothing,
    ].filter((piece) => piece !== nothing);
    // The verdict comes straight after the quotation, before who said it and where: a reader who
    // gives the card a few seconds must meet it (beside the quotation in a wide card, under it in
    // a narrow one). The caption stays the figure's last child, with everything else about the
    // quotation; the figure is named "Claim" so that its accessible name is not the whole caption.
    // The card runs in the interface's direction; the quotation's text, in its own.
    const conclusion = verdictConclusion(verdict);
    const cardClass = conclusion ? 'card has-verdict has-conclusion' : verdict ? 'card has-verdict' : 'card';
    return html`<figure part="base" class=${cardClass} aria-label=${messages.claimHeading} dir=${dir}>
      <blockquote part="quote" class="quote"><p class="quote-text" lang=${own.lang ?? nothing} dir=${own.dir}>${claim.text}</p></blockquote>
      ${
        conclusion
          ? html`<div part="verdict" class="verdict">
              <p class="label muted">${messages.verdictPrefix}</p>
              <p part="conclusion" class="conclusion" lang=${own.lang ?? nothing} dir=${own.dir}>${conclusion}</p>
            </div>`
          : verdict
            ? // Attributes, not properties: a server render writes them into the badge's tag, where its
              // colours (`:host([rating=…])`) and the no-JavaScript reader find them.
              html`<div part="verdict" class="verdict">
                <fact-verdict-badge
                  part="badge"
                  exportparts="base:badge__base,icon:badge__icon,label:badge__label"
                  label=${verdict.label ?? nothing}
                  label-lang=${documentLang || nothing}
                  lang=${lang}
                  dir=${dir}
                  rating=${verdict.rating}
                ></fact-verdict-badge>
                ${this.renderScale(verdict, messages)}
              </div>`
            : nothing
      }
      ${caption.length ? html`<figcaption part="attribution" class="attribution">${caption}</figcaption>` : nothing}
    </figure>`;
  }

  /**
   * The publisher's ordered scale as a rail, the verdict's step taller and filled: told by shape,
   * not colour alone, and named in words for assistive technology (the segments are drawing).
   */
  private renderScale(verdict: Verdict, messages: Catalogue): TemplateResult | typeof nothing {
    const position = scalePosition(verdict, this.shownPublisher);
    if (!position) return nothing;
    const { index, count } = position;
    return html`<div part="scale" class="scale" role="img" aria-label=${messages.scaleStep({ step: index + 1, count })}>
      ${Array.from({ length: count }, (_, i) => html`<span class=${i === index ? 'step here' : 'step'}></span>`)}
    </div>`;
  }

  private renderClaimant(claim: Claim, messages: Catalogue): TemplateResult | typeof nothing {
    const claimant = claim.claimant;
    if (!claimant) return nothing;
    const { lang, dir } = this.own;
    // A name is isolated (<bdi>, its direction from its own letters, as names are often foreign to
    // the document), so an English name in an Arabic sentence, or the reverse, keeps its order.
    const own = html`<bdi lang=${lang ?? nothing}>${claimant.name}</bdi>`;
    const name = html`<span class="claimant-name">${renderLink(claimant.url, own, { kind: 'claimant', messages })}</span>`;
    const role = claimant.description?.trim();
    if (!role) return html`<p part="claimant" class="claimant">${name}</p>`;
    const content = renderMessage(messages.claimantWithRole, {
      name,
      role: html`<bdi class="claimant-role muted" lang=${lang ?? nothing} dir=${dir}>${role}</bdi>`,
    });
    return html`<p part="claimant" class="claimant">${content}</p>`;
  }

  private renderMade(claim: Claim, lang: string, messages: Catalogue): TemplateResult | typeof nothing {
    const date = renderDate(claim.date, lang);
    if (date === nothing) return nothing;
    // "Said on 5 March 2024", but "Said in March 2024" and "Said in 2024".
    const precision = parseDate(claim.date)?.precision;
    const message = precision === 'month' || precision === 'year' ? messages.claimMadeIn : messages.claimMadeOn;
    return html`<p part="date" class="made muted">${renderMessage(message, { date })}</p>`;
  }

  private renderAppearances(claim: Claim, lang: string, messages: Catalogue): TemplateResult | typeof nothing {
    const items = (claim.appearances ?? []).map((a) => this.renderAppearance(a, lang, messages)).filter((a) => a !== nothing);
    if (items.length === 0) return nothing;
    return html`<div part="appearances" class="appearances">
      <p class="label muted" id="appearances-label">${messages.appearedIn}</p>
      <ul class="appearance-list" role="list" aria-labelledby="appearances-label">
        ${items}
      </ul>
    </div>`;
  }

  private renderAppearance(appearance: Appearance, lang: string, messages: Catalogue): TemplateResult | typeof nothing {
    // Without a title, the host the link goes to is the most a reader can be told; without either,
    // a bare date says nothing about where, so the appearance is left out.
    const own = appearance.title?.trim();
    // A title takes its direction from its own letters: a page it names may be in another language.
    const title = own ? html`<span lang=${this.own.lang ?? nothing} dir="auto">${own}</span>` : hostName(appearance.url);
    if (!title) return nothing;
    const date = renderDate(appearance.date, lang);
    return html`<li part="appearance" class="appearance">
      <span class="appearance-title">${renderLink(appearance.url, title, { kind: 'appearance', messages })}</span>
      ${date === nothing ? nothing : html`<span class="appearance-date label muted">${date}</span>`}
    </li>`;
  }
}
