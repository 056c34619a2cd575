/**
 * FactCheck JSON v1: the one definition of the format. Types are inferred from it, the validator
 * interprets it, and the shipped `fact-check.schema.json` is written from it (`json-schema.ts`,
 * with the field-by-field documentation of `descriptions.ts`, which the compiler holds to these
 * fields). Only what the validator needs is here, because this module ships to every reader.
 */
import { array, boolean, date, integer, number, object, oneOf, optional, string, url, type Infer } from '../schema/kit.js';
import { RATINGS } from '../ratings/rating.js';
import { MAX_MEDIA_DIMENSION, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../limits.js';

/** Lengths by kind of text (see `limits.ts`): a claim or a quote, a title, a name or label. */
const TEXT = { maxLength: MAX_TEXT_LENGTH };
const TITLE = { maxLength: MAX_TITLE_LENGTH };
const NAME = { maxLength: MAX_NAME_LENGTH };

export const STANCES = ['supports', 'refutes', 'context'] as const;

/** What a claim about media is about: an image, a video or a sound recording. */
export const MEDIA_KINDS = ['image', 'video', 'audio'] as const;

/**
 * What the fact-checker found the media to be, as schema.org's MediaManipulationRatingEnumeration
 * (MediaReview's `mediaAuthenticityCategory`) has it, one code for each of its six values:
 * OriginalMediaContent, DecontextualizedContent, EditedOrCroppedContent, TransformedContent,
 * StagedContent, SatireOrParodyContent. The codes are the data's; the elements put them in words.
 */
export const MEDIA_AUTHENTICITY = ['original-context', 'missing-context', 'edited-or-cropped', 'transformed', 'staged', 'satire-or-parody'] as const;

/** A size in pixels: a whole number from 1 to `MAX_MEDIA_DIMENSION`. */
const PIXELS = { minimum: 1, maximum: MAX_MEDIA_DIMENSION };

/**
 * The image, video or recording a claim is about ("this photo shows…"). Where it appeared is the
 * claim's `appearances`: the claim is the media, so it appeared where the media did.
 */
export const mediaSchema = object({
  kind: oneOf(MEDIA_KINDS),
  url: optional(url()),
  thumbnailUrl: optional(url()),
  width: optional(integer(PIXELS)),
  height: optional(integer(PIXELS)),
  authenticity: optional(oneOf(MEDIA_AUTHENTICITY)),
  caption: optional(string(TITLE)),
});

export const claimSchema = object({
  text: string({ ...TEXT, nonEmpty: true }),
  claimant: optional(
    object({
      name: string({ ...NAME, nonEmpty: true }),
      description: optional(string(TITLE)),
      url: optional(url()),
    }),
  ),
  date: optional(date()),
  appearances: optional(
    array(
      object({
        url: optional(url()),
        title: optional(string(TITLE)),
        date: optional(date()),
      }),
    ),
  ),
  context: optional(string(TEXT)),
  media: optional(mediaSchema),
});

export const scoreSchema = object({
  value: number(),
  best: optional(number()),
  worst: optional(number()),
});

/**
 * A verdict needs the publisher's words (`label`) or a normalized `rating`: a reader that has no
 * words for a verdict (a ClaimReview without a rating) says `rating: 'unrated'`, and the elements
 * name it in the reader's language, rather than the data inventing words in one.
 */
export const verdictSchema = object(
  {
    label: optional(string({ ...NAME, nonEmpty: true })),
    rating: optional(oneOf(RATINGS)),
    score: optional(scoreSchema),
    /** One or two sentences on why the verdict is what it is. */
    summary: optional(string(TEXT)),
    /** What in the claim holds up, in a sentence or two (Snopes' "What's True"); shown after the why. */
    whatsTrue: optional(string(TEXT)),
    /** What in the claim does not hold up, in a sentence or two (Snopes' "What's False"); shown after the why. */
    whatsFalse: optional(string(TEXT)),
  },
  { anyOf: ['label', 'rating'] },
);

export const evidenceSchema = object({
  title: string({ ...TITLE, nonEmpty: true }),
  url: optional(url()),
  publisher: optional(string(TITLE)),
  date: optional(date()),
  quote: optional(string(TEXT)),
  stance: optional(oneOf(STANCES)),
  /** An archived copy of the source (the Wayback Machine, archive.today…), for when the page changes or disappears. */
  archiveUrl: optional(url()),
});

export const timelineEventSchema = object({
  date: date(),
  endDate: optional(date()),
  title: string({ ...TITLE, nonEmpty: true }),
  description: optional(string(TEXT)),
  url: optional(url()),
  highlight: optional(boolean()),
});

export const factCheckSchema = object({
  version: optional(number({ expected: 1, unexpected: (v) => `unknown format version ${v}; read as version 1` })),
  claim: claimSchema,
  verdict: verdictSchema,
  evidence: optional(array(evidenceSchema)),
  timeline: optional(array(timelineEventSchema)),
  headline: optional(string(TITLE)),
  url: optional(url()),
  language: optional(string(NAME)),
  datePublished: optional(date()),
  dateModified: optional(date()),
  corrections: optional(
    array(
      object({
        date: optional(date()),
        text: string({ ...TEXT, nonEmpty: true }),
      }),
    ),
  ),
  publisher: optional(
    object({
      name: string({ ...NAME, nonEmpty: true }),
      url: optional(url()),
      logo: optional(url()),
    }),
  ),
  authors: optional(
    array(
      object({
        name: string({ ...NAME, nonEmpty: true }),
        url: optional(url()),
      }),
    ),
  ),
});

/** A FactCheck document as the validator returns it. */
export type FactCheck = Infer<typeof factCheckSchema>;
export type Claim = Infer<typeof claimSchema>;
export type Verdict = Infer<typeof verdictSchema>;
export type Evidence = Infer<typeof evidenceSchema>;
export type Stance = (typeof STANCES)[number];
export type Media = Infer<typeof mediaSchema>;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export type MediaAuthenticity = (typeof MEDIA_AUTHENTICITY)[number];
export type TimelineEvent = Infer<typeof timelineEventSchema>;
