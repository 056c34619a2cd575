import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { ORDERED_SCALES, scalePosition } from './scale-position.js';
import { verdictConclusion } from './conclusion.js';
import { normalizeLabel } from './labels.js';
import { politifactScale } from './scales/politifact.js';
import { snopesScale } from './scales/snopes.js';
import { washingtonPostScale } from './scales/washington-post.js';
import type { RatingScale } from './labels.js';
import { RATINGS } from './rating.js';

describe('scalePosition', () => {
  it('places a PolitiFact label on the six-step Truth-O-Meter, least accurate first', () => {
    expect(scalePosition({ label: 'Pants on Fire' })).to.deep.equal({ index: 0, count: 6 });
    expect(scalePosition({ label: 'Half True' })).to.deep.equal({ index: 3, count: 6 });
    expect(scalePosition({ label: 'Mostly True' }, 'PolitiFact')).to.deep.equal({ index: 4, count: 6 });
    expect(scalePosition({ label: 'TRUE' }, 'PolitiFact')).to.deep.equal({ index: 5, count: 6 });
  });

  it('takes the named publisher’s scale for a label several scales share', () => {
    expect(scalePosition({ label: 'Mostly False' }, 'Snopes.com')).to.deep.equal({ index: 1, count: 5 });
    expect(scalePosition({ label: 'Mostly False' }, 'PolitiFact')).to.deep.equal({ index: 2, count: 6 });
    // Without a publisher, "Mostly False" is on two scales of different lengths: no rail rather than a guess.
    expect(scalePosition({ label: 'Mostly False' })).to.equal(undefined);
    expect(scalePosition({ label: 'Mostly False' }, 'Some Local Desk')).to.equal(undefined);
    expect(scalePosition({ label: 'Mixture' })).to.deep.equal({ index: 2, count: 5 });
  });

  it('reads a whole-number score between its ends, in either direction', () => {
    expect(scalePosition({ label: 'Our own words', rating: 'mostly-true', score: { value: 4, best: 5, worst: 1 } })).to.deep.equal({ index: 3, count: 5 });
    expect(scalePosition({ rating: 'false', score: { value: 1 } })).to.deep.equal({ index: 0, count: 5 });
    expect(scalePosition({ label: 'Somewhat', score: { value: 1, best: 0, worst: 3 } })).to.deep.equal({ index: 2, count: 4 });
    // A known scale's words win over the numbers, as they do for the rating.
    expect(scalePosition({ label: 'Half True', score: { value: 2, best: 3, worst: 1 } })).to.deep.equal({ index: 3, count: 6 });
  });

  it('draws no rail for a score it cannot count in steps', () => {
    for (const score of [
      { value: 2.5 },
      { value: 60, best: 100, worst: 0 },
      { value: 6 },
      { value: 0 },
      { value: 3, best: 3, worst: 3 },
      { value: -1, best: 1, worst: 5 },
      { value: Number.NaN },
      { value: '3' as unknown as number },
    ]) {
      expect(scalePosition({ label: 'Some words', rating: 'mixed', score }), JSON.stringify(score)).to.equal(undefined);
    }
  });

  it('draws no rail for a verdict that is not about how true a claim is', () => {
    for (const verdict of [
      { label: 'Satire' },
      { label: 'Missing context', score: { value: 3 } },
      { label: 'Half True', rating: 'misleading' },
      { label: 'Unproven' },
      { label: 'Full Flop' },
      { rating: 'unrated', score: { value: 3 } },
      { label: 'Whatever we call it' },
    ]) {
      expect(scalePosition(verdict, 'PolitiFact'), JSON.stringify(verdict)).to.equal(undefined);
    }
  });

  it('never throws on bad input', () => {
    for (const bad of [undefined, null, 3, 'False', {}, { label: 42 }, { score: null }, { label: 'False', score: 'x' }]) {
      expect(() => scalePosition(bad as never, 42)).not.to.throw();
    }
  });

  it('orders each scale the way the publisher’s own table rates its steps', () => {
    const tables: Record<string, RatingScale> = { politifact: politifactScale, snopes: snopesScale, 'washington post': washingtonPostScale };
    // RATINGS runs from most to least accurate; along a scale (least accurate first) the rank never rises.
    const rank = (rating: string | undefined) => RATINGS.indexOf(rating as never);
    for (const { publisher, steps } of ORDERED_SCALES) {
      const table = new Map(Object.entries(tables[publisher]!).map(([label, rating]) => [normalizeLabel(label), rating]));
      const ranks = steps.map((step) => rank(table.get(step)));
      expect(
        ranks.every((r) => r >= 0 && r <= 4),
        `${publisher}: every step is a truth rating`,
      ).to.equal(true);
      expect(
        ranks.every((r, i) => i === 0 || r <= ranks[i - 1]!),
        `${publisher}: ${ranks.join(' ')}`,
      ).to.equal(true);
    }
  });
});

describe('verdictConclusion', () => {
  const sentence = 'The figure is right, but it leaves out the three years before the change.';

  it('is the label when a publisher that does not rate writes a sentence', () => {
    expect(verdictConclusion({ label: sentence })).to.equal(sentence);
    expect(verdictConclusion({ label: `  ${sentence}\n` })).to.equal(sentence);
    expect(verdictConclusion({ label: 'This is not what the data show.' })).to.equal('This is not what the data show.');
    expect(verdictConclusion({ label: '数据显示这一说法与事实不符，失业率实际上升了。' })).to.equal('数据显示这一说法与事实不符，失业率实际上升了。');
  });

  it('is the summary when there is no label and no rating', () => {
    expect(verdictConclusion({ rating: 'unrated', summary: 'No record shows the meeting took place.' })).to.equal('No record shows the meeting took place.');
    expect(verdictConclusion({ rating: 'unrated', summary: '   ' })).to.equal(undefined);
    expect(verdictConclusion({ rating: 'unrated' })).to.equal(undefined);
  });

  it('keeps the badge for a rated verdict or a short label', () => {
    expect(verdictConclusion({ label: 'False', summary: 'Long why.' })).to.equal(undefined);
    expect(verdictConclusion({ label: 'Four Pinocchios-ish' })).to.equal(undefined);
    expect(verdictConclusion({ label: 'Research in Progress' })).to.equal(undefined);
    expect(verdictConclusion({ label: 'Wow!' })).to.equal(undefined);
    // A long label the publisher rated (or a score rates) is a rating, however many words it has.
    expect(verdictConclusion({ label: sentence, rating: 'misleading' })).to.equal(undefined);
    expect(verdictConclusion({ label: sentence, score: { value: 2 } })).to.equal(undefined);
    expect(verdictConclusion({ rating: 'false', summary: 'It was not.' })).to.equal(undefined);
  });

  it('never throws on bad input', () => {
    for (const bad of [undefined, null, 7, { label: 3 }, { summary: {} }]) expect(verdictConclusion(bad as never)).to.equal(undefined);
  });
});
