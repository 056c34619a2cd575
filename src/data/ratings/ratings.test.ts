import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { RATINGS, isRating, normalizeLabel, ratingFromLabel, ratingFromScore, registerRatingScale, resolveRating } from './index.js';

describe('ratings', () => {
  it('has exactly the nine normalized ratings', () => {
    expect([...RATINGS]).to.deep.equal(['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unproven', 'satire', 'unrated']);
    expect(isRating('false')).to.equal(true);
    expect(isRating('False')).to.equal(false);
  });

  const labels: Array<[string, string]> = [
    ['True', 'true'],
    ['Mostly True', 'mostly-true'],
    ['Half True', 'mixed'],
    ['Mixture', 'mixed'],
    ['Mostly False', 'mostly-false'],
    ['False', 'false'],
    ['Pants on Fire', 'false'],
    ['Pants on Fire!', 'false'],
    ['Misleading', 'misleading'],
    ['Missing context', 'misleading'],
    ['Unproven', 'unproven'],
    ['Satire', 'satire'],
    ['  mostly   FALSE. ', 'mostly-false'],
    ['MOSTLY_TRUE', 'mostly-true'],
    ['half-true', 'mixed'],
    ['“False”', 'false'],
    ['False\n', 'false'],
  ];
  for (const [label, rating] of labels) {
    it(`maps ${JSON.stringify(label)} to ${rating}`, () => expect(ratingFromLabel(label)).to.equal(rating));
  }

  it('does not guess at unknown labels', () => {
    expect(ratingFromLabel('Three Pinocchios and a half')).to.equal(undefined);
    expect(ratingFromLabel(undefined)).to.equal(undefined);
    expect(normalizeLabel(' Pants_on-Fire! ')).to.equal('pants on fire');
  });

  it('maps a score by its position between worst and best', () => {
    expect(ratingFromScore({ value: 1, best: 5, worst: 1 })).to.equal('false');
    expect(ratingFromScore({ value: 2 })).to.equal('mostly-false');
    expect(ratingFromScore({ value: 3 })).to.equal('mixed');
    expect(ratingFromScore({ value: 4 })).to.equal('mostly-true');
    expect(ratingFromScore({ value: 5 })).to.equal('true');
    expect(ratingFromScore({ value: 0, best: 0, worst: 4 })).to.equal('true');
    expect(ratingFromScore({ value: 9, best: 10, worst: 0 })).to.equal('true');
    for (const bad of [{ value: -1 }, { value: 6 }, { value: 3, best: 3, worst: 3 }, { value: Number.NaN }]) {
      expect(ratingFromScore(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('resolves explicit rating, then label, then score, then unrated', () => {
    expect(resolveRating({ rating: 'satire', label: 'False' })).to.equal('satire');
    expect(resolveRating({ rating: 'bogus', label: 'False' })).to.equal('false');
    expect(resolveRating({ label: 'Four Pinocchios-ish', score: { value: 4 } })).to.equal('mostly-true');
    expect(resolveRating({ label: 'Whatever we call it' })).to.equal('unrated');
  });

  it('lets a publisher register its own scale', () => {
    expect(ratingFromLabel('Totally Bogus')).to.equal(undefined);
    registerRatingScale({ 'Totally Bogus': 'false', 'Spot On': 'true' });
    expect(ratingFromLabel('totally bogus')).to.equal('false');
    expect(ratingFromLabel('SPOT ON')).to.equal('true');
  });
});
