import type { Rating } from './rating.js';
import { englishScale } from './scales/english.js';

/**
 * Publishers write verdicts in their own words ("Pants on Fire", "Half True", "Falso"); this
 * table maps those words onto normalized ratings. Scales are plain label → rating records so that
 * a publisher can register its own at run time with {@link registerRatingScale}.
 */
export type RatingScale = Readonly<Record<string, Rating>>;

/** Labels a publisher registered: they win over every built-in scale, whenever those load. */
const custom = new Map<string, Rating>();
/** Built-in scales: English at once, the other publishers and languages on demand. */
const builtIn = new Map<string, Rating>();
let everyScale: Promise<void> | undefined;
let everyScaleRegistered = false;

function addTo(table: Map<string, Rating>, scale: RatingScale): void {
  for (const [label, rating] of Object.entries(scale)) {
    const key = normalizeLabel(label);
    if (key) table.set(key, rating);
  }
}

/**
 * Marks that change how a word looks but not which word it is: Arabic tatweel and vowel marks
 * ("جزئياً" is "جزئيا"), the Armenian emphasis, exclamation and question marks written over a
 * vowel inside the word ("Սո՜ւտ"), soft hyphens and zero-width spaces.
 */
const INVISIBLE_MARKS = /[\u00ad\u200b\u2060\ufeff\u0640\u064b-\u065f\u0670\u055b-\u055e]/g;
/** Quotes and sentence punctuation around a label, in Latin, CJK, Arabic, Armenian and Devanagari. */
const EDGE_PUNCTUATION = /^[\s"'“”«»„‘’‹›‚.!?¡¿:;,…。、「」『』《》【】〈〉؟،؛۔।॥։]+|[\s"'“”«»„‘’‹›‚.!?¡¿:;,…。、「」『』《》【】〈〉؟،؛۔।॥։]+$/g;

/**
 * Folds the ways one label is written in the wild onto one key: case, Unicode forms, stray
 * whitespace and line breaks, snake_case and kebab-case, curly apostrophes, surrounding quotes and
 * trailing punctuation in any script ("False.", "MOSTLY_FALSE", " Pants  on fire! ", "錯誤。",
 * "مضلل؟", "Սուտ։").
 */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE_MARKS, '')
    .replace(/[_\-‐‑–—]+/g, ' ')
    .replace(EDGE_PUNCTUATION, '')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/\s+/g, ' ');
}

/** Adds (or overrides) labels for a publisher's scale; later registrations win, and beat built-ins. */
export function registerRatingScale(scale: RatingScale): void {
  addTo(custom, scale);
}

/** The normalized rating a publisher's label stands for, or `undefined` when the label is unknown. */
export function ratingFromLabel(label: unknown): Rating | undefined {
  if (typeof label !== 'string') return undefined;
  const key = normalizeLabel(label);
  return custom.get(key) ?? builtIn.get(key);
}

/**
 * Registers every built-in scale (publishers' scales and other languages; about 4 KB gzipped),
 * once. The browser bundle loads them as a separate chunk on the first label English does not
 * know; `fact-verdict/data` registers them at import, so Node code never needs to call this.
 */
export function loadRatingScales(): Promise<void> {
  everyScale ??= import('./scales/index.js').then(({ allScales }) => registerBuiltInScales(allScales));
  return everyScale;
}

/** Whether a label may become known once the built-in scales are loaded. */
export function mayNeedRatingScales(label: unknown): boolean {
  return typeof label === 'string' && !everyScaleRegistered && ratingFromLabel(label) === undefined && normalizeLabel(label) !== '';
}

/** For the eager registration in `fact-verdict/data` (see `scales/register-all.ts`). */
export function registerBuiltInScales(scales: readonly RatingScale[]): void {
  for (const scale of scales) addTo(builtIn, scale);
  everyScaleRegistered = true;
  everyScale ??= Promise.resolve();
}

addTo(builtIn, englishScale);
