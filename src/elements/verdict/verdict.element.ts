// The whole data layer, with every rating scale and the ClaimReview importer registered at import,
// so that any input reads synchronously (in the browser and on the server alike).
import { readDocumentsSync } from '../../data/index.js';
import { defineDependencies, type Dependencies } from '../internal/dependencies.js';
import { FactClaimCard } from '../claim-card/claim-card.element.js';
import { FactEvidenceList } from '../evidence-list/evidence-list.element.js';
import { FactTimeline } from '../timeline/timeline.element.js';
import { FactVerdictBadge } from '../verdict-badge/verdict-badge.element.js';
import { baseStyles } from '../internal/base.styles.js';
import { a11yStyles } from '../internal/a11y.styles.js';
import { atHand } from './kit.js';
import { renderDocuments } from './roundup.view.js';
import { FactVerdictBase } from './verdict.base.js';
import { verdictImplementation } from './verdict.core.js';
import { verdictBoxStyles } from './verdict-box.styles.js';
import { verdictStyles } from './verdict.styles.js';
import { shareStyles } from './share.view.js';
import { consensusStyles } from './consensus.styles.js';

export type { ClaimReviewJson, FactVerdictData, VerdictLayout, VerdictLoading, VerdictState, VerdictTheme } from './verdict.base.js';
export type * from '../internal/event-types.js';
export { DEFAULT_TIMEOUT } from './timing.js';
export { MAX_DOCUMENT_BYTES } from './request.js';

/** The npm build has the reader at hand: documents are read synchronously, in the element's update. */
const implementation = atHand(verdictImplementation({ read: readDocumentsSync, render: renderDocuments }));

/**
 * The fact-check embed: the claim and who made it, the verdict, why, the evidence, a timeline and
 * the attribution a fact-check owes its reader, in the publisher's look.
 *
 * Feed it one of three ways: the `data` property, a `src` URL, or an inline
 * `<script type="application/json">` child printed by a CMS (read even when it arrives after the
 * element). Other light-DOM children are the fallback shown before the element upgrades, wherever
 * JavaScript never runs (a link to the fact-check with the verdict in words), and in every state
 * but `ready`: beside the placeholder while loading, under the message when loading fails.
 *
 * Every input ends in `ready` or `error`: a `src` has {@link FactVerdict.timeout} to arrive and
 * may be at most 2 MiB; an embed with no input at all says so a second after the page is parsed.
 *
 * @tagname fact-verdict
 * @summary A complete fact-check embed for articles: claim, verdict, evidence, timeline.
 *
 * @attribute lang - The language of interface strings and dates (BCP 47); the nearest ancestor's when absent.
 *
 * @slot - Fallback content for readers without JavaScript; shown whenever the embed is not `ready`.
 *
 * @fires {CustomEvent<FactLoadDetail>} fact-load - A document was rendered (once per document, whichever way it came).
 * @fires {CustomEvent<FactErrorDetail>} fact-error - The document could not be shown; `detail.reason` says why (`network`, `http`, `timeout`, `too-large`, `parse`, `invalid`).
 * @fires {CustomEvent<FactRetryDetail>} fact-retry - The reader asked to load a failed `src` again.
 * @fires {CustomEvent<FactLinkDetail>} fact-link - The reader followed a link (bubbles out of the parts).
 * @fires {CustomEvent<FactSourcesToggleDetail>} fact-sources-toggle - The reader expanded or collapsed the sources.
 *
 * @csspart base - The embed's box.
 * @csspart header - The kicker and headline.
 * @csspart kicker - The "Fact-check" label above the headline.
 * @csspart headline - The fact-check's headline.
 * @csspart claim - The claim card (`<fact-claim-card>`); its own parts are exported as `claim__*`.
 * @csspart summary - Why the verdict is what it is.
 * @csspart whats-true - What in the claim holds up (`verdict.whatsTrue`), after the why; not in the compact layout.
 * @csspart whats-false - What in the claim does not hold up (`verdict.whatsFalse`), after that; not in the compact layout.
 * @csspart evidence - The evidence list (`<fact-evidence-list>`); its own parts as `evidence__*`.
 * @csspart timeline - The timeline (`<fact-timeline>`); its own parts as `timeline__*`.
 * @csspart attribution - Publisher, authors, dates and corrections.
 * @csspart publisher-logo - The publisher's logo image.
 * @csspart corrections - The list of corrections.
 * @csspart full-link - The link to the full fact-check.
 * @csspart share - With `share`: the button that shares the fact-check's link, or copies it.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart retry-button - The button that tries a failed load again.
 * @csspart expand-button - In a round-up of several fact-checks, the button that shows one in full.
 * @csspart consensus - Several fact-checkers' reviews of one claim, shown together: the count, their verdicts, whether they agree, and each checker. Its `data-agreement` is `same`, `similar`, `differ` or `unknown`.
 * @csspart consensus-heading - The heading before their verdicts ("2 fact-checkers:").
 * @csspart consensus-verdicts - Their verdicts in one line.
 * @csspart consensus-badge - Each verdict in that line (a `<fact-verdict-badge>`).
 * @csspart consensus-agreement - Whether they agree, in words.
 * @csspart fact-checkers - The list of fact-checkers who reviewed the claim.
 * @csspart fact-checker - One of them: its name, verdict, headline, date and link.
 * @csspart fact-checker-name - Its name (a heading, one level under the count's).
 * @csspart fact-checker-badge - Its verdict in its own words (a `<fact-verdict-badge>`).
 * @csspart fact-checker-link - The link to its fact-check.
 *
 * @cssprop [--fact-surface-color=light-dark(#ffffff, #1b1d21)] - Background of the embed.
 * @cssprop [--fact-text-color=light-dark(#1f2328, #e8eaed)] - Text colour on that background.
 * @cssprop [--fact-muted-color=light-dark(#545d68, #aab3bd)] - Secondary text (dates, bylines).
 * @cssprop [--fact-accent-color=light-dark(#0a58ca, #8ab4f8)] - Links, focus rings and the kicker.
 * @cssprop [--fact-border-color=light-dark(#868e96, #737b85)] - The embed's border and hairlines.
 * @cssprop [--fact-subtle-color=light-dark(#f3f4f6, #26292e)] - Tinted backgrounds (the loading placeholder).
 * @cssprop [--fact-radius=0.5rem] - Corner radius.
 * @cssprop [--fact-space=1rem] - The unit of spacing.
 * @cssprop [--fact-max-width=42rem] - The widest the embed grows.
 * @cssprop [--fact-loading-min-height=16rem] - Space reserved while loading, so the article does not jump.
 */
export class FactVerdict extends FactVerdictBase {
  // The round-up's sheet last, where the CDN build's round-up views adopt it when they arrive
  // (`adopt-styles.ts`); listed here too, so that a server render carries it.
  static override styles = [baseStyles, verdictBoxStyles, verdictStyles, shareStyles, a11yStyles, consensusStyles];
  static override implementation = implementation;

  /** The parts a document is drawn with, registered under these tags where they are free. */
  static dependencies: Dependencies = {
    'fact-claim-card': FactClaimCard,
    'fact-evidence-list': FactEvidenceList,
    'fact-timeline': FactTimeline,
    'fact-verdict-badge': FactVerdictBadge,
  };

  /** Registers the element under `tag` (once; a repeat is harmless), and the parts it draws with. */
  static override define(tag = 'fact-verdict', registry?: CustomElementRegistry): void {
    super.define(tag, registry);
    defineDependencies(this, registry);
  }

  constructor() {
    super();
    defineDependencies(this.constructor as typeof FactVerdict);
  }
}
