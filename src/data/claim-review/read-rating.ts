import type { Verdict } from '../fact-check/schema.js';
import { ratingFromLabel } from '../ratings/labels.js';
import { ratingFromScore, type RatingScore } from '../ratings/score.js';
import { describe } from '../schema/kit.js';
import { at } from './json-path.js';
import { AS_NAME, compact, isNode, isText, readNumber, readText, warn, type ReadContext } from './values.js';

/** `-1` is the conventional "no numeric rating" in ClaimReview markup; it is ignored silently. */
const NO_SCORE = -1;

/** True for what a publisher writes when it gives no number: nothing, `""`, `-1`. */
function isBlankScore(value: unknown): boolean {
  return value === undefined || value === null || readNumber(value) === NO_SCORE || (typeof value === 'string' && !isText(value));
}

/**
 * The score from `ratingValue`, `bestRating` and `worstRating` (numbers or numeric strings), kept
 * only when it can be placed on its scale; otherwise it is ignored (with a warning, unless the
 * publisher plainly gave no number).
 */
function readScore(rating: Record<string, unknown>, path: string, ctx: ReadContext): RatingScore | undefined {
  if (isBlankScore(rating.ratingValue)) return undefined;
  const score: RatingScore = compact({
    value: readNumber(rating.ratingValue)!,
    best: isBlankScore(rating.bestRating) ? undefined : readNumber(rating.bestRating),
    worst: isBlankScore(rating.worstRating) ? undefined : readNumber(rating.worstRating),
  });
  if (score.value !== undefined && ratingFromScore(score) !== undefined) return score;
  const parts = ['ratingValue', 'bestRating', 'worstRating'].filter((k) => rating[k] !== undefined).map((k) => `${k} ${describe(rating[k])}`);
  warn(ctx, at(path, 'ratingValue'), `the score cannot be placed on its scale (${parts.join(', ')}); it is ignored`);
  return undefined;
}

/** A label for a verdict that has a score and no words: the score as the publisher wrote it. */
function scoreLabel(score: RatingScore): string {
  const best = score.best ?? 5;
  const worst = score.worst ?? 1;
  return best > worst ? `${score.value}/${best}` : String(score.value);
}

/**
 * The verdict from `reviewRating` (a Rating, a list of them, or a bare label): the label is the
 * publisher's words from `alternateName` (or `name`), cleaned of entities and stray whitespace
 * but otherwise as written; the score is kept when usable; `ratingExplanation` is the summary.
 * The normalized rating is not stored: `readFactCheck` derives it (label first, then score,
 * otherwise `unrated`), so scales registered later still apply. A label no scale knows gives a
 * warning. With no label but a usable score, the label is the score itself ("2/5"); with neither,
 * the claim is still shown, as unrated, with a warning.
 */
/**
 * A review whose rating cannot be read still shows its claim, as unrated (the rule: show
 * what can be shown). With no publisher's words there is no label: the verdict is the rating's
 * code alone, and the elements name it in the reader's language. The data layer writes no words
 * of its own into a document, which would read as the publisher's.
 */
function unrated(ctx: ReadContext, path: string, message: string): Verdict {
  warn(ctx, path, `${message}; the claim is shown as unrated`);
  return { rating: 'unrated' };
}

export function readVerdict(value: unknown, path: string, ctx: ReadContext): Verdict {
  let rating = value;
  let ratingPath = path;
  if (Array.isArray(value)) {
    const index = Math.max(
      0,
      value.findIndex((entry) => isNode(entry) || typeof entry === 'string'),
    );
    rating = value[index];
    ratingPath = at(path, index);
    if (value.length > 1) warn(ctx, path, `holds ${value.length} ratings; only the first is used`);
  }
  if (rating === undefined || rating === null) {
    return unrated(ctx, path, 'is missing');
  }
  if (!isNode(rating)) {
    // A bare string is a label given without its Rating object; read it as one.
    const label = typeof rating === 'string' ? readText(rating, ratingPath, ctx, AS_NAME) : undefined;
    if (label) return labelled({ label }, ratingPath, ctx, undefined);
    return unrated(ctx, ratingPath, `expected a Rating, got ${describe(rating)}`);
  }
  let labelPath = at(ratingPath, 'alternateName');
  let label = readText(rating.alternateName, labelPath, ctx, AS_NAME);
  if (!label && rating.name !== undefined) {
    label = readText(rating.name, at(ratingPath, 'name'), ctx, AS_NAME);
    if (label) labelPath = at(ratingPath, 'name');
  }
  const score = readScoreOrText(rating, ratingPath, ctx);
  if (!label && typeof score === 'string') {
    label = score;
    labelPath = at(ratingPath, 'ratingValue');
    warn(ctx, at(ratingPath, 'ratingValue'), 'holds words, not a number; read as the verdict label (alternateName is where the words go)');
  }
  const numeric = typeof score === 'string' ? undefined : score;
  const summary = readText(rating.ratingExplanation, at(ratingPath, 'ratingExplanation'), ctx);
  if (!label && numeric) {
    label = scoreLabel(numeric);
    warn(ctx, at(ratingPath, 'alternateName'), `is missing; the verdict label is the score, ${describe(label)}`);
    return compact({ label, score: numeric, summary });
  }
  if (!label) {
    return compact({ ...unrated(ctx, at(ratingPath, 'alternateName'), 'is missing and there is no usable score'), summary });
  }
  return labelled(compact({ label, score: numeric, summary }), labelPath, ctx, numeric, at(ratingPath, 'ratingValue'));
}

/**
 * The verdict from a bare label, as the Fact Check Tools API gives it (`textualRating`); with no
 * label the claim is shown as unrated.
 */
export function readLabelVerdict(value: unknown, path: string, ctx: ReadContext): Verdict {
  const label = readText(value, path, ctx, AS_NAME);
  if (label) return labelled({ label }, path, ctx, undefined);
  return unrated(ctx, path, 'is missing');
}

/** The score, or the words when `ratingValue` holds a label instead of a number ("False"). */
function readScoreOrText(rating: Record<string, unknown>, path: string, ctx: ReadContext): RatingScore | string | undefined {
  const value = rating.ratingValue;
  if (typeof value === 'string' && !isBlankScore(value) && readNumber(value) === undefined && /\p{L}/u.test(value)) {
    return readText(value, at(path, 'ratingValue'), ctx, AS_NAME);
  }
  return readScore(rating, path, ctx);
}

/** Where the ordered ratings sit on the true…false axis, to tell how far a label and a score part. */
const AXIS: Partial<Record<string, number>> = { true: 0, 'mostly-true': 1, mixed: 2, 'mostly-false': 3, false: 4 };

/**
 * Checks the label against the score. A label no scale knows gives a warning saying what the
 * reader will see instead, and its score counts only on a scale the publisher spelled out
 * (`bestRating` and `worstRating` both given): a bare "5" with an unknown word ("Not quite so",
 * 5 of 6) is a guess at a scale, not a verdict. A known label always wins; when the score says
 * something else (two or more steps apart: "False" scored 5 of 5), that is reported at the score.
 */
function labelled(verdict: Verdict, labelPath: string, ctx: ReadContext, score: RatingScore | undefined, scorePath?: string): Verdict {
  const fromLabel = ratingFromLabel(verdict.label);
  const fromScore = ratingFromScore(score);
  if (fromLabel === undefined) {
    const placed = score?.best !== undefined && score.worst !== undefined;
    if (fromScore && !placed) {
      warn(
        ctx,
        labelPath,
        `${describe(verdict.label)} is not a known rating label, and its score gives no whole scale (bestRating and worstRating) to be read on; it shows as unrated, in the publisher's words`,
      );
      const { score: _unplaced, ...rest } = verdict;
      return rest;
    }
    warn(
      ctx,
      labelPath,
      fromScore
        ? `${describe(verdict.label)} is not a known rating label; the rating comes from the score (${fromScore})`
        : `${describe(verdict.label)} is not a known rating label; it shows as unrated, in the publisher's words`,
    );
    return verdict;
  }
  const apart = Math.abs((AXIS[fromLabel] ?? NaN) - (AXIS[fromScore ?? ''] ?? NaN));
  if (apart >= 2 && scorePath) {
    warn(ctx, scorePath, `places the verdict at ${fromScore}, but the label ${describe(verdict.label)} says ${fromLabel}; the label is shown`);
  }
  return verdict;
}
