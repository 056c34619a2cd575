import { DROP } from '../schema/kit.js';
import { hasErrors, type Problem } from '../problems.js';
import { unreadable } from '../unreadable.js';
import { resolveRating } from '../ratings/resolve.js';
import type { Rating } from '../ratings/rating.js';
import { factCheckSchema, type FactCheck } from './schema.js';
import { isVettedDocument, markVetted, markVettedDocument } from './vetted.js';

/** A document ready to render: validated, unsafe values dropped, the rating always resolved. */
export type ResolvedFactCheck = FactCheck & { verdict: FactCheck['verdict'] & { rating: Rating } };

export interface ReadResult {
  /** The document to render, present when there are no errors (warnings are allowed). */
  document?: ResolvedFactCheck;
  /** Every problem found, errors and warnings, each with its JSON path. */
  problems: Problem[];
}

/**
 * Validates a FactCheck document and prepares it for rendering. Never throws, whatever it is
 * given (a getter or Proxy trap that throws is an error at its path): every problem comes back
 * with its path. Unknown fields are kept; unsafe URLs and unreadable dates are dropped with a
 * warning; text and lists longer than the limits (`MAX_TEXT_LENGTH`, `MAX_ITEMS`...) are cut with
 * a warning; the verdict's rating is resolved from its label or score when absent. A document
 * this function returned is recognized and returned as it is.
 */
export function readFactCheck(input: unknown): ReadResult {
  if (isVettedDocument(input)) return { document: input as ResolvedFactCheck, problems: [] };
  const problems: Problem[] = [];
  try {
    const checked = factCheckSchema.check(input, '$', problems);
    if (checked === DROP || hasErrors(problems)) return { problems };
    const document = { ...checked, verdict: markVetted({ ...checked.verdict, rating: resolveRating(checked.verdict) }) };
    for (const part of [document.claim, document.evidence, document.timeline]) markVetted(part);
    return { document: markVettedDocument(document), problems };
  } catch (thrown) {
    // The checks guard every read of the input; this is the net under anything they missed.
    return { problems: [...problems, unreadable('$', thrown)] };
  }
}

/** Checks a document without preparing it: `valid` is true when it has no errors. Never throws. */
export function validateFactCheck(input: unknown): { valid: boolean; problems: Problem[] } {
  const { document, problems } = readFactCheck(input);
  return { valid: document !== undefined, problems };
}
