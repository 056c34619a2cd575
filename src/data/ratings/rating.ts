/** The normalized ratings every publisher's own verdict maps onto, from most to least accurate. */
export const RATINGS = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unproven', 'satire', 'unrated'] as const;

export type Rating = (typeof RATINGS)[number];

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}
