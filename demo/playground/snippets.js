// The text the playground offers to copy: the embed's snippet for an article and the ClaimReview
// JSON-LD for the page's head. Strings only, no DOM. The JSON goes through the package's own
// `jsonScript` (fact-verdict/ssr), the one place the library escapes JSON for HTML, so what a
// publisher copies here is what the server renderer prints. Imported from the built modules by
// relative paths, which resolve in the browser (/dist/...) and in Node alike.
import { jsonScript } from '../../dist/ssr/json-script.js';
import { toClaimReview } from '../../dist/data/index.js';
import { messagesFor } from '../../dist/i18n/index.js';
import { VERSION } from '../../dist/version.js';

/** Where a publisher loads the CDN bundle from: README's placeholder CDN, this version pinned. */
export const CDN_SCRIPT = `<script type="module" src="https://cdn.example/fact-verdict@${VERSION}/dist/fact-verdict.min.js"></script>`;

/** Text for HTML content or a double-quoted attribute. */
export function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * What a reader sees before the script runs or where it never does, as the server renderer writes
 * it: the headline (else the claim), the verdict in words and, when the document has one, the link
 * to the fact-check. `doc.url` has passed the library's URL allow-list already (readDocumentsSync
 * drops any other), and everything is escaped.
 */
export function fallbackHtml(doc, lang) {
  const messages = messagesFor(lang);
  const verdict = doc.verdict.label?.trim() || messages.ratingName({ rating: doc.verdict.rating });
  const link = doc.url ? ` <a href="${escapeHtml(doc.url)}">${escapeHtml(messages.readFullFactCheck)}</a>` : '';
  return `<p>${escapeHtml(messages.factCheckKicker)}: ${escapeHtml(doc.headline ?? doc.claim.text)} <strong>${escapeHtml(verdict)}</strong>${link}</p>`;
}

/**
 * The snippet for an article: the CDN script, then `<fact-verdict>` with the options picked (those
 * that differ from the defaults), the fallback for the first document and the input as its inline
 * JSON child, whatever its format (FactCheck or ClaimReview: the embed detects it), as
 * `renderFactVerdict` prints it.
 */
export function embedSnippet(value, documents, { layout, theme, lang } = {}) {
  const attributes = [
    layout && layout !== 'full' && `layout="${escapeHtml(layout)}"`,
    theme && theme !== 'auto' && `theme="${escapeHtml(theme)}"`,
    lang && `lang="${escapeHtml(lang)}"`,
  ]
    .filter(Boolean)
    .map((a) => ` ${a}`)
    .join('');
  const fallback = documents[0] ? `\n  ${fallbackHtml(documents[0], lang)}` : '';
  return `${CDN_SCRIPT}\n\n<fact-verdict${attributes}>${fallback}\n  ${jsonScript(value, 'application/json')}\n</fact-verdict>`;
}

/**
 * The ClaimReview JSON-LD to publish in the page (`toClaimReview`, one object per document, an
 * array for several), in its `<script type="application/ld+json">`. A verdict with a rating and no
 * label is named in the picked language, as far as its catalogue has loaded.
 */
export function claimReviewSnippet(documents, lang) {
  const messages = messagesFor(lang);
  const options = { ratingName: (rating) => messages.ratingName({ rating }) };
  const reviews = documents.map((doc) => toClaimReview(doc, options));
  return jsonScript(reviews.length === 1 ? reviews[0] : reviews);
}
