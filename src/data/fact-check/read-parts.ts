import { array, DROP, type Schema } from '../schema/kit.js';
import { hasErrors, type Problem } from '../problems.js';
import { unreadable } from '../unreadable.js';
import { resolveRating } from '../ratings/resolve.js';
import { claimSchema, evidenceSchema, timelineEventSchema, verdictSchema, type Claim, type Evidence, type TimelineEvent, type Verdict } from './schema.js';
import type { Rating } from '../ratings/rating.js';
import { isVetted, markVetted } from './vetted.js';

/**
 * Validation for the parts of a document that an element can be given on its own (a claim card
 * fed only a claim, an evidence list fed only its sources). Same rules, same paths, so a part
 * standing alone is as safe as one inside the embed.
 */
export interface PartResult<T> {
  value?: T;
  problems: Problem[];
}

/** Never throws: the same guards and safety net as `readFactCheck`. */
function readWith<T>(schema: Schema<T>, input: unknown, path: string): PartResult<T> {
  if (isVetted(input)) return { value: input as T, problems: [] };
  const problems: Problem[] = [];
  try {
    const checked = schema.check(input, path, problems);
    return checked === DROP || hasErrors(problems) ? { problems } : { value: markVetted(checked), problems };
  } catch (thrown) {
    return { problems: [...problems, unreadable(path, thrown)] };
  }
}

const evidenceList = array(evidenceSchema);
const timeline = array(timelineEventSchema);

export const readClaim = (input: unknown, path = 'claim'): PartResult<Claim> => readWith(claimSchema, input, path);
export const readEvidenceList = (input: unknown, path = 'evidence'): PartResult<Evidence[]> => readWith(evidenceList, input, path);
export const readTimeline = (input: unknown, path = 'timeline'): PartResult<TimelineEvent[]> => readWith(timeline, input, path);

export function readVerdict(input: unknown, path = 'verdict'): PartResult<Verdict & { rating: Rating }> {
  if (isVetted(input)) return { value: input as Verdict & { rating: Rating }, problems: [] };
  const { value, problems } = readWith(verdictSchema, input, path);
  return value ? { value: markVetted({ ...value, rating: resolveRating(value) }), problems } : { problems };
}
