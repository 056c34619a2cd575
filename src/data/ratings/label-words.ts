import type { Rating } from './rating.js';

/**
 * Reads a verdict label that no scale lists as written, by its words: publishers add intensifiers
 * (`totally_false`, `COMPLETELY-FALSE`, `muy falso`), hedges (`largely false`), a prefix naming
 * the field (`Rating: False`, `Calificación: Falso`), or write a whole sentence that opens with the
 * rating word (`FALSO: el video es de 2019`). Each step only removes words whose meaning the rating
 * keeps (or, for a hedge, weakens by one step); whatever is left must still be a label a scale
 * knows, so an unknown word never becomes a rating by elimination.
 *
 * It works on the normalized key (`normalizeLabel`: lower case, `_` and `-` as spaces) and lives in
 * the scales' chunk, beside the tables it reads with: the badge-only CDN entry stays small.
 */
export type LabelLookup = (key: string) => Rating | undefined;

/** Names of the field a label is sometimes prefixed with, in the supported languages. */
const FIELD_PREFIX = new RegExp(
  `^(?:${[
    'rating',
    'our rating',
    'verdict',
    'our verdict',
    'conclusion',
    'claim',
    'calificación',
    'calificacion',
    'veredicto',
    'nuestra calificación',
    'classificação',
    'classificacao',
    'selo',
    'etiqueta',
    'note',
    'notre verdict',
    'bewertung',
    'urteil',
    'fazit',
    'giudizio',
    'verdetto',
    'ocena',
    'werdykt',
    'oordeel',
    'вердикт',
    'оценка',
    'оцінка',
    'висновок',
    'вывод',
    'sonuç',
    'karar',
    'hüküm',
    'الحكم',
    'التصنيف',
    'النتيجة',
    'نتیجه',
    'حکم',
    'हमारा निष्कर्ष',
    'निष्कर्ष',
    'kesimpulan',
    'hasil',
    'uamuzi',
    'եզրակացություն',
    'დასკვნა',
    'nəticə',
    '結論',
    '结论',
    '判定',
    '評級',
    '评级',
    '판정',
  ].join('|')})\\s*[:：]\\s*`,
  'u',
);

/** Words that make a verdict stronger without changing it: removed. */
const INTENSIFIERS = [
  // English
  'totally',
  'completely',
  'absolutely',
  'entirely',
  'utterly',
  'wholly',
  'very',
  'simply',
  'clearly',
  'plainly',
  'patently',
  'demonstrably',
  'definitely',
  'outright',
  'flat out',
  '100%',
  // Spanish, Portuguese, Italian
  'muy',
  'totalmente',
  'completamente',
  'absolutamente',
  'rotundamente',
  'claramente',
  'muito',
  'del tutto',
  'assolutamente',
  'molto',
  // French
  'totalement',
  'complètement',
  'absolument',
  'entièrement',
  'très',
  'tout à fait',
  // German, Dutch
  'völlig',
  'komplett',
  'vollkommen',
  'gänzlich',
  'absolut',
  'eindeutig',
  'volledig',
  'compleet',
  'helemaal',
  'totaal',
  // Polish, Russian, Ukrainian
  'całkowicie',
  'zupełnie',
  'kompletnie',
  'полностью',
  'совершенно',
  'абсолютно',
  'целиком',
  'повністю',
  'цілком',
  'зовсім',
  // Turkish, Azerbaijani, Indonesian
  'tamamen',
  'tamamıyla',
  'kesinlikle',
  'bütünüyle',
  'tamamilə',
  'sepenuhnya',
  'benar benar',
  // Arabic, Persian, Hindi
  'تماما',
  'كليا',
  'بالكامل',
  'کاملا',
  'पूरी तरह',
  'पूरी तरह से',
  'बिल्कुल',
  // Chinese, Japanese, Korean
  '完全',
  '完全に',
  '全くの',
  '완전히',
  '완전',
];

/** Words that weaken a verdict by one step ("largely false" is mostly false): removed, then the rating weakened. */
const HEDGES = [
  'largely',
  'mainly',
  'mostly',
  'predominantly',
  'generally',
  'substantially',
  'broadly',
  'mayormente',
  'mayoritariamente',
  'en gran parte',
  'en su mayoría',
  'principalmente',
  'em grande parte',
  'majoritariamente',
  'na maior parte',
  'en grande partie',
  'majoritairement',
  'globalement',
  'essentiellement',
  'überwiegend',
  'größtenteils',
  'weitgehend',
  'hauptsächlich',
  'in gran parte',
  'prevalentemente',
  'perlopiù',
  'sostanzialmente',
  'grotendeels',
  'overwegend',
  'w większości',
  'przeważnie',
  'w dużej mierze',
  'в основном',
  'преимущественно',
  'по большей части',
  'здебільшого',
  'переважно',
  'в основному',
  'büyük ölçüde',
  'çoğunlukla',
  'sebagian besar',
  'umumnya',
];

/** Words that, opening what follows a rating word, turn a sentence against it ("True, but misleading"). */
const CONTRASTS =
  /^(?:but|yet|however|although|though|except|pero|sin embargo|aunque|mas|porém|mais|cependant|toutefois|aber|jedoch|allerdings|ma|però|tuttavia|maar|ale|jednak|но|однако|але|проте|ama|fakat|ancak|tetapi|namun|لكن|ولكن|اما|ولی|लेकिن|परंतु|但|但是|しかし|하지만|그러나)(?:\s|,|$)/u;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsPattern = (words: readonly string[]) =>
  // Longest first, so "पूरी तरह से" goes before "पूरी तरह"; whole words only. Chinese and Japanese
  // write no spaces, so there their intensifiers are matched as the label's first characters.
  new RegExp(
    `(?:^|\\s)(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?=\\s|$)|^(?:完全に|全くの|完全)`,
    'gu',
  );
const INTENSIFIER_WORDS = wordsPattern(INTENSIFIERS);
const HEDGE_WORDS = wordsPattern(HEDGES);

const WEAKER: Partial<Record<Rating, Rating>> = { true: 'mostly-true', false: 'mostly-false' };

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The label without intensifiers, and with a hedge read as one step weaker. */
function withoutModifiers(key: string, lookup: LabelLookup): Rating | undefined {
  const plain = squash(key.replace(INTENSIFIER_WORDS, ' '));
  if (plain && plain !== key) {
    const rating = lookup(plain);
    if (rating) return rating;
  }
  const unhedged = squash(plain.replace(HEDGE_WORDS, ' '));
  if (unhedged && unhedged !== plain) {
    const rating = lookup(unhedged);
    if (rating) return WEAKER[rating] ?? rating;
  }
  return undefined;
}

/** At most this many words open a sentence-long label before its separator ("mostly false, …"). */
const MAX_HEAD_WORDS = 5;
/**
 * Where a rating word ends a sentence-long label's opening: a colon, full stop, comma, semicolon or
 * bracket (dashes are spaces by now: `normalizeLabel` reads them as word separators).
 */
const HEAD_END = /\s*(?:[:：.,，、;!。！]|\s?\()\s*/u;

/**
 * The rating a label stands for, read by its words, or `undefined`. `key` is a normalized label
 * the tables do not know; `lookup` reads a key from them.
 */
export function readLabelByWords(key: string, lookup: LabelLookup): Rating | undefined {
  const unprefixed = key.replace(FIELD_PREFIX, '');
  if (unprefixed !== key && unprefixed) {
    const rating = lookup(unprefixed) ?? withoutModifiers(unprefixed, lookup);
    if (rating) return rating;
  }
  const label = unprefixed || key;
  const modified = withoutModifiers(label, lookup);
  if (modified) return modified;
  // A sentence: the words before its first separator, when they are a rating and what follows
  // does not turn against them.
  const end = HEAD_END.exec(label);
  if (!end || end.index === 0) return undefined;
  const head = label.slice(0, end.index);
  const rest = label.slice(end.index + end[0].length);
  if (head.split(' ').length > MAX_HEAD_WORDS || CONTRASTS.test(rest)) return undefined;
  return lookup(head) ?? withoutModifiers(head, lookup);
}
