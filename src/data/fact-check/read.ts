import { DROP } from '../schema/kit.js';
import { hasErrors, type Problem } from '../problems.js';
import { resolveRating } from '../ratings/resolve.js';
import type { Rating } from '../ratings/rating.js';
import { factCheckSchema, type FactCheck } from './schema.js';
import { markVetted } from './vetted.js';

/** A document ready to render: validated, unsafe values dropped, the rating always resolved. */
export type ResolvedFactCheck = FactCheck & { verdict: FactCheck['verdict'] & { rating: Rating } };

export interface ReadResult {
  /** The document to render, present when there are no errors (warnings are allowed). */
  document?: ResolvedFactCheck;
  /** Every problem found, errors and warnings, each with its JSON path. */
  problems: Problem[];
}

/**
 * Validates a FactCheck document and prepares it for rendering. Never throws: every problem comes
 * back with its path. Unknown fields are kept; unsafe URLs and unreadable dates are dropped with a
 * warning; the verdict's rating is resolved from its label or score when absent.
 */
export function readFactCheck(input: unknown): ReadResult {
  const problems: Problem[] = [];
  const checked = factCheckSchema.check(input, '$', problems);
  if (checked === DROP || hasErrors(problems)) return { problems };
  if (checked.version !== undefined && checked.version !== 1) {
    problems.push({ path: 'version', message: `unknown format version ${checked.version}; read as version 1`, severity: 'warning' });
  }
  const document = { ...checked, verdict: markVetted({ ...checked.verdict, rating: resolveRating(checked.verdict) }) };
  for (const part of [document.claim, document.evidence, document.timeline]) markVetted(part);
  return { document: markVetted(document), problems };
}

/** Checks a document without preparing it: `valid` is true when it has no errors. */
export function validateFactCheck(input: unknown): { valid: boolean; problems: Problem[] } {
  const { document, problems } = readFactCheck(input);
  return { valid: document !== undefined, problems };
}
