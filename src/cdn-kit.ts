/**
 * The CDN bundle's kit chunk: `<fact-verdict>`'s implementation, fetched from beside the entry the
 * first time a page has an embed. It holds the loader, the document's views, registers the parts
 * they use (claim card, evidence list, timeline), and reads with the asynchronous reader, which
 * fetches the ClaimReview importer and the rating scales beyond English only for documents that
 * need them.
 */
import { documentReadersReady, readDocuments } from './data/read-documents.js';
import { readDocumentsSync } from './data/read-documents-sync.js';
import { renderDocuments } from './elements/verdict/roundup.view.js';
import { verdictImplementation } from './elements/verdict/verdict.core.js';

export * from './cdn-parts.js';

export const implementation = verdictImplementation({
  // Synchronous whenever nothing more has to load, so embeds whose data is ready together finish together.
  read: (input, options) => (documentReadersReady(input) ? readDocumentsSync(input, options) : readDocuments(input, options)),
  render: renderDocuments,
});
