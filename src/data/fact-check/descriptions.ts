/**
 * FactCheck JSON v1 documented field by field: the descriptions `fact-check.schema.json` gives
 * each field. They are kept apart from the definition (`schema.ts`) because that ships to every
 * reader and these are for the people writing documents; the type below holds them to its fields.
 */
import type { Descriptions } from '../schema/json-schema.js';
import type { factCheckSchema } from './schema.js';

export const FACT_CHECK_DESCRIPTIONS = {
  $: 'A fact-check: a claim, the verdict on it, and what it rests on.',
  version: 'The format version; 1.',
  claim: {
    $: 'The claim being checked.',
    text: 'The claim as it was made, quoted or closely paraphrased.',
    claimant: {
      $: 'Who made the claim.',
      name: 'Who made the claim.',
      description: 'Who they are, e.g. "President of Russia".',
      url: 'A page about the claimant.',
    },
    date: 'When the claim was made (ISO 8601, may be partial).',
    appearances: {
      $: 'Where the claim was made or repeated.',
      items: {
        url: 'Where the claim can be seen.',
        title: 'Title of that page or broadcast.',
        date: 'When it appeared there.',
      },
    },
    context: 'The circumstances in which the claim was made.',
    media: {
      $: 'The image, video or recording the claim is about, for a claim such as "this photo shows…". Where it appeared is the claim’s appearances.',
      kind: 'What it is: "image", "video" or "audio".',
      url: 'The media itself: the image or video file, or the page that plays it (http or https).',
      thumbnailUrl: 'A still image to show for it (http or https); for an image, the url is shown when this is absent.',
      width: 'Its width in pixels (1 to 65535): the embed reserves the thumbnail’s box in these proportions, so the page does not shift while it loads.',
      height: 'Its height in pixels (1 to 65535).',
      authenticity:
        'What the fact-checker found it to be, as schema.org MediaReview’s mediaAuthenticityCategory: "original-context" (OriginalMediaContent), "missing-context" (DecontextualizedContent), "edited-or-cropped" (EditedOrCroppedContent), "transformed" (TransformedContent), "staged" (StagedContent), "satire-or-parody" (SatireOrParodyContent).',
      caption: 'What it shows, in words: the text alternative of its thumbnail.',
    },
  },
  verdict: {
    $: 'The fact-checker’s verdict: its label, its rating, or both.',
    label: 'The verdict in the publisher’s own words ("Pants on Fire"); when absent, the embed names the rating in the reader’s language.',
    rating: 'The normalized rating; derived from label, then score, when absent.',
    score: {
      $: 'A numeric rating on the publisher’s scale.',
      value: 'The score given.',
      best: 'The best possible score; 5 when absent.',
      worst: 'The worst possible score; 1 when absent.',
    },
    summary: 'One or two sentences on why.',
    whatsTrue: 'What in the claim holds up, in a sentence or two; the embed shows it after the why, headed "What’s true".',
    whatsFalse: 'What in the claim does not hold up, in a sentence or two; the embed shows it after the why, headed "What’s false".',
  },
  evidence: {
    $: 'The sources the fact-check relies on.',
    items: {
      title: 'Title of the source.',
      url: 'Where to read it.',
      publisher: 'Who published it.',
      date: 'When it was published.',
      quote: 'The passage that matters.',
      stance: 'How the source bears on the claim.',
      archiveUrl: 'An archived copy of the source (http or https), e.g. on the Wayback Machine, for when the page changes or disappears.',
    },
  },
  timeline: {
    $: 'Dated events that put the claim in context.',
    items: {
      date: 'When it happened (ISO 8601, may be partial: "2022-09").',
      endDate: 'When it ended, for a period.',
      title: 'What happened, in a few words.',
      description: 'More on what happened.',
      url: 'A source for the event.',
      highlight: 'Marks the event the claim is about.',
    },
  },
  headline: 'The fact-check’s headline.',
  url: 'The full fact-check article.',
  language: 'BCP 47 language of the document, e.g. "en", "hy", "ar".',
  datePublished: 'When the fact-check was first published.',
  dateModified: 'When it was last updated.',
  corrections: {
    $: 'Corrections made after publication.',
    items: {
      date: 'When the correction was made.',
      text: 'What was corrected.',
    },
  },
  publisher: {
    $: 'Who published the fact-check.',
    name: 'The fact-checking organization.',
    url: 'Its home page.',
    logo: 'Its logo image.',
  },
  authors: {
    $: 'Who wrote the fact-check.',
    items: {
      name: 'The author’s name.',
      url: 'The author’s page.',
    },
  },
} as const satisfies Descriptions<typeof factCheckSchema>;
