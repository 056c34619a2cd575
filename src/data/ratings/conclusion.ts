import { resolveRating } from './resolve.js';
import type { RatingScore } from './score.js';

/** A full stop, question or exclamation mark at the end, in Latin, CJK, Arabic and Devanagari scripts. */
const SENTENCE_END = /[.!?。！？؟।…]$/u;

/**
 * Whether `label` reads as a sentence rather than a rating's name: five words or more, 40
 * characters or more (scripts written without spaces), or 12 characters or more ending as a sentence.
 */
function isSentence(label: string): boolean {
  return label.split(/\s+/).length >= 5 || label.length >= 40 || (label.length >= 12 && SENTENCE_END.test(label));
}

/**
 * The conclusion a publisher that does not rate writes in place of a rating (Full Fact,
 * FactCheck.org), to show as a statement rather than a badge (brief point 5); `undefined` for a
 * rated verdict, which keeps its badge.
 *
 * The rule: the verdict resolves to no rating (no known label, no usable score, or an explicit
 * `unrated`), and either its label reads as a sentence ("The figure is right, but it leaves out the
 * three years before the change.") or it has no label and a summary says what was found, in which
 * case the summary is the conclusion. A short unknown label ("Four Pinocchios-ish", "Research in
 * Progress") stays a badge: it is a rating's name the library does not know.
 *
 * Pure: no DOM, no words of its own; bad input gives `undefined`, never a throw.
 */
export function verdictConclusion(verdict: { rating?: unknown; label?: unknown; score?: RatingScore; summary?: unknown } | undefined): string | undefined {
  if (!verdict || typeof verdict !== 'object' || resolveRating(verdict) !== 'unrated') return undefined;
  const label = typeof verdict.label === 'string' ? verdict.label.trim() : '';
  if (label) return isSentence(label) ? label : undefined;
  const summary = typeof verdict.summary === 'string' ? verdict.summary.trim() : '';
  return summary || undefined;
}
