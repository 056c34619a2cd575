import type { Rating } from './ratings/rating.js';

/**
 * Which reviews in one input check the same claim, so that the embed can show several
 * fact-checkers' verdicts together. Pure: no DOM, no words.
 *
 * Two reviews are of the same claim when their claim texts are equal once normalized (see
 * {@link claimTextKey}: exact equality, no fuzzy matching), or when they share an appearance URL
 * (see {@link appearanceKey}) that identifies one claim. Being the same claim is transitive: a
 * review that shares its text with one and a URL with another joins both into one group.
 */

/** What grouping reads of a document: its claim's text and appearances, and who published it. */
export interface GroupableReview {
  claim: { text: string; appearances?: ReadonlyArray<{ url?: string }> };
  publisher?: { name: string };
  url?: string;
}

export interface ReviewGroup<T> {
  /** The positions of the group's reviews in the input, ascending. */
  readonly indices: readonly number[];
  /** The reviews themselves, in input order. */
  readonly documents: readonly T[];
}

/** Typographic quotation marks read as their plain forms. */
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\u301f\uff02]/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2039\u203a]/gu;
/** Quotation marks and closing punctuation that may wrap or end a claim without changing it. */
const EDGE_QUOTES = /^["'`\u300c\u300e]+|["'`\u300d\u300f]+$/gu;
const TRAILING_PUNCTUATION = /[.!?;:,\u2026\u3002\uff01\uff1f\uff1b\uff1a\uff0c\u061f\u06d4\u0589\u0964]+$/u;

/**
 * The claim text as grouping compares it: Unicode NFKC (full-width letters, `…`), lower case,
 * typographic quotes as plain ones, whitespace folded to one space, and the quotation marks and
 * sentence punctuation around it removed. Words, their order and the punctuation inside are kept,
 * so "Crime rose 10%" and "Crime rose 12%" stay apart. Empty when nothing is left to compare.
 */
export function claimTextKey(text: string): string {
  let key = text.normalize('NFKC').toLowerCase().replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(/\s+/gu, ' ').trim();
  // Quotes and punctuation nest either way round ("It rose." / "It rose".): peel until stable.
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = key.replace(EDGE_QUOTES, '').replace(TRAILING_PUNCTUATION, '').trim();
  }
  return key;
}

/** Query parameters that say how a reader arrived, not which page it is (`si`: YouTube's and Spotify's share id). */
const TRACKING = /^(utm_.+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|igsh|mc_cid|mc_eid|_ga|_gl|si|ref_src|ref_url)$/i;
/** X's share parameters, which elsewhere can name the page (`t` is a time in a video link). */
const X_TRACKING = /^(s|t)$/i;
const X_HOSTS = /^(mobile\.)?(twitter\.com|x\.com)$/;

/**
 * An appearance URL as grouping compares it, or undefined when it does not point at one page.
 * The scheme (http and https alike) and `www.` are dropped, the host is lower case, a trailing
 * slash and the fragment are dropped, and so are tracking parameters (`utm_*`, `fbclid`, `gclid`
 * and the like). A site's home page (no path, no query) names no claim and gives undefined.
 */
export function appearanceKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  const onX = X_HOSTS.test(host);
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING.test(name) && !(onX && X_TRACKING.test(name)));
  const path = parsed.pathname.replace(/\/+$/, '');
  const query = new URLSearchParams(kept).toString();
  if (!path && !query) return undefined;
  return `${host}${path}${query ? `?${query}` : ''}`;
}

/**
 * Groups the reviews of one input by the claim they check. Every review is in exactly one group;
 * groups come in the order of their first review, and each keeps its reviews in input order. A
 * review that shares its claim with no other is a group of one. Never throws.
 *
 * An appearance URL joins reviews only while it names one claim: when one publisher (or two
 * reviews with no publisher) uses it for different claim texts, it is a page holding several
 * claims (a debate, a long video), and it joins nothing.
 */
export function groupReviews<T extends GroupableReview>(documents: readonly T[]): ReviewGroup<T>[] {
  const parent = documents.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    // The earlier review stays the root, so a group is found by its first review.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const texts = documents.map((doc) => safely(() => claimTextKey(doc.claim.text), ''));
  const byText = new Map<string, number>();
  texts.forEach((key, i) => {
    if (!key) return;
    const first = byText.get(key);
    if (first === undefined) byText.set(key, i);
    else union(first, i);
  });

  const byUrl = new Map<string, number[]>();
  documents.forEach((doc, i) => {
    const urls = new Set(safely(() => (doc.claim.appearances ?? []).map((a) => (typeof a?.url === 'string' ? appearanceKey(a.url) : undefined)), []));
    for (const url of urls) if (url) byUrl.set(url, [...(byUrl.get(url) ?? []), i]);
  });
  for (const members of byUrl.values()) {
    if (members.length < 2 || holdsSeveralClaims(members, documents, texts)) continue;
    for (const i of members.slice(1)) union(members[0]!, i);
  }

  const groups = new Map<number, number[]>();
  documents.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()].map((indices) => ({ indices, documents: indices.map((i) => documents[i]!) }));
}

/** Whether one publisher gives the same appearance URL to different claims. */
function holdsSeveralClaims(members: readonly number[], documents: readonly GroupableReview[], texts: readonly string[]): boolean {
  const claimsBy = new Map<string, string>();
  for (const i of members) {
    // Reviews with no publisher are counted as one: nothing says they are not the same one.
    const publisher = safely(() => claimTextKey(documents[i]!.publisher?.name ?? ''), '');
    const seen = claimsBy.get(publisher);
    if (seen !== undefined && seen !== texts[i]) return true;
    claimsBy.set(publisher, texts[i]!);
  }
  return false;
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * How far several verdicts on one claim agree: `same` when every rated verdict is the same
 * rating, `similar` when they are of one family (`true` and `mostly-true`; `false`,
 * `mostly-false` and `misleading`), `differ` otherwise, and `unknown` when fewer than two are rated
 * (`unrated` says nothing either way).
 */
export type ReviewAgreement = 'same' | 'similar' | 'differ' | 'unknown';

const FAMILY: Record<Rating, string> = {
  true: 'accurate',
  'mostly-true': 'accurate',
  mixed: 'mixed',
  'mostly-false': 'inaccurate',
  false: 'inaccurate',
  misleading: 'inaccurate',
  unproven: 'unproven',
  satire: 'satire',
  unrated: 'unrated',
};

/** See {@link ReviewAgreement}. */
export function reviewAgreement(ratings: readonly Rating[]): ReviewAgreement {
  const rated = ratings.filter((rating) => rating !== 'unrated' && rating in FAMILY);
  if (rated.length < 2) return 'unknown';
  if (rated.every((rating) => rating === rated[0])) return 'same';
  return rated.every((rating) => FAMILY[rating] === FAMILY[rated[0]!]) ? 'similar' : 'differ';
}
