import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { toClaimReview } from '../data/claim-review/to-claim-review.js';
import type { ResolvedFactCheck } from '../data/fact-check/read.js';
import { readDocumentsSync } from '../data/read-documents-sync.js';
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

/** What a reader sees where neither scripts nor declarative shadow DOM run: the verdict in words, and the link. */
function fallback(doc: ResolvedFactCheck | undefined, lang: string | undefined) {
  if (!doc) return nothing;
  const messages = messagesFor(lang);
  const verdict = doc.verdict.label?.trim() || messages.ratingName({ rating: doc.verdict.rating });
  return html`<p>
    ${messages.factCheckKicker}: ${doc.headline ?? doc.claim.text} <strong>${verdict}</strong>${
      doc.url ? html` <a href=${doc.url}>${messages.readFullFactCheck}</a>` : nothing
    }
  </p>`;
}

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
  let markup: string;
  try {
    markup = await collectResult(
      render(html`<fact-verdict
        lang=${lang ?? nothing}
        theme=${theme ?? nothing}
        layout=${layout ?? nothing}
        heading-level=${headingLevel ?? nothing}
        .data=${input}
        >${fallback(documents[0], lang)}</fact-verdict
      >`),
    );
    // The data script joins the element's light DOM as a string Lit never parses: jsonScript has
    // escaped everything in it that could end the script.
    const end = markup.lastIndexOf('</fact-verdict');
    markup = markup.slice(0, end) + data + markup.slice(end);
  } catch (error) {
    console.error(
      `fact-verdict/ssr: <fact-verdict> could not be rendered on the server (${error instanceof Error ? error.message : String(error)}); the client will render it`,
    );
    markup = `<fact-verdict${lang ? ` lang="${attribute(lang)}"` : ''}>${data}</fact-verdict>`;
  }
  if (options.nonce) markup = markup.replaceAll('<style>', `<style nonce="${attribute(options.nonce)}">`);
  if (options.claimReview && documents.length) {
    const reviews = documents.map((doc) => toClaimReview(doc));
    markup += jsonScript(reviews.length === 1 ? reviews[0] : reviews);
  }
  return markup;
}
