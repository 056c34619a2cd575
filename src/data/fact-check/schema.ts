/**
 * FactCheck JSON v1: the one definition of the format. Types are inferred from it, the validator
 * interprets it, and the shipped `fact-check.schema.json` is written from it (`json-schema.ts`,
 * with the field-by-field documentation of `descriptions.ts`, which the compiler holds to these
 * fields). Only what the validator needs is here, because this module ships to every reader.
 */
import { array, boolean, date, number, object, oneOf, optional, string, url, type Infer } from '../schema/kit.js';
import { RATINGS } from '../ratings/rating.js';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../limits.js';

/** Lengths by kind of text (see `limits.ts`): a claim or a quote, a title, a name or label. */
const TEXT = { maxLength: MAX_TEXT_LENGTH };
const TITLE = { maxLength: MAX_TITLE_LENGTH };
const NAME = { maxLength: MAX_NAME_LENGTH };

export const STANCES = ['supports', 'refutes', 'context'] as const;

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
    summary: optional(string(TEXT)),
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
export type TimelineEvent = Infer<typeof timelineEventSchema>;
