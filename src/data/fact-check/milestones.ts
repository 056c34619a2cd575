import { compareDates, parseDate } from '../dates.js';
import type { FactCheck } from './schema.js';

/**
 * The fact-check's own moments, which belong on its timeline beside the events it gives (issue 12,
 * brief point 7): when the claim was made, when the fact-check was published, each correction.
 * Codes and dates only; the elements name them in the reader's language.
 */
export type Milestone = { kind: 'claim'; date: string } | { kind: 'published'; date: string } | { kind: 'correction'; date: string; text: string };

/**
 * The document's milestones that a timeline of `events` does not show yet, each placed before the
 * first event that comes later (the document's own order is kept, never re-sorted). The claim's
 * date and the publication are left out when an event already falls on that date: that event is
 * theirs (the canonical example's last event is the summit where the claim was said; many
 * documents give "this fact-check is published" as an event). Undated corrections, and dates that
 * do not read, are left out. Pure; never throws.
 */
export function placeMilestones<T extends { date: string }>(
  doc: Pick<FactCheck, 'claim' | 'datePublished' | 'corrections'>,
  events: readonly T[],
): (T | Milestone)[] {
  const dated = (date: string | undefined) => (date === undefined ? undefined : parseDate(date));
  // Already on the timeline: an event on the same calendar date, to the same precision (a
  // publication's time of day does not make it another day).
  const onEvent = (date: string) => {
    const when = dated(date);
    return (
      !!when &&
      events.some((event) => {
        const at = dated(event.date);
        return !!at && at.year === when.year && at.month === when.month && at.day === when.day;
      })
    );
  };
  const milestones: Milestone[] = [];
  if (doc.claim?.date && !onEvent(doc.claim.date)) milestones.push({ kind: 'claim', date: doc.claim.date });
  if (doc.datePublished && !onEvent(doc.datePublished)) milestones.push({ kind: 'published', date: doc.datePublished });
  for (const correction of doc.corrections ?? []) if (correction.date) milestones.push({ kind: 'correction', date: correction.date, text: correction.text });
  const placed: (T | Milestone)[] = [...events];
  for (const milestone of milestones) {
    const when = dated(milestone.date);
    if (!when) continue;
    const later = placed.findIndex((item) => {
      const at = dated(item.date);
      return !!at && compareDates(at, when) > 0;
    });
    placed.splice(later === -1 ? placed.length : later, 0, milestone);
  }
  return placed;
}

/** Whether an item of `placeMilestones` is one of the document's milestones rather than one of its events. */
export function isMilestone(item: object): item is Milestone {
  return 'kind' in item && !('title' in item);
}
