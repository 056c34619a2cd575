import type { Claim, Media, MediaAuthenticity, MediaKind, Verdict } from '../fact-check/schema.js';
import type { Rating } from '../ratings/rating.js';
import { MAX_MEDIA_DIMENSION } from '../limits.js';
import { describe } from '../schema/kit.js';
import { at } from './json-path.js';
import { readDate } from './read-date.js';
import { readLink, readUrl } from './read-url.js';
import { hasType, typesOf } from './schema-type.js';
import { AS_TITLE, compact, entries, isNode, readNumber, readText, warn, type Node, type ReadContext } from './values.js';

type Appearance = NonNullable<Claim['appearances']>[number];

/**
 * schema.org's media types by the kind of media they hold: the MediaObject subtypes MediaReview
 * markup uses (and its `…Snapshot` variants for a copy as it was seen), and `Photograph`.
 */
const KINDS: Readonly<Record<string, MediaKind>> = {
  ImageObject: 'image',
  ImageObjectSnapshot: 'image',
  Photograph: 'image',
  VideoObject: 'video',
  VideoObjectSnapshot: 'video',
  Clip: 'video',
  AudioObject: 'audio',
  AudioObjectSnapshot: 'audio',
  Audiobook: 'audio',
};

/** The kind of media a node is, by its type (a bare `MediaObject` by its `encodingFormat`), or `undefined`. */
export function mediaKindOf(node: unknown): MediaKind | undefined {
  for (const type of typesOf(node)) {
    const kind = KINDS[type];
    if (kind) return kind;
  }
  if (!hasType(node, 'MediaObject')) return undefined;
  const format = (node as Node).encodingFormat;
  const match = typeof format === 'string' ? /^(image|video|audio)\//i.exec(format.trim()) : null;
  return match ? (match[1]!.toLowerCase() as MediaKind) : undefined;
}

/**
 * `mediaAuthenticityCategory` values as written, reduced to letters in lower case: the
 * enumeration members (`DecontextualizedContent`, also as `https://schema.org/…` or
 * `schema:…`), the same without `Content`, and the labels Google's and the Duke Reporters' Lab's
 * MediaReview guides give them ("Missing context", "Edited", "Cropped", "Satire/Parody").
 */
const AUTHENTICITY: Readonly<Record<string, MediaAuthenticity>> = {
  originalmediacontent: 'original-context',
  originalmedia: 'original-context',
  original: 'original-context',
  originalcontent: 'original-context',
  decontextualizedcontent: 'missing-context',
  decontextualized: 'missing-context',
  missingcontext: 'missing-context',
  editedorcroppedcontent: 'edited-or-cropped',
  editedorcropped: 'edited-or-cropped',
  edited: 'edited-or-cropped',
  cropped: 'edited-or-cropped',
  transformedcontent: 'transformed',
  transformed: 'transformed',
  stagedcontent: 'staged',
  staged: 'staged',
  satireorparodycontent: 'satire-or-parody',
  satireorparody: 'satire-or-parody',
  satire: 'satire-or-parody',
  parody: 'satire-or-parody',
};

/**
 * The authenticity code of a `mediaAuthenticityCategory`: a member's name or IRI, a node naming it
 * (`{"@id": "https://schema.org/StagedContent"}`, `{"name": "Staged"}`), or a list (the first
 * known one). An unknown value is left out with a warning.
 */
export function readAuthenticity(value: unknown, path: string, ctx: ReadContext): MediaAuthenticity | undefined {
  if (value === undefined || value === null) return undefined;
  for (const [entry, entryPath] of entries(value, path)) {
    const named = isNode(entry) ? (entry['@id'] ?? entry.name ?? entry['@value']) : entry;
    if (typeof named !== 'string' || named.length > 200) continue;
    const key = named
      .trim()
      .replace(/^.*[/#:]/, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    const code = AUTHENTICITY[key];
    if (code) return code;
    warn(ctx, entryPath, `${describe(named)} is not a schema.org MediaManipulationRatingEnumeration value; left out`);
    return undefined;
  }
  warn(ctx, path, `expected a MediaManipulationRatingEnumeration value, got ${describe(value)}; left out`);
  return undefined;
}

/**
 * A size in pixels: a number, a string such as `"640"` or `"640px"` (schema.org's Distance), or a
 * QuantitativeValue (`{"value": 640, "unitCode": "E37"}`, E37 being UN/CEFACT's pixel, or
 * `"unitText": "px"`). A fraction is rounded; another unit, or a size beyond 1 to
 * `MAX_MEDIA_DIMENSION`, is left out with a warning.
 */
export function readDimension(value: unknown, path: string, ctx: ReadContext): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let raw: unknown = value;
  let unit: unknown;
  let valuePath = path;
  if (Array.isArray(value)) return value.length ? readDimension(value[0], at(path, 0), ctx) : undefined;
  if (isNode(value)) {
    raw = value.value ?? value['@value'];
    unit = value.unitCode ?? value.unitText;
    valuePath = at(path, value.value !== undefined ? 'value' : '@value');
  }
  if (unit !== undefined && !(typeof unit === 'string' && /^(e37|px|pixels?)$/i.test(unit.trim()))) {
    warn(ctx, path, `is not given in pixels (${describe(unit)}); left out`);
    return undefined;
  }
  const text = typeof raw === 'string' && raw.length <= 100 ? raw.trim().replace(/\s*(px|pixels?)$/i, '') : raw;
  const number = readNumber(text);
  if (number === undefined) {
    warn(ctx, valuePath, `expected a size in pixels, got ${describe(raw)}; left out`);
    return undefined;
  }
  const pixels = Math.round(number);
  if (pixels < 1 || pixels > MAX_MEDIA_DIMENSION) {
    warn(ctx, valuePath, `expected a size from 1 to ${MAX_MEDIA_DIMENSION} pixels, got ${number}; left out`);
    return undefined;
  }
  return pixels;
}

/**
 * One media object (ImageObject, VideoObject, MediaReview's `…Snapshot`s) as FactCheck media:
 * `contentUrl` (else `embedUrl`, else `url`) as its address, `thumbnailUrl` (or a `thumbnail`
 * ImageObject), `width` and `height`, and `caption` (else `name`) as its text alternative.
 */
function readMediaObject(node: Node, kind: MediaKind, path: string, ctx: ReadContext): Media {
  const urlKey = ['contentUrl', 'embedUrl', 'url'].find((key) => node[key] !== undefined);
  const thumbnailKey = node.thumbnailUrl !== undefined ? 'thumbnailUrl' : 'thumbnail';
  return compact({
    kind,
    url: urlKey ? readUrl(node[urlKey], at(path, urlKey), ctx) : undefined,
    thumbnailUrl: readLink(node[thumbnailKey], at(path, thumbnailKey), ctx),
    width: readDimension(node.width, at(path, 'width'), ctx),
    height: readDimension(node.height, at(path, 'height'), ctx),
    caption: readText(node.caption, at(path, 'caption'), ctx, AS_TITLE) ?? readText(node.name, at(path, 'name'), ctx, AS_TITLE),
  });
}

/**
 * The media objects a review is about, in order, with their paths: the reviewed item itself when
 * it is one (a ClaimReview of an ImageObject, a MediaReview of a VideoObject), a MediaReviewItem's
 * `mediaItemAppearance`, and a Claim's `appearance` and `firstAppearance` entries that are media.
 */
export function mediaObjects(item: Node, itemPath: string): Array<[Node, string, MediaKind]> {
  const found: Array<[Node, string, MediaKind]> = [];
  const add = (value: unknown, path: string) => {
    const kind = mediaKindOf(value);
    if (kind && !found.some(([known]) => known === value)) found.push([value as Node, path, kind]);
  };
  add(item, itemPath);
  for (const key of ['mediaItemAppearance', 'appearance', 'firstAppearance']) {
    for (const [entry, entryPath] of entries(item[key], at(itemPath, key))) add(entry, entryPath);
  }
  return found;
}

/**
 * The media a review is about (the first media object found), with the review's
 * `mediaAuthenticityCategory` as its authenticity. A review that names a category but no media
 * object has no kind to show, and its media is left out with a warning.
 */
export function readMedia(review: Node, reviewPath: string, item: Node, itemPath: string, ctx: ReadContext): Media | undefined {
  const categoryPath = at(reviewPath, 'mediaAuthenticityCategory');
  const [first] = mediaObjects(item, itemPath);
  if (!first) {
    if (review.mediaAuthenticityCategory !== undefined) {
      warn(ctx, categoryPath, 'rates media, but the review names no ImageObject, VideoObject or AudioObject: there is no media to show');
    }
    return undefined;
  }
  const [node, path, kind] = first;
  const media = readMediaObject(node, kind, path, ctx);
  const authenticity = readAuthenticity(review.mediaAuthenticityCategory, categoryPath, ctx);
  return authenticity ? { ...media, authenticity } : media;
}

/**
 * Where the media appeared, from a MediaReviewItem's `mediaItemAppearance`: each copy's page
 * (`url`, else `embedUrl`, else the `contentUrl` it was seen at), its `headline` or `name`, and
 * when it was posted (`uploadDate`, else `datePublished`). Media objects in a Claim's `appearance`
 * say where through `url` or `embedUrl` only: their `contentUrl` is the file, the media itself.
 */
export function readMediaAppearance(node: Node, path: string, ctx: ReadContext, { fileCounts }: { fileCounts: boolean }): Appearance | undefined {
  const keys = fileCounts ? ['url', 'embedUrl', 'contentUrl'] : ['url', 'embedUrl'];
  const urlKey = keys.find((key) => node[key] !== undefined);
  const dateKey = node.uploadDate !== undefined ? 'uploadDate' : 'datePublished';
  const appearance = compact({
    url: urlKey ? readUrl(node[urlKey], at(path, urlKey), ctx) : undefined,
    title: readText(node.headline, at(path, 'headline'), ctx, AS_TITLE) ?? readText(node.name, at(path, 'name'), ctx, AS_TITLE),
    date: readDate(node[dateKey], at(path, dateKey), ctx),
  });
  // A title alone says what, not where: it is the caption's, and not an appearance.
  return appearance.url || appearance.date ? appearance : undefined;
}

/**
 * The rating a MediaReview without a `reviewRating` gives, from its category. Following the
 * Duke Reporters' Lab's definitions (which Google's MediaReview guide adopted): original media
 * "may still contain false or misleading claims", so it rates nothing (`unrated`: the card's
 * words say "Original"); media taken out of context or edited/cropped misleads with real footage
 * (`misleading`); transformed and staged media are fabrications (`false`); satire is satire.
 */
const RATING_OF: Readonly<Record<MediaAuthenticity, Rating>> = {
  'original-context': 'unrated',
  'missing-context': 'misleading',
  'edited-or-cropped': 'misleading',
  transformed: 'false',
  staged: 'false',
  'satire-or-parody': 'satire',
};

/**
 * The verdict of a MediaReview that has no `reviewRating`: the rating its category implies, with
 * no label (the elements name it in the reader's language), and the fact-checker's account of the
 * original context (`originalMediaContextDescription`) as the summary.
 */
export function mediaReviewVerdict(review: Node, path: string, ctx: ReadContext, authenticity: MediaAuthenticity | undefined): Verdict {
  const summary = readText(review.originalMediaContextDescription, at(path, 'originalMediaContextDescription'), ctx);
  if (!authenticity) warn(ctx, at(path, 'mediaAuthenticityCategory'), 'is missing or unknown, and there is no reviewRating: the media shows as unrated');
  return compact({ rating: authenticity ? RATING_OF[authenticity] : 'unrated', summary });
}
