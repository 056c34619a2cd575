import type { Problem } from './problems.js';
import { readFactCheck, type ResolvedFactCheck } from './fact-check/read.js';
import { loadRatingScales, mayNeedRatingScales } from './ratings/labels.js';

/**
 * Reads whatever a publisher hands the embed, detected automatically: a FactCheck document, or
 * schema.org ClaimReview in any of its shapes (one review, a round-up of several, an `@graph`,
 * a DataFeed, a Fact Check Tools API result), into documents ready to render. The ClaimReview
 * importer and the rating scales beyond English load only on pages that need them.
 */
export interface DocumentsResult {
  documents: ResolvedFactCheck[];
  problems: Problem[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A FactCheck document says what it is by its two required fields. */
function looksLikeFactCheck(input: unknown): boolean {
  return isObject(input) && ('claim' in input || 'verdict' in input);
}

async function readOne(candidate: unknown): Promise<ReturnType<typeof readFactCheck>> {
  const label = isObject(candidate) && isObject(candidate.verdict) ? candidate.verdict.label : undefined;
  if (mayNeedRatingScales(label)) await loadRatingScales();
  return readFactCheck(candidate);
}

export async function readDocuments(input: unknown, options: { pageUrl?: string } = {}): Promise<DocumentsResult> {
  if (looksLikeFactCheck(input)) {
    const { document, problems } = await readOne(input);
    return { documents: document ? [document] : [], problems };
  }
  const { isClaimReviewLike, fromClaimReview } = await import('./claim-review/index.js');
  if (!isClaimReviewLike(input)) {
    // Neither format: report it as a FactCheck document, which names what is missing by path.
    const { problems } = readFactCheck(input);
    return { documents: [], problems };
  }
  const imported = fromClaimReview(input, options);
  const problems = [...imported.problems];
  const documents: ResolvedFactCheck[] = [];
  for (const [i, candidate] of imported.documents.entries()) {
    const { document, problems: own } = await readOne(candidate);
    // Paths of a converted document point into that document; say which one.
    for (const problem of own) problems.push({ ...problem, path: `documents[${i}].${problem.path}` });
    if (document) documents.push(document);
  }
  return { documents, problems };
}
