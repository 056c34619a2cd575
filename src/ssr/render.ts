import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { toClaimReview } from '../data/claim-review/to-claim-review.js';
import type { ResolvedFactCheck } from '../data/fact-check/read.js';
import { readDocumentsSync } from '../data/read-documents-sync.js';
import { loadMessages } from '../i18n/locale-ready.js';
import { messagesFor } from '../i18n/messages.js';
import type { FactVerdictData, VerdictLayout, VerdictTheme } from '../elements/verdict/verdict.base.js';
import '../elements/verdict/fact-verdict.js';
import { jsonScript } from './json-script.js';

export interface RenderOptions {
  /** The interface language (BCP 47), written as the element's `lang`; the page's when absent. */
  lang?: string;
  theme?: VerdictTheme;
  layout?: VerdictLayout;
  /** The level of the embed's headline (2–6). */
  headingLevel?: number;
  /** A CSP nonce for the `<style>` elements of the declarative shadow roots; without one the page's CSP must allow them (`style-src 'unsafe-inline'`). */
  nonce?: string;
  /** Also write the document as schema.org ClaimReview JSON-LD, in a `<script type="application/ld+json">` after the element. */
  claimReview?: boolean;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What a reader sees where neither scripts nor declarative shadow DOM run: the verdict in words,
 * and the link. Written as a string, like the data script, so the page gets plain HTML there, not
 * Lit's hydration markers around light DOM that no template owns.
 */
function fallback(doc: ResolvedFactCheck | undefined, lang: string | undefined): string {
  if (!doc) return '';
  const messages = messagesFor(lang);
  const verdict = doc.verdict.label?.trim() || messages.ratingName({ rating: doc.verdict.rating });
  const link = doc.url ? ` <a href="${attribute(doc.url)}">${text(messages.readFullFactCheck)}</a>` : '';
  return `<p>${text(messages.factCheckKicker)}: ${text(doc.headline ?? doc.claim.text)} <strong>${text(verdict)}</strong>${link}</p>`;
}

/**
 * The element alone, as Lit renders it, without the markers of the one-off template around it
 * (nothing hydrates that template; the element's own shadow root keeps its markers).
 */
const OUTER_MARKERS = /^<!--lit-part[^>]*-->(?:<!--lit-node \d+-->)?|<!--\/lit-part-->$/g;

/**
 * Renders `<fact-verdict>` for `input` (a FactCheck document, ClaimReview JSON-LD in any shape the
 * embed reads, or a round-up) to HTML, for a CMS to print into an article: the element with its
 * declarative shadow root, already `ready` (or showing the same error, by path, as in a browser),
 * and inside it the document as an inline JSON child and a fallback in words, so that the CDN
 * script takes over on the client and a reader without JavaScript has the claim, the verdict, why,
 * the sources, the timeline and the attribution. Never throws; invalid input is logged by path, as
 * the element logs it.
 */
export async function renderFactVerdict(input: FactVerdictData | unknown, options: RenderOptions = {}): Promise<string> {
  const { documents } = readDocumentsSync(input);
  let data = '';
  try {
    data = jsonScript(input, 'application/json');
  } catch {
    // Not JSON (a cycle, a BigInt): the server still renders it; the client has nothing to read.
  }
  const { lang, theme, layout, headingLevel } = options;
  // The interface's catalogue first, so the embed renders in its language, not English, on the server too.
  if (lang) await loadMessages(lang);
  let markup: string;
  try {
    markup = await collectResult(
      // One line: the opening tag is written as the template has it, and a CMS may search for it.
      render(
        html`<fact-verdict lang=${lang ?? nothing} theme=${theme ?? nothing} layout=${layout ?? nothing} heading-level=${headingLevel ?? nothing} .data=${input}></fact-verdict>`,
      ),
    );
    markup = markup.replace(OUTER_MARKERS, '');
    // The fallback and the data script join the element's light DOM as strings Lit never parses:
    // both are escaped (jsonScript escapes everything that could end the script).
    const end = markup.lastIndexOf('</fact-verdict>');
    markup = markup.slice(0, end) + fallback(documents[0], lang) + data + markup.slice(end);
  } catch (error) {
    console.error(
      `fact-verdict/ssr: <fact-verdict> could not be rendered on the server (${error instanceof Error ? error.message : String(error)}); the client will render it`,
    );
    markup = `<fact-verdict${lang ? ` lang="${attribute(lang)}"` : ''}>${fallback(documents[0], lang)}${data}</fact-verdict>`;
  }
  if (options.nonce) markup = markup.replaceAll('<style>', `<style nonce="${attribute(options.nonce)}">`);
  if (options.claimReview && documents.length) {
    // A verdict with a rating and no label is written in the words the page shows it in.
    const { ratingName } = messagesFor(lang);
    const reviews = documents.map((doc) => toClaimReview(doc, { ratingName: (rating) => ratingName({ rating }) }));
    markup += jsonScript(reviews.length === 1 ? reviews[0] : reviews);
  }
  return markup;
}
