import { normalizeLabel } from './labels.js';
import type { Rating } from './rating.js';
import { resolveRating } from './resolve.js';
import type { RatingScore } from './score.js';

/** Where a verdict sits on its publisher's ordered scale: `index` 0 is the least accurate step, `count - 1` the most. */
export interface ScalePosition {
  index: number;
  count: number;
}

/**
 * Publishers' ordered truth scales, least accurate first, with the names they publish under. Only
 * scales whose steps are a true ordering (PolitiFact's Truth-O-Meter, Snopes' five core ratings,
 * the Washington Post's Pinocchios); labels beside the scale (a Flip-O-Meter, "Miscaptioned") are
 * not on it. Kept here, not in the lazy scales chunk, because the labels are English and never load it.
 */
export const ORDERED_SCALES: ReadonlyArray<{ publisher: string; steps: readonly string[] }> = [
  { publisher: 'politifact', steps: ['pants on fire', 'false', 'mostly false', 'half true', 'mostly true', 'true'] },
  { publisher: 'snopes', steps: ['false', 'mostly false', 'mixture', 'mostly true', 'true'] },
  { publisher: 'washington post', steps: ['four pinocchios', 'three pinocchios', 'two pinocchios', 'one pinocchio', 'geppetto checkmark'] },
];

/** The ratings that say how true a claim is; the others (misleading, unproven, satire, unrated) are off any scale. */
const ORDERED: readonly Rating[] = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false'];

/** The longest scale a rail is drawn for: a 0-100 score is a percentage, not steps a reader can count. */
const MAX_STEPS = 11;

/**
 * The step a verdict takes on its publisher's ordered scale, for a small scale rail; `undefined`
 * when it has none (brief point 4: a scale only when the publisher has one).
 *
 * - A verdict whose rating is not about truth (misleading, missing context, unproven, satire,
 *   unrated) has no place on a scale, whatever its label or score.
 * - A known publisher's label takes that scale's step: the publisher's scale when `publisher`
 *   names one ("PolitiFact" and "Mostly True", 5 of 6), otherwise the one ordered scale that has
 *   the label ("Pants on Fire" is only PolitiFact's). A label several scales share ("True")
 *   without a publisher says nothing about how many steps there are.
 * - Otherwise a whole-number score with whole-number ends, 2 to 11 steps apart, in either
 *   direction (`{ value: 4, best: 5, worst: 1 }` is 4 of 5).
 *
 * Pure: no DOM, no words; bad input gives `undefined`, never a throw.
 */
export function scalePosition(verdict: { rating?: unknown; label?: unknown; score?: RatingScore } | undefined, publisher?: unknown): ScalePosition | undefined {
  if (!verdict || typeof verdict !== 'object') return undefined;
  if (!ORDERED.includes(resolveRating(verdict))) return undefined;
  return fromLabel(verdict.label, publisher) ?? fromScore(verdict.score);
}

function fromLabel(label: unknown, publisher: unknown): ScalePosition | undefined {
  if (typeof label !== 'string') return undefined;
  const key = normalizeLabel(label);
  const name = typeof publisher === 'string' ? normalizeLabel(publisher) : '';
  const own = name ? ORDERED_SCALES.filter((scale) => name.includes(scale.publisher)) : [];
  const candidates = own.length ? own : ORDERED_SCALES;
  const found = candidates.filter((scale) => scale.steps.includes(key));
  if (found.length !== 1) return undefined;
  const { steps } = found[0]!;
  return { index: steps.indexOf(key), count: steps.length };
}

function fromScore(score: RatingScore | undefined): ScalePosition | undefined {
  if (!score || typeof score !== 'object') return undefined;
  const { value } = score;
  const best = score.best ?? 5;
  const worst = score.worst ?? 1;
  if (![value, best, worst].every(Number.isInteger)) return undefined;
  const count = Math.abs(best - worst) + 1;
  const index = Math.abs(value - worst);
  if (count < 2 || count > MAX_STEPS || index >= count || Math.sign(value - worst) === -Math.sign(best - worst)) return undefined;
  return { index, count };
}
