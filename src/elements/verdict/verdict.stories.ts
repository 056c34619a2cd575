import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import canonical from '../../../examples/fip-csto-putin-2024.json';
import harborLine from '../../../examples/harbor-line-ridership.json';
import schoolFunding from '../../../examples/school-funding-chart.json';
import windPower from '../../../examples/wind-power-winter.json';
import { seoGraph } from '../../data/claim-review/fixtures/graph.js';
import { roundup } from '../../data/claim-review/fixtures/roundup.js';
import { disagreeingCheckers, threeReviewsTwoClaims } from '../../data/claim-review/fixtures/several-checkers.js';
import { singleClaimReview } from '../../data/claim-review/fixtures/single.js';
import { toolsApiResult } from '../../data/claim-review/fixtures/tools-api.js';
import { arabicFactCheck, hebrewFactCheck } from './fixtures/rtl-documents.js';
import { FAILING_SRC, failSomeFetches } from '../../../stories/helpers/failing-fetch.js';
import { PENDING_SRC, holdPendingSrc } from '../../../stories/helpers/pending-fetch.js';
import { showProblems } from '../../../stories/helpers/show-problems.js';
import { spread } from '../../../stories/helpers/spread.js';
import { photoFactCheck } from '../../../stories/helpers/media-example.js';
// The registration module, exactly as the package's `fact-verdict/fact-verdict.js` entry: it
// registers the embed and the parts it composes.
import './fact-verdict.js';
import { lazy } from './kit.js';
import { FactVerdictBase } from './verdict.base.js';

/** The fallback a CMS prints inside the tag: one link, with the verdict in words. */
const fallback = html`<a href="https://factcheck.example/csto-putin">Fact check: Putin’s claim about Armenia and the CSTO is False</a>`;

/** The example documents, served beside the catalogue (`fact-checks/`), for the `src` stories. */
const exampleUrl = (name: string) => `fact-checks/${name}.json`;

const meta = {
  title: 'Elements/fact-verdict',
  component: 'fact-verdict',
  tags: ['autodocs'],
  render: (args) => html`<fact-verdict ${spread(args)}>${fallback}</fact-verdict>`,
  // `state` is the element's output (reflected for CSS); the stories below show each one.
  argTypes: { state: { control: false } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The canonical example through `data`. Every attribute, property and `--fact-*` token is a control. */
export const Playground: Story = {
  args: { data: canonical },
};

// ---- The example documents -------------------------------------------------------------------

/** The canonical example: the Fact Investigation Platform's check of Vladimir Putin's remarks of 28 November 2024. */
export const CanonicalExample: Story = {
  args: { data: canonical },
};

/** 32 sources (collapsed after five), a period in the timeline, authors, a logo, a correction. */
export const HarborLineRidership: Story = {
  args: { data: harborLine },
};

/** A `misleading` verdict ("Missing context") and no timeline: that section is simply absent. */
export const SchoolFundingChart: Story = {
  args: { data: schoolFunding },
};

/** A very long claim, a date range and a highlighted event. */
export const WindPowerWinter: Story = {
  args: { data: windPower },
};

// ---- layout ----------------------------------------------------------------------------------

/** `layout="full"` (the default): claim, why, evidence, timeline and attribution. */
export const FullLayout: Story = {
  args: { data: harborLine, layout: 'full' },
};

/** `layout="compact"`: the claim, the verdict, why, and the link to the full fact-check only. */
export const CompactLayout: Story = {
  args: { data: harborLine, layout: 'compact' },
};

// ---- theme -----------------------------------------------------------------------------------

/** `theme="light"`, forced even on a page that declares `color-scheme: dark`. */
export const LightTheme: Story = {
  args: { data: canonical, theme: 'light' },
  render: (args) => html`<div style="color-scheme: dark; background: #0d1117; color: #e6edf3; padding: 1rem">
    <fact-verdict ${spread(args)}>${fallback}</fact-verdict>
  </div>`,
};

/** `theme="dark"`, forced on a light page. */
export const DarkTheme: Story = {
  args: { data: canonical, theme: 'dark' },
};

/** `theme="auto"` (the default) follows the `color-scheme` the page declares; here a dark one. */
export const AutoThemeOnADarkPage: Story = {
  args: { data: canonical, theme: 'auto' },
  render: (args) => html`<div style="color-scheme: dark; background: #0d1117; color: #e6edf3; padding: 1rem">
    <fact-verdict ${spread(args)}>${fallback}</fact-verdict>
  </div>`,
};

// ---- heading-level, lang, direction ------------------------------------------------------------

/** `heading-level="3"`: the headline is an `<h3>` and its sections `<h4>`, under the article's `<h2>`. */
export const HeadingLevel: Story = {
  args: { data: canonical, 'heading-level': 3 },
  render: (args) => html`<h2>Reactions to the CSTO summit</h2>
    <fact-verdict ${spread(args)}>${fallback}</fact-verdict>`,
};

/** Right to left: `dir="rtl"` on an ancestor mirrors the layout (logical CSS properties throughout). */
export const RightToLeft: Story = {
  args: { data: canonical },
  render: (args) => html`<div dir="rtl"><fact-verdict ${spread(args)}>${fallback}</fact-verdict></div>`,
};

/**
 * An Arabic fact-check on an Arabic page. The page sets only `lang="ar"`, no `dir`: the interface
 * language decides, and the whole embed mirrors (the claim's rule on the right, the timeline running
 * from the right). The Latin-script name inside the claim (UNICEF) keeps its own order.
 */
export const Arabic: Story = {
  args: { data: arabicFactCheck },
  render: (args) => html`<div lang="ar">
    <fact-verdict ${spread(args)}><a href=${arabicFactCheck.url}>تحقق: رسالة الماء الساخن المنسوبة إلى UNICEF زائفة</a></fact-verdict>
  </div>`,
};

/** A Hebrew fact-check on a Hebrew page (`lang="he"`, no `dir`): mirrored as Arabic is. */
export const Hebrew: Story = {
  args: { data: hebrewFactCheck },
  render: (args) => html`<div lang="he">
    <fact-verdict ${spread(args)}><a href=${hebrewFactCheck.url}>בדיקה: מים חמים עם לימון אינם הורגים תאים סרטניים</a></fact-verdict>
  </div>`,
};

// ---- Where the data comes from ---------------------------------------------------------------

/** `src`: the document is fetched (without cookies). `loading="lazy"` (the default) waits until the embed nears the viewport. */
export const FromSrc: Story = {
  args: { src: exampleUrl('fip-csto-putin-2024') },
};

/** `loading="eager"`: fetch at once, wherever the embed is on the page. */
export const EagerLoading: Story = {
  args: { src: exampleUrl('wind-power-winter'), loading: 'eager' },
};

/**
 * Inline JSON, as a CMS prints it: a `<script type="application/json">` child, no script glue on
 * the page. (Escape `</` as `<\/` inside it.)
 */
export const InlineJson: Story = {
  render: () => html`<fact-verdict>
    ${fallback}
    <script type="application/json">${JSON.stringify(schoolFunding)}</script>
  </fact-verdict>`,
};

/** The ClaimReview JSON-LD a page already prints for search engines works as inline data too. */
export const InlineClaimReviewJsonLd: Story = {
  render: () => html`<fact-verdict>
    <a href="https://factdesk.example.org/checks/2024/bridge-closure">Fact check: the river bridge will not close for five years</a>
    <script type="application/ld+json">${JSON.stringify(singleClaimReview)}</script>
  </fact-verdict>`,
};

/**
 * A fact-check of a photo shared out of context (`claim.media`, as a MediaReview reads): the
 * claim card shows the thumbnail, "Image · Missing context" and where it was posted. The compact
 * layout leaves the media out, as it leaves out everything but the claim's words and who said them.
 */
export const ImageClaim: Story = {
  render: (args) => html`<fact-verdict ${spread(args)} .data=${photoFactCheck()}>${fallback}</fact-verdict>`,
};

// ---- state: loading, error -------------------------------------------------------------------

/**
 * `state="loading"`: a `src` that has not answered yet. The placeholder reserves space so the
 * article does not jump, and the publisher's fallback link stays readable inside it. (This story
 * waits a day; by default an embed gives up after 10 seconds, see `TimedOut`.)
 */
export const Loading: Story = {
  args: { src: PENDING_SRC, loading: 'eager', timeout: 86_400_000 },
  beforeEach: () => holdPendingSrc(),
};

/** `state="error"`, reason `timeout`: nothing arrived within `timeout` (here 1.5 s; 10 s by default). A retry button, and the fallback. */
export const TimedOut: Story = {
  args: { src: PENDING_SRC, loading: 'eager', timeout: 1500 },
  beforeEach: () => holdPendingSrc(),
};

/**
 * `state="error"`, reason `http`: this `src` answers 404. The server is at fault, so the reader is
 * not told to check the connection. A retry button (`fact-retry`), and the fallback below.
 */
export const NotFound: Story = {
  args: { src: exampleUrl('no-such-fact-check'), loading: 'eager' },
};

/** `state="error"`, reason `http`: the server answers 503. */
export const ServerError: Story = {
  args: { src: FAILING_SRC.serverError, loading: 'eager' },
  beforeEach: () => failSomeFetches(),
};

/** `state="error"`, reason `network`: nothing answered (offline, blocked). Only now is the reader's connection mentioned. */
export const NetworkError: Story = {
  args: { src: FAILING_SRC.offline, loading: 'eager' },
  beforeEach: () => failSomeFetches(),
};

/**
 * The CDN build's embed when its implementation chunk cannot be fetched (an outage, a policy that
 * forgot `dist/chunks/`): `state="error"`, reason `network`, in the embed's box, with "Try again"
 * (which requests the chunk again) and the fallback. Drawn by a stand-in for the CDN class whose
 * chunk always fails.
 */
export const ChunkUnavailable: Story = {
  render: () => {
    const tag = 'fact-verdict-without-chunk';
    if (!customElements.get(tag)) {
      customElements.define(
        tag,
        class extends FactVerdictBase {
          static override implementation = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: dist/chunks/cdn-kit.min.js')));
        },
      );
    }
    return html`<fact-verdict-without-chunk .data=${canonical}>${fallback}</fact-verdict-without-chunk>`;
  },
};

/** `state="error"`, reason `too-large`: the document is over the 2 MiB limit; refused from its `Content-Length`, no retry. */
export const TooLarge: Story = {
  args: { src: FAILING_SRC.tooLarge, loading: 'eager' },
  beforeEach: () => failSomeFetches(),
};

/** `state="error"` with no input at all (no `data`, no inline JSON, no `src`): said a second after the page is parsed. */
export const NoInput: Story = {
  render: () => html`<fact-verdict>${fallback}</fact-verdict>`,
};

/** `state="error"` for invalid data: a short message, and the details list each problem by its JSON path. */
export const InvalidData: Story = {
  args: {
    data: {
      claim: { claimant: { name: 'Someone' } },
      verdict: { label: 42 },
      evidence: [{ title: 'A source', url: 'javascript:alert(1)' }],
    },
  },
  play: showProblems,
};

/** `state="error"` when the inline JSON does not parse. */
export const InlineJsonThatDoesNotParse: Story = {
  render: () => html`<fact-verdict>
    ${fallback}
    <script type="application/json">{ "claim": { "text": "unfinished" </script>
  </fact-verdict>`,
};

/**
 * The light-DOM fallback: what readers see before the script runs and where it never does (RSS,
 * newsletters, AMP). Shown here in a tag that is never defined, with the recommended
 * `:not(:defined)` style; in a real page the same children sit inside `<fact-verdict>`.
 */
export const LightDomFallback: Story = {
  render: () => html`<style>
      fact-verdict-fallback-demo:not(:defined) { display: block; padding: 1rem; border: 1px solid #ccc; border-radius: 0.5rem; max-width: 42rem; }
    </style>
    <fact-verdict-fallback-demo>${fallback}</fact-verdict-fallback-demo>`,
};

// ---- ClaimReview input -----------------------------------------------------------------------

/** One schema.org ClaimReview, given to `data` as is; it is converted to a FactCheck document. */
export const ClaimReview: Story = {
  args: { data: singleClaimReview },
};

/** A round-up (several ClaimReviews on one page): the first in full, the others compact, each expandable. */
export const ClaimReviewRoundup: Story = {
  args: { data: roundup, layout: 'full' },
};

/** The same round-up with `layout="compact"`: every document compact. */
export const ClaimReviewRoundupCompact: Story = {
  args: { data: roundup, layout: 'compact' },
};

/**
 * What an SEO plugin prints: a JSON-LD `@graph` in which the ClaimReview is one node among several.
 * Relative URLs in it resolve against the page the embed is on (here, the catalogue), as they do
 * for JSON-LD printed on the fact-check's own page.
 */
export const ClaimReviewGraph: Story = {
  args: { data: seoGraph },
};

/** A Google Fact Check Tools API `claims:search` result: each review of each claim becomes a document (two checkers of one claim show together). */
export const FactCheckToolsApiResult: Story = {
  args: { data: toolsApiResult },
};

/**
 * Several fact-checkers on one claim: in this round-up two publishers check the same claim (worded
 * a little differently), which shows once with "2 fact-checkers: False · Mostly False", whether
 * they agree, and each checker with its date and a link naming it; the review of another claim
 * shows as before.
 */
export const SeveralFactCheckers: Story = {
  name: 'Several fact-checkers',
  args: { data: threeReviewsTwoClaims },
};

/** Three fact-checkers who disagree: the line says so in words and with a mark, not by colour alone. */
export const SeveralFactCheckersDisagree: Story = {
  name: 'Several fact-checkers who disagree',
  args: { data: disagreeingCheckers },
};

// ---- Events, theming -------------------------------------------------------------------------

/** Holds back the embed's links in this story, so a click is logged instead of opening a tab. */
const holdLinks = (event: Event) => {
  if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
};

/** One line per event, as an analytics listener on `document` would receive it. */
const logEvent = (event: Event) => {
  const { type, detail } = event as CustomEvent<Record<string, unknown>>;
  const summary =
    type === 'fact-load'
      ? { source: detail.source, documents: (detail.documents as unknown[]).length }
      : type === 'fact-error'
        ? { reason: detail.reason, message: detail.message, status: detail.status }
        : detail;
  const line = document.createElement('li');
  line.textContent = `${type} ${JSON.stringify(summary)}`;
  (event.currentTarget as HTMLElement).querySelector('.event-log')?.append(line);
};

/**
 * Every event, logged below as a publisher's analytics listener would see it: `fact-load` on
 * render, `fact-link` on any link, `fact-sources-toggle` on "Show all N sources". (Storybook's
 * Actions panel logs them too.)
 */
export const Events: Story = {
  args: { data: harborLine },
  render: (args) => html`<div
    @click=${holdLinks}
    @fact-load=${logEvent}
    @fact-error=${logEvent}
    @fact-retry=${logEvent}
    @fact-link=${logEvent}
    @fact-sources-toggle=${logEvent}
  >
    <fact-verdict ${spread(args)}>${fallback}</fact-verdict>
    <h2 id="event-log-heading">Events</h2>
    <ol class="event-log" aria-labelledby="event-log-heading" aria-live="polite" style="font-family: monospace"></ol>
  </div>`,
};

/**
 * A publisher's own look, set from outside: `--fact-*` tokens once on an ancestor (or `:root`),
 * and `::part()` for what tokens do not cover. Nothing is declared on the element itself.
 */
export const Rethemed: Story = {
  args: { data: canonical },
  render: (args) => html`<style>
      .newsroom {
        --fact-surface-color: #fbf7f0;
        --fact-text-color: #2b2118;
        --fact-muted-color: #5e5246;
        --fact-accent-color: #8a1c1c;
        --fact-border-color: #d8cbb8;
        --fact-subtle-color: #f2eadc;
        --fact-radius: 0;
        --fact-space: 1.125rem;
        --fact-quote-font: Georgia, 'Times New Roman', serif;
        --fact-color-false: #8a1c1c;
        --fact-badge-radius: 0;
        font-family: Georgia, 'Times New Roman', serif;
      }
      .newsroom fact-verdict::part(kicker) { letter-spacing: 0; text-transform: none; font-style: italic; }
      .newsroom fact-verdict::part(headline) { font-size: 1.75rem; }
      .newsroom fact-verdict::part(claim__quote) { font-style: italic; }
    </style>
    <div class="newsroom"><fact-verdict ${spread(args)}>${fallback}</fact-verdict></div>`,
};

/**
 * Correct use. Put the embed where the fact-check belongs in the article and set `heading-level`
 * so its headline continues the article's outline (here 3, under the article's `<h2>`); its
 * sections use the next level. Always give it fallback content: one link to the fact-check with the
 * verdict in words, which is what readers without JavaScript, RSS readers and newsletters get. The
 * embed announces loading and errors to screen readers, names the claim figure, and marks every
 * link that opens a new tab. Do not wrap it in a link, and do not hide its kicker or headline with
 * `::part()` unless the article's own heading names the fact-check.
 */
export const Accessibility: Story = {
  args: { data: canonical, 'heading-level': 3 },
  render: (args) => html`<article aria-labelledby="a11y-article-title">
    <h2 id="a11y-article-title">Armenia and the CSTO: what Putin said in Astana</h2>
    <p>At the summit in Astana on 28 November 2024, Vladimir Putin spoke about Armenia and Karabakh.</p>
    <fact-verdict ${spread(args)}>${fallback}</fact-verdict>
  </article>`,
};

/**
 * `verdict.whatsTrue` and `verdict.whatsFalse`: two short labelled blocks after the why (parts
 * `whats-true`, `whats-false`; the compact layout leaves them out), and sources with archived copies.
 */
export const WhatsTrueAndFalse: Story = {
  args: {
    data: {
      ...canonical,
      verdict: {
        ...canonical.verdict,
        whatsTrue: 'Armenia did ask the CSTO for help after Azerbaijan’s attack on its territory in September 2022.',
        whatsFalse: 'Armenia never asked the CSTO to send its units to Nagorno-Karabakh, and the organisation sent none to Armenia’s border.',
      },
      evidence: canonical.evidence.map((source, i) => ({ ...source, archiveUrl: `https://web.archive.org/web/2024/https://source.example/${i + 1}` })),
    },
  },
};

/**
 * On paper (Print, or DevTools' "Emulate CSS media type: print"): every section expanded, each
 * link's address printed after it, black on white, no page break inside the card. A round-up
 * prints every fact-check in full.
 */
export const Print: Story = {
  args: { data: roundup },
};

/**
 * `share`: a control beside the link to the fact-check (part `share`). "Share" opens the browser's
 * share sheet where it has one; elsewhere "Copy link" copies the fact-check's `url` and says "Link
 * copied" for a few seconds, or shows the link selected to copy by hand when the browser refuses.
 * A fact-check without a `url` has no control.
 */
export const Share: Story = {
  args: { data: { ...canonical, url: 'https://factcheck.example/csto-putin' }, share: true },
};
