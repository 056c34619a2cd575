import { loadRatingScales, mayNeedRatingScales } from './ratings/labels.js';
import { claimReviewImporter, provideClaimReviewImporter } from './claim-review-importer.js';
import { looksLikeFactCheck, mayBeClaimReview, peekLabel } from './document-kind.js';
import { readDocumentsSync, type DocumentsResult, type ReadDocumentsOptions } from './read-documents-sync.js';

export type { DocumentsResult, ReadDocumentsOptions } from './read-documents-sync.js';

/**
 * Whether {@link readDocumentsSync} can read `input` as fully as {@link readDocuments} would,
 * with nothing more to load: always after importing `fact-verdict/data`; in the CDN build once the
 * ClaimReview importer (for ClaimReview input) or the rating scales (for a label English does not
 * know) have arrived. Never throws.
 */
export function documentReadersReady(input: unknown): boolean {
  try {
    if (looksLikeFactCheck(input)) return !mayNeedRatingScales(peekLabel(input));
    // The importer brings every rating scale with it.
    return !mayBeClaimReview(input) || claimReviewImporter() !== undefined;
  } catch {
    return true; // Input that cannot be looked at is reported by the reader, with nothing loaded.
  }
}

/**
 * Loads what reading `input` needs and is not loaded yet: the ClaimReview importer, or the rating
 * scales beyond English. Resolves at once when {@link documentReadersReady}; rejects only when a
 * chunk fails to load (a network failure, worth retrying), never because of the input.
 */
export async function loadDocumentReaders(input: unknown): Promise<void> {
  if (documentReadersReady(input)) return;
  if (looksLikeFactCheck(input)) await loadRatingScales();
  else provideClaimReviewImporter(await import('./claim-review/index.js'));
}

/**
 * {@link readDocumentsSync} after {@link loadDocumentReaders}: reads a FactCheck document or
 * ClaimReview in any shape, loading the ClaimReview importer and the rating scales beyond English
 * only on pages that need them. Never rejects because of the input; rejects only when a chunk it
 * needs fails to load.
 */
export async function readDocuments(input: unknown, options: ReadDocumentsOptions = {}): Promise<DocumentsResult> {
  if (!documentReadersReady(input)) await loadDocumentReaders(input);
  return readDocumentsSync(input, options);
}
