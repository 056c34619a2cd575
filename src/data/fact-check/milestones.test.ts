import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { isMilestone, placeMilestones, type Milestone } from './milestones.js';

// The fact-check's own moments on its timeline (issue 12): placed among the events, never re-sorting them.
const events = [
  { date: '2020', title: 'War' },
  { date: '2022-09', title: 'Request' },
  { date: '2022', title: 'Weeks later' },
  { date: '2024-11-28', title: 'Summit' },
];
const titles = (items: (Milestone | { date: string; title: string })[]) => items.map((item) => (isMilestone(item) ? `${item.kind}@${item.date}` : item.title));

describe('placeMilestones', () => {
  it('puts the publication and each dated correction before the first later event, keeping the document’s order', () => {
    const placed = placeMilestones(
      {
        claim: { text: 'x', date: '2022-10-02' },
        datePublished: '2024-12-03T09:00:00+04:00',
        corrections: [{ date: '2024-12-05', text: 'An earlier version misdated the summit.' }, { text: 'Undated, so not on the timeline.' }],
      },
      events,
    );
    expect(titles(placed)).to.deep.equal([
      'War',
      'Request',
      'Weeks later',
      'claim@2022-10-02',
      'Summit',
      'published@2024-12-03T09:00:00+04:00',
      'correction@2024-12-05',
    ]);
    expect(placed.find((item) => 'kind' in item && item.kind === 'correction')).to.deep.include({ text: 'An earlier version misdated the summit.' });
  });

  it('leaves the claim and the publication out when an event already falls on their date', () => {
    expect(titles(placeMilestones({ claim: { text: 'x', date: '2024-11-28' } }, events))).to.deep.equal(['War', 'Request', 'Weeks later', 'Summit']);
    expect(titles(placeMilestones({ claim: { text: 'x' }, datePublished: '2024-11-28T18:00:00Z' }, events))).to.deep.equal([
      'War',
      'Request',
      'Weeks later',
      'Summit',
    ]);
    // To the same precision: a month is not one of its days.
    expect(titles(placeMilestones({ claim: { text: 'x', date: '2022-09-14' } }, events))).to.include('claim@2022-09-14');
  });

  it('adds nothing without dates, and skips a date that does not read', () => {
    expect(placeMilestones({ claim: { text: 'x' } }, events)).to.have.length(4);
    expect(placeMilestones({ claim: { text: 'x', date: 'yesterday' } } as never, events)).to.have.length(4);
    expect(titles(placeMilestones({ claim: { text: 'x', date: '2019' } }, events))[0]).to.equal('claim@2019');
  });
});
