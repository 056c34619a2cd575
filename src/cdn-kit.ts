/**
 * The CDN bundle's kit chunk: what `<fact-verdict>` needs to draw a document, fetched from beside
 * the entry the first time a page has an embed. It holds the document's views, registers the parts
 * they use (claim card, evidence list, timeline), and reads with the asynchronous reader, which fetches the ClaimReview importer and the
 * rating scales beyond English only for documents that need them.
 */
import { documentReadersReady, readDocuments } from './data/read-documents.js';
import { readDocumentsSync } from './data/read-documents-sync.js';
import type { VerdictKit } from './elements/verdict/kit.js';
import { renderDocuments } from './elements/verdict/roundup.view.js';

export * from './cdn-parts.js';

export const kit: VerdictKit = {
  // Synchronous whenever nothing more has to load, so embeds whose data is ready together finish together.
  read: (input, options) => (documentReadersReady(input) ? readDocumentsSync(input, options) : readDocuments(input, options)),
  render: renderDocuments,
};
