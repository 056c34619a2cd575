/**
 * How much of a document the data layer reads. A document comes from a CMS, a feed or another
 * site, and the embed runs inside someone else's article: no field may be so long, and no list so
 * long, that drawing it freezes the page. Longer values are not refused: a string is cut (ending
 * in `…`) and a list keeps its first items, each time with a warning by path, and the JSON Schema
 * (`fact-check.schema.json`) states the same limits as `maxLength` and `maxItems`.
 *
 * Lengths count Unicode characters (code points), as JSON Schema's `maxLength` does, so an emoji
 * counts once.
 */

/** Claim text and context, verdict summary, evidence quote, event description, correction text. */
export const MAX_TEXT_LENGTH = 5_000;

/** Headline, titles (of sources, events, appearances), a source's publisher, a claimant's description. */
export const MAX_TITLE_LENGTH = 500;

/** The verdict label, names (claimant, publisher, authors) and the language tag. */
export const MAX_NAME_LENGTH = 200;

/**
 * Any URL, as written in the document. A longer one is left out with a warning rather than cut,
 * since a cut URL would lead somewhere else.
 */
export const MAX_URL_LENGTH = 8_192;

/**
 * The width or height of an image or video, in pixels: JPEG's own limit, and more than any screen
 * or thumbnail needs. A size beyond it is left out with a warning (the element then reserves no box).
 */
export const MAX_MEDIA_DIMENSION = 65_535;

/** Items of any list: evidence, timeline events, appearances, corrections, authors. */
export const MAX_ITEMS = 500;

/** Reviews read from one ClaimReview input (a round-up, an `@graph`, a feed); the embed shows each. */
export const MAX_REVIEWS = 100;

/**
 * How deep ClaimReview input is read (real markup nests about eight levels), and how many values
 * of it at most: deeper or further values are left out with a warning, so a hostile or runaway
 * structure costs a bounded amount of work.
 */
export const MAX_INPUT_DEPTH = 32;
export const MAX_INPUT_VALUES = 100_000;
