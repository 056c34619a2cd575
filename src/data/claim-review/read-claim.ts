import type { Claim } from '../fact-check/schema.js';
import { at } from './json-path.js';
import { readDate } from './read-date.js';
import { readClaimant } from './read-people.js';
import { readUrl } from './read-url.js';
import { mediaKindOf, readMedia, readMediaAppearance } from './read-media.js';
import { hasType } from './schema-type.js';
import { AS_TITLE, compact, entries, fail, isNode, isText, readText, warn, type Node, type ReadContext } from './values.js';

type Appearance = NonNullable<Claim['appearances']>[number];

/**
 * One place the claim appeared: a CreativeWork (`url`, `headline` or `name`, `datePublished`) or a
 * URL string. An ImageObject or VideoObject there is the media itself (`read-media.ts`), and says
 * where only by its page.
 */
function readAppearance(value: unknown, path: string, ctx: ReadContext): Appearance | undefined {
  if (typeof value === 'string') {
    const url = readUrl(value, path, ctx);
    return url ? { url } : undefined;
  }
  if (!isNode(value)) return undefined;
  if (mediaKindOf(value)) return readMediaAppearance(value, path, ctx, { fileCounts: false });
  const appearance = compact({
    url: readUrl(value.url, at(path, 'url'), ctx),
    title: readText(value.headline, at(path, 'headline'), ctx, AS_TITLE) ?? readText(value.name, at(path, 'name'), ctx, AS_TITLE),
    date: readDate(value.datePublished, at(path, 'datePublished'), ctx),
  });
  return Object.keys(appearance).length ? appearance : undefined;
}

function sameAppearance(a: Appearance, b: Appearance): boolean {
  if (a.url && b.url) return a.url === b.url;
  return a.url === b.url && a.title === b.title && a.date === b.date;
}

/**
 * Where the claim appeared, from `appearance` (one or a list) and `firstAppearance`, and where the
 * media did from a MediaReviewItem's `mediaItemAppearance`. The first appearance leads the list
 * unless `appearance` already names it; repeats are left out.
 */
function readAppearances(item: Node, path: string, ctx: ReadContext): Appearance[] | undefined {
  const list: Appearance[] = [];
  const add = (entry: Appearance | undefined, front = false) => {
    if (!entry || list.some((known) => sameAppearance(known, entry))) return;
    if (front) list.unshift(entry);
    else list.push(entry);
  };
  for (const [entry, entryPath] of entries(item.appearance, at(path, 'appearance'))) add(readAppearance(entry, entryPath, ctx));
  for (const [entry, entryPath] of entries(item.firstAppearance, at(path, 'firstAppearance'))) add(readAppearance(entry, entryPath, ctx), true);
  for (const [entry, entryPath] of entries(item.mediaItemAppearance, at(path, 'mediaItemAppearance'))) {
    if (isNode(entry)) add(readMediaAppearance(entry, entryPath, ctx, { fileCounts: true }));
  }
  return list.length ? list : undefined;
}

/**
 * The claim: its text from `claimReviewed` (a string, or a list whose first text is kept), then
 * `interpretedAsClaim` (of the item or the review: what a MediaReview's media was taken to say),
 * falling back to `itemReviewed.name` and then the review's headline with a warning (none for a
 * MediaReview, which has no `claimReviewed`); and from `itemReviewed` (a Claim, a CreativeWork, a
 * MediaReviewItem, an ImageObject or VideoObject, or missing) who made it, when, where it
 * appeared, its `description` as context, and the media it is about. Without any text the claim
 * cannot be shown: an error, and the caller leaves this review out.
 */
export function readClaim(review: Node, path: string, ctx: ReadContext, headline: string | undefined): Claim | undefined {
  const itemPath = at(path, 'itemReviewed');
  const itemEntries = entries(review.itemReviewed, itemPath);
  const [itemValue, itemEntryPath] = itemEntries.find(([entry]) => isNode(entry)) ?? [undefined, itemPath];
  const item: Node = isNode(itemValue) ? itemValue : {};

  const textPath = at(path, 'claimReviewed');
  let text = readText(review.claimReviewed, textPath, ctx);
  if (Array.isArray(review.claimReviewed)) {
    const texts = new Set(review.claimReviewed.filter(isText));
    if (texts.size > 1) warn(ctx, textPath, `holds ${texts.size} claims; only the first is kept`);
  }
  const interpreted = item.interpretedAsClaim !== undefined ? 'item' : review.interpretedAsClaim !== undefined ? 'review' : undefined;
  if (!text && interpreted) {
    const [claimValue, claimPath] = interpreted === 'item' ? [item.interpretedAsClaim, itemEntryPath] : [review.interpretedAsClaim, path];
    text = readText(claimValue, at(claimPath, 'interpretedAsClaim'), ctx, { names: ['text', 'name', 'description'] });
  }
  const quiet = hasType(review, 'MediaReview');
  if (!text) {
    const named =
      readText(item.name, at(itemEntryPath, 'name'), ctx) ??
      (typeof review.itemReviewed === 'string' ? readText(review.itemReviewed, itemPath, ctx) : undefined);
    if (named) {
      text = named;
      if (!quiet) warn(ctx, textPath, 'is missing or empty; the claim text is taken from itemReviewed.name');
    } else if (headline) {
      text = headline;
      if (!quiet) warn(ctx, textPath, 'is missing or empty; the claim text is taken from the headline');
    } else {
      fail(ctx, textPath, 'is missing or empty, with no itemReviewed.name or headline to fall back on: with no claim to show, this ClaimReview is left out');
      return undefined;
    }
  }

  return compact({
    text,
    claimant: readClaimant(item.author ?? item.creator, at(itemEntryPath, item.author !== undefined ? 'author' : 'creator'), ctx),
    date: readDate(item.datePublished ?? item.dateCreated, at(itemEntryPath, item.datePublished !== undefined ? 'datePublished' : 'dateCreated'), ctx),
    appearances: readAppearances(item, itemEntryPath, ctx),
    context: readText(item.description, at(itemEntryPath, 'description'), ctx),
    media: readMedia(review, path, item, itemEntryPath, ctx),
  });
}
