/**
 * HTML entities in ClaimReview text. CMS plugins often write JSON-LD from HTML-escaped fields, so
 * real markup says `&#8220;Falso&#8221;` or `Tom &amp; Jerry`. Only the ClaimReview import
 * decodes them (everything else shows text exactly as given), and it does so with this small
 * table rather than a DOM parser: the data layer has no DOM, and nothing here ever parses markup.
 * Tags are not stripped: `<b>` stays the literal text `<b>`, which the elements render as text.
 */

/** The named entities that occur in real markup; an unknown name is left as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  minus: '−',
  hellip: '…',
  bull: '•',
  middot: '·',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  prime: '′',
  Prime: '″',
  iexcl: '¡',
  iquest: '¿',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  sect: '§',
  para: '¶',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oelig: 'œ',
  OElig: 'Œ',
  oslash: 'ø',
  Oslash: 'Ø',
  eth: 'ð',
  ETH: 'Ð',
  thorn: 'þ',
  THORN: 'Þ',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
};

/** Accented letters by HTML's naming pattern (`eacute`, `Ntilde`, `ouml`, `ccedil`...). */
const ACCENTS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};

/** What HTML makes of `&#128;`…`&#159;`: the Windows-1252 characters CMSs meant by them. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function named(name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(NAMED, name)) return NAMED[name];
  const accented = /^([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/.exec(name);
  if (!accented) return undefined;
  const letter = `${accented[1]}${ACCENTS[accented[2]!]}`.normalize('NFC');
  // Only a letter that exists precomposed is a real entity (`&eacute;`, not `&xacute;`).
  return letter.length === 1 ? letter : undefined;
}

function numeric(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Decodes HTML character references: named (`&amp;`, `&nbsp;`, `&eacute;`...), decimal
 * (`&#8220;`) and hexadecimal (`&#x201C;`). One pass, so `&amp;quot;` becomes `&quot;`, as a
 * browser would show it. A reference without its closing `;` or with an unknown name is left as
 * written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return numeric(Number.parseInt(dec, 10));
    if (hex !== undefined) return numeric(Number.parseInt(hex, 16));
    return named(name!) ?? match;
  });
}

/**
 * Text as the import keeps it: entities decoded, line breaks, tabs and runs of spaces folded into
 * one space, and trimmed. A lone no-break space stays (French puts one before `?` and `:`).
 */
export function cleanText(text: string): string {
  return decodeEntities(text)
    .replace(/\s+/g, (run) => (run === '\u00a0' || run === '\u202f' ? run : ' '))
    .trim();
}
