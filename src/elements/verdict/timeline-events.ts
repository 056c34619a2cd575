import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import type { TimelineEvent } from '../../data/fact-check/schema.js';
import { isMilestone, placeMilestones, type Milestone } from '../../data/fact-check/milestones.js';
import type { Catalogue } from '../../i18n/messages.js';

/** A milestone as an event of the timeline, in the reader's words. */
function milestoneEvent(milestone: Milestone, doc: ResolvedFactCheck, messages: Catalogue): TimelineEvent {
  const claimant = doc.claim.claimant?.name;
  const publisher = doc.publisher?.name;
  if (milestone.kind === 'claim') return { date: milestone.date, title: claimant ? messages.claimBy({ name: claimant }) : messages.claimHeading };
  if (milestone.kind === 'published') return { date: milestone.date, title: publisher ? messages.publishedBy({ name: publisher }) : messages.factCheckKicker };
  return { date: milestone.date, title: messages.correctionsHeading, description: milestone.text };
}

/**
 * The embed's timeline: the document's events with the claim, the publication and each dated
 * correction placed among them. The document's own array when nothing is added, so the timeline
 * keeps recognising it as already validated.
 */
export function timelineEvents(doc: ResolvedFactCheck, messages: Catalogue): TimelineEvent[] {
  const events = doc.timeline ?? [];
  const placed = placeMilestones(doc, events);
  return placed.length === events.length ? events : placed.map((item) => (isMilestone(item) ? milestoneEvent(item, doc, messages) : item));
}
