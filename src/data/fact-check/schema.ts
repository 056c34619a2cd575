/**
 * FactCheck JSON v1: the one definition of the format. Types are inferred from it, the shipped
 * `fact-check.schema.json` is exported from it, and the validator interprets it; the descriptions
 * here are the field-by-field documentation.
 */
import { array, boolean, date, number, object, oneOf, optional, string, url, type Infer } from '../schema/kit.js';
import { RATINGS } from '../ratings/rating.js';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../limits.js';

/** Lengths by kind of text (see `limits.ts`): a claim or a quote, a title, a name or label. */
const TEXT = { maxLength: MAX_TEXT_LENGTH };
const TITLE = { maxLength: MAX_TITLE_LENGTH };
const NAME = { maxLength: MAX_NAME_LENGTH };

export const STANCES = ['supports', 'refutes', 'context'] as const;

export const claimSchema = object(
  {
    text: string({ ...TEXT, nonEmpty: true, description: 'The claim as it was made, quoted or closely paraphrased.' }),
    claimant: optional(
      object(
        {
          name: string({ ...NAME, nonEmpty: true, description: 'Who made the claim.' }),
          description: optional(string({ ...TITLE, description: 'Who they are, e.g. "President of Russia".' })),
          url: optional(url({ description: 'A page about the claimant.' })),
        },
        { description: 'Who made the claim.' },
      ),
    ),
    date: optional(date({ description: 'When the claim was made (ISO 8601, may be partial).' })),
    appearances: optional(
      array(
        object({
          url: optional(url({ description: 'Where the claim can be seen.' })),
          title: optional(string({ ...TITLE, description: 'Title of that page or broadcast.' })),
          date: optional(date({ description: 'When it appeared there.' })),
        }),
        { description: 'Where the claim was made or repeated.' },
      ),
    ),
    context: optional(string({ ...TEXT, description: 'The circumstances in which the claim was made.' })),
  },
  { description: 'The claim being checked.' },
);

export const scoreSchema = object(
  {
    value: number({ description: 'The score given.' }),
    best: optional(number({ description: 'The best possible score; 5 when absent.' })),
    worst: optional(number({ description: 'The worst possible score; 1 when absent.' })),
  },
  { description: 'A numeric rating on the publisher’s scale.' },
);

export const verdictSchema = object(
  {
    label: string({ ...NAME, nonEmpty: true, description: 'The verdict in the publisher’s own words ("Pants on Fire").' }),
    rating: optional(oneOf(RATINGS, { description: 'The normalized rating; derived from label, then score, when absent.' })),
    score: optional(scoreSchema),
    summary: optional(string({ ...TEXT, description: 'One or two sentences on why.' })),
  },
  { description: 'The fact-checker’s verdict.' },
);

export const evidenceSchema = object({
  title: string({ ...TITLE, nonEmpty: true, description: 'Title of the source.' }),
  url: optional(url({ description: 'Where to read it.' })),
  publisher: optional(string({ ...TITLE, description: 'Who published it.' })),
  date: optional(date({ description: 'When it was published.' })),
  quote: optional(string({ ...TEXT, description: 'The passage that matters.' })),
  stance: optional(oneOf(STANCES, { description: 'How the source bears on the claim.' })),
});

export const timelineEventSchema = object({
  date: date({ description: 'When it happened (ISO 8601, may be partial: "2022-09").' }),
  endDate: optional(date({ description: 'When it ended, for a period.' })),
  title: string({ ...TITLE, nonEmpty: true, description: 'What happened, in a few words.' }),
  description: optional(string({ ...TEXT, description: 'More on what happened.' })),
  url: optional(url({ description: 'A source for the event.' })),
  highlight: optional(boolean({ description: 'Marks the event the claim is about.' })),
});

export const factCheckSchema = object(
  {
    version: optional(number({ expected: 1, unexpected: (v) => `unknown format version ${v}; read as version 1`, description: 'The format version; 1.' })),
    claim: claimSchema,
    verdict: verdictSchema,
    evidence: optional(array(evidenceSchema, { description: 'The sources the fact-check relies on.' })),
    timeline: optional(array(timelineEventSchema, { description: 'Dated events that put the claim in context.' })),
    headline: optional(string({ ...TITLE, description: 'The fact-check’s headline.' })),
    url: optional(url({ description: 'The full fact-check article.' })),
    language: optional(string({ ...NAME, description: 'BCP 47 language of the document, e.g. "en", "hy", "ar".' })),
    datePublished: optional(date({ description: 'When the fact-check was first published.' })),
    dateModified: optional(date({ description: 'When it was last updated.' })),
    corrections: optional(
      array(
        object({
          date: optional(date({ description: 'When the correction was made.' })),
          text: string({ ...TEXT, nonEmpty: true, description: 'What was corrected.' }),
        }),
        { description: 'Corrections made after publication.' },
      ),
    ),
    publisher: optional(
      object(
        {
          name: string({ ...NAME, nonEmpty: true, description: 'The fact-checking organization.' }),
          url: optional(url({ description: 'Its home page.' })),
          logo: optional(url({ description: 'Its logo image.' })),
        },
        { description: 'Who published the fact-check.' },
      ),
    ),
    authors: optional(
      array(
        object({
          name: string({ ...NAME, nonEmpty: true, description: 'The author’s name.' }),
          url: optional(url({ description: 'The author’s page.' })),
        }),
        { description: 'Who wrote the fact-check.' },
      ),
    ),
  },
  { description: 'A fact-check: a claim, the verdict on it, and what it rests on.' },
);

/** A FactCheck document as the validator returns it. */
export type FactCheck = Infer<typeof factCheckSchema>;
export type Claim = Infer<typeof claimSchema>;
export type Verdict = Infer<typeof verdictSchema>;
export type Evidence = Infer<typeof evidenceSchema>;
export type Stance = (typeof STANCES)[number];
export type TimelineEvent = Infer<typeof timelineEventSchema>;

/** The JSON Schema shipped as `fact-check.schema.json`. */
export function factCheckJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:fact-verdict:fact-check:1',
    title: 'FactCheck',
    $comment:
      'Accepts exactly the documents fact-verdict reads without any problem (readFactCheck). What it refuses, fact-verdict reports by path as an error, or as a warning while it shows the rest: text and lists beyond maxLength and maxItems cut, unsafe URLs, impossible dates and unknown enum values dropped. The one rule no pattern states: an xn-- host label must be valid Punycode, as the URL parser decides.',
    ...factCheckSchema.jsonSchema(),
  };
}
