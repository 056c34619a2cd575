import type { Rating } from './rating.js';
import { englishScale } from './scales/english.js';

/**
 * Publishers write verdicts in their own words ("Pants on Fire", "Half True", "Falso"); this
 * table maps those words onto normalized ratings. Scales are plain label → rating records so that
 * a publisher can register its own at run time with {@link registerRatingScale}.
 */
export type RatingScale = Readonly<Record<string, Rating>>;

const table = new Map<string, Rating>();

/**
 * Folds the ways one label is written in the wild onto one key: case, Unicode forms, stray
 * whitespace and line breaks, snake_case and kebab-case, surrounding quotes and trailing
 * punctuation ("False.", "MOSTLY_FALSE", " Pants  on fire! ").
 */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[_\-‐‑–—]+/g, ' ')
    .replace(/^[\s"'“”«»„‘’.!?¡¿:;,…]+|[\s"'“”«»„‘’.!?¡¿:;,…]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** Adds (or overrides) labels for a publisher's scale; later registrations win. */
export function registerRatingScale(scale: RatingScale): void {
  for (const [label, rating] of Object.entries(scale)) {
    const key = normalizeLabel(label);
    if (key) table.set(key, rating);
  }
}

/** The normalized rating a publisher's label stands for, or `undefined` when the label is unknown. */
export function ratingFromLabel(label: unknown): Rating | undefined {
  if (typeof label !== 'string') return undefined;
  return table.get(normalizeLabel(label));
}

registerRatingScale(englishScale);
