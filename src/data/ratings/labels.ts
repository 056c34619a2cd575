import { VERSION } from '../../version.js';
import { notifyRegistryChange, sharedRegistry } from '../registry.js';
import type { readLabelByWords } from './label-words.js';
import { isRating, type Rating } from './rating.js';
import { englishScale } from './scales/english.js';

/**
 * Publishers write verdicts in their own words ("Pants on Fire", "Half True", "Falso"); this
 * table maps those words onto normalized ratings. Scales are plain label → rating records so that
 * a publisher can register its own at run time with {@link registerRatingScale}.
 */
export type RatingScale = Readonly<Record<string, Rating>>;

/**
 * The tables live in the page's registry, shared with every other copy of the library: labels a
 * publisher registered (they win over every built-in scale, whenever those load), and the built-in
 * scales every copy contributed (English at once, the other publishers and languages on demand).
 */
const registry = sharedRegistry();
let everyScale: Promise<void> | undefined;
/**
 * Reads a label no table lists as written by its words (`label-words.ts`); it arrives with the
 * built-in scales, and is kept in the registry by version (another version may read words
 * differently), so a copy of this version that loaded the scales lends it to the others.
 */
const byWords = (): typeof readLabelByWords | undefined => registry.labelReaders?.get(VERSION) as typeof readLabelByWords | undefined;

/**
 * Adds a scale's labels to a table and says whether any label now means something else. Anything
 * but a string rating is skipped, and nothing throws.
 */
function addTo(table: Map<string, string>, scale: unknown): boolean {
  if (typeof scale !== 'object' || scale === null) return false;
  let changed = false;
  for (const [label, rating] of Object.entries(scale)) {
    const key = normalizeLabel(label);
    if (key && typeof rating === 'string' && table.get(key) !== rating) {
      table.set(key, rating);
      changed = true;
    }
  }
  return changed;
}

/**
 * Marks that change how a word looks but not which word it is: Arabic tatweel and vowel marks
 * ("جزئياً" is "جزئيا"), the Armenian emphasis, exclamation and question marks written over a
 * vowel inside the word ("Սո՜ւտ"), soft hyphens and zero-width spaces.
 */
// Each combining mark is matched on its own, deliberately: it is removed, never kept with its base letter.
// eslint-disable-next-line no-misleading-character-class
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

/**
 * Adds (or overrides) labels for a publisher's scale; later registrations win, and beat built-ins.
 * The scale is shared by every copy of the library on the page, and elements already on screen
 * show the new ratings.
 */
export function registerRatingScale(scale: RatingScale): void {
  if (addTo(registry.customLabels, scale)) notifyRegistryChange('ratings');
}

/**
 * The normalized rating a publisher's label stands for, or `undefined` when the label is unknown.
 * A rating this copy does not know (a newer copy's, a mistyped registration) counts as unknown.
 */
export function ratingFromLabel(label: unknown): Rating | undefined {
  if (typeof label !== 'string') return undefined;
  const key = normalizeLabel(label);
  return ratingFromKey(key) ?? (key ? byWords()?.(key, ratingFromKey) : undefined);
}

/** The rating a normalized label is listed under: a publisher's registration first, then the built-in scales. */
function ratingFromKey(key: string): Rating | undefined {
  const custom = registry.customLabels.get(key);
  if (isRating(custom)) return custom;
  const builtIn = registry.builtInLabels.get(key);
  return isRating(builtIn) ? builtIn : undefined;
}

/**
 * Registers every built-in scale (45 publishers' and languages' scales, about 7.5 KB gzipped, with the reader of labels by their words),
 * once. The browser bundle loads them as a separate chunk on the first label English does not
 * know; `fact-verdict/data` registers them at import, so Node code never needs to call this.
 */
export function loadRatingScales(): Promise<void> {
  everyScale ??= import('./scales/index.js').then(
    ({ allScales, readLabelByWords }) => registerBuiltInScales(allScales, readLabelByWords),
    (error: unknown) => {
      // A chunk that failed to load (offline, a moved file) may load on a later label.
      everyScale = undefined;
      throw error;
    },
  );
  return everyScale;
}

/**
 * Whether a label may become known once the built-in scales are loaded. Another copy of the same
 * version that loaded them already counts; one of another version may know different labels.
 */
export function mayNeedRatingScales(label: unknown): boolean {
  return typeof label === 'string' && !registry.completeScales.has(VERSION) && ratingFromLabel(label) === undefined && normalizeLabel(label) !== '';
}

/** For the eager registration in `fact-verdict/data` (see `scales/register-all.ts`), and the lazy one. */
export function registerBuiltInScales(scales: readonly RatingScale[], readWords?: typeof readLabelByWords): void {
  everyScale ??= Promise.resolve();
  if (readWords && !byWords()) (registry.labelReaders ??= new Map()).set(VERSION, readWords);
  if (registry.completeScales.has(VERSION)) return;
  for (const scale of scales) addTo(registry.builtInLabels, scale);
  registry.completeScales.add(VERSION);
  notifyRegistryChange('ratings');
}

// Each copy brings its English scale. A second copy of the same version adds nothing new; one of
// another version may, and the first copy's elements should show what it knows.
if (addTo(registry.builtInLabels, englishScale) && registry.versions.length > 1) notifyRegistryChange('ratings');
