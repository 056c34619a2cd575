import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { loadRatingScales, ratingFromLabel } from './labels.js';
import { readLabelByWords } from './label-words.js';
import type { Rating } from './rating.js';

// Labels as publishers write them in ClaimReview markup, modelled on real pages: none of them is
// listed in a scale as written, every one is read by its words.
const byWords: Array<[string, Rating]> = [
  ['totally_false', 'false'],
  ['COMPLETELY-FALSE', 'false'],
  ['muy_falso', 'false'],
  ['Totalmente falso', 'false'],
  ['Absolutely true', 'true'],
  ['Very misleading', 'misleading'],
  ['Völlig falsch', 'false'],
  ['Полностью ложь', 'false'],
  ['完全錯誤', 'false'],
  ['Rating: False', 'false'],
  ['Our rating: Mostly true', 'mostly-true'],
  ['Calificación: Falso', 'false'],
  ['Verdict : Totally false', 'false'],
  ['FALSO: el video no muestra lo que dice la publicación', 'false'],
  ['False. The photo was taken in 2015, not last week', 'false'],
  ['Misleading (the figures are from 2019)', 'misleading'],
  ['Enganoso, o vídeo foi editado', 'misleading'],
  ['Largely false', 'mostly-false'],
  ['Weitgehend falsch', 'mostly-false'],
  ['Em grande parte verdadeiro', 'mostly-true'],
];

// What must stay unknown: words no scale lists, and sentences that turn against their first word.
const unknown = [
  'Not quite so',
  'Totally bananas',
  'True, but misleading',
  'Falso, pero con matices',
  'Rating:',
  'The claim that the bridge is closed is false', // does not open with the rating
  'Mostly',
  'Totally',
  'Mostly false, mostly true, mostly whatever the reader wants to believe', // more than a rating's words before the separator? no: "mostly false" opens it
];

describe('reading a label by its words', () => {
  before(() => loadRatingScales());

  for (const [label, rating] of byWords) {
    it(`reads ${JSON.stringify(label)} as ${rating}`, () => {
      expect(ratingFromLabel(label)).to.equal(rating);
    });
  }

  for (const label of unknown.slice(0, -1)) {
    it(`leaves ${JSON.stringify(label)} unknown`, () => {
      expect(ratingFromLabel(label)).to.equal(undefined);
    });
  }

  it('reads a sentence by the rating it opens with, whatever follows without a contrast', () => {
    expect(ratingFromLabel(unknown.at(-1))).to.equal('mostly-false');
  });

  it('never reads a rating that the tables do not list: the lookup decides every step', () => {
    const asked: string[] = [];
    const lookup = (key: string) => {
      asked.push(key);
      return undefined;
    };
    expect(readLabelByWords('rating: totally largely false. the rest', lookup)).to.equal(undefined);
    expect(asked).to.include('false');
  });

  it('weakens by one step only what has a weaker form', () => {
    const lookup = (key: string): Rating | undefined => (key === 'misleading' ? 'misleading' : key === 'false' ? 'false' : undefined);
    expect(readLabelByWords('largely misleading', lookup)).to.equal('misleading');
    expect(readLabelByWords('largely false', lookup)).to.equal('mostly-false');
  });
});
