import { toClaimReview } from '../../data/claim-review/to-claim-review.js';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { loadDocument } from '../load-document.js';
import { UsageError } from '../usage-error.js';

const TARGETS = ['factcheck', 'claimreview'];

/**
 * `convert FILE --to factcheck|claimreview`: prints the document in the other format (either
 * format is read, detected). A round-up of several reviews prints an array.
 */
export function convert(files: readonly string[], values: Record<string, unknown>, io: Io): number {
  const to = values.to as string | undefined;
  if (!to || !TARGETS.includes(to)) {
    throw new UsageError(`convert: --to must be factcheck or claimreview${to === undefined ? '' : `, not "${to}"`}`);
  }
  const loaded = loadDocument('convert', files, io);
  if (!loaded) return EXIT_INVALID;
  // The documents are read and vetted already: ClaimReview has been imported on the way.
  const out = to === 'claimreview' ? loaded.documents.map((doc) => toClaimReview(doc)) : loaded.documents;
  io.out(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  return EXIT_OK;
}
