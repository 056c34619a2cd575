/**
 * The CDN bundle's kit chunk: `<fact-verdict>`'s implementation, fetched from beside the entry the
 * first time a page has an embed. It holds the loader, the document's views, registers the parts
 * they use (claim card, evidence list, timeline), and reads with the asynchronous reader, which
 * fetches the ClaimReview importer and the rating scales beyond English only for documents that
 * need them.
 *
 * A round-up's views (several reviews in one input, with several fact-checkers on one claim shown
 * together) are a chunk of their own, fetched with the first input that holds more than one
 * document and before it is `ready`: most embeds show one fact-check and never need them.
 */
import type { ResolvedFactCheck } from './data/fact-check/read.js';
import { documentReadersReady, readDocuments, type DocumentsResult } from './data/read-documents.js';
import { readDocumentsSync } from './data/read-documents-sync.js';
import { renderDocument } from './elements/verdict/document.view.js';
import type { renderDocuments } from './elements/verdict/roundup.view.js';
import { verdictImplementation } from './elements/verdict/verdict.core.js';

export * from './cdn-parts.js';

let roundup: typeof renderDocuments | undefined;
let loadingRoundup: Promise<void> | undefined;

/** The round-up views, once; forgotten when they could not be fetched, so "Try again" fetches them again. */
function loadRoundup(): Promise<void> {
  loadingRoundup ??= import('./elements/verdict/roundup.view.js').then(
    (views) => void (roundup = views.renderDocuments),
    (error: unknown) => {
      loadingRoundup = undefined;
      throw error;
    },
  );
  return loadingRoundup;
}

/** The read, once what draws it is here: a round-up waits for its views (the loader's deadline still runs). */
function withViews(result: DocumentsResult): DocumentsResult | Promise<DocumentsResult> {
  return result.documents.length > 1 && !roundup ? loadRoundup().then(() => result) : result;
}

/** One fact-check, as the round-up views draw their first (and only) document. */
const renderOne: typeof renderDocuments = (documents: readonly ResolvedFactCheck[], { expanded: _expanded, onToggle: _onToggle, ...options }) =>
  documents.slice(0, 1).map((doc) => renderDocument(doc, { ...options, key: 'fact-0' }));

export const implementation = verdictImplementation({
  // Synchronous whenever nothing more has to load, so embeds whose data is ready together finish together.
  read: (input, options) => {
    const result = documentReadersReady(input) ? readDocumentsSync(input, options) : readDocuments(input, options);
    return result instanceof Promise ? result.then(withViews) : withViews(result);
  },
  render: (documents, options) => (roundup ?? renderOne)(documents, options),
});
