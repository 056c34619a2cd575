import '../../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { normalizeLabel, ratingFromLabel, type RatingScale } from '../labels.js';
import { resolveRating } from '../resolve.js';
import type { Rating } from '../rating.js';
import * as scales from './index.js';
import './register-all.js';

const named = Object.entries(scales.scalesByName) as Array<[string, RatingScale]>;

describe('rating scales', () => {
  it('registers every scale', () => {
    expect(named).to.have.length(45);
    expect(scales.allScales).to.have.members(named.map(([, scale]) => scale));
    expect(scales.allScales).to.have.length(named.length);
  });

  // Every label of every scale maps to the rating its scale gives it: no later scale overrides
  // it with another rating, and normalizeLabel does not fold it onto a different label.
  for (const [name, scale] of named) {
    it(`maps every label of ${name} (${Object.keys(scale).length}) to its rating`, () => {
      const wrong = Object.entries(scale)
        .filter(([label, rating]) => ratingFromLabel(label) !== rating)
        .map(([label, rating]) => `${label}: expected ${rating}, got ${ratingFromLabel(label)}`);
      expect(wrong).to.deep.equal([]);
    });
  }

  it('has no label that folds to nothing', () => {
    for (const [, scale] of named) for (const label of Object.keys(scale)) expect(normalizeLabel(label), label).not.to.equal('');
  });

  // The labels the scales exist for, with the rating each is meant to have (written out here,
  // not read from the scale files, so a wrong entry in a scale fails).
  const intended: Record<Rating, string[]> = {
    true: [
      'True',
      'Correct',
      'Correct Attribution',
      'Geppetto Checkmark',
      'Legit',
      'Verdadero',
      'Cierto',
      'Verdadeiro',
      'Vrai',
      'Richtig',
      'Wahr',
      'Vero',
      'Правда',
      'Ճիշտ',
      'Ճշմարտություն',
      'صحيح',
      'सही',
      'सच',
      '正确',
      '正確',
    ],
    'mostly-true': [
      'Mostly True',
      'Mostly correct',
      'One Pinocchio',
      '1 Pinocchio',
      'Mayormente verdadero',
      'Verdadeiro, mas',
      'Plutôt vrai',
      'Größtenteils richtig',
      "C'eri quasi",
      'В основном правда',
      'Переважно правда',
      'Հիմնականում ճիշտ',
      'صحيح في معظمه',
      'ज्यादातर सही',
      '大部分正确',
      '大部分正確',
    ],
    mixed: [
      'Half True',
      'Mixture',
      'Two Pinocchios',
      '2 Pinocchios',
      'Partly false',
      'Partly correct',
      'Impreciso',
      'Verdad a medias',
      'Parcialmente falso',
      'Partiellement faux',
      'À moitié vrai',
      'Teilweise falsch',
      'Halbwahr',
      'Parzialmente vero',
      'Nì',
      'Полуправда',
      'Частично правда',
      'Напівправда',
      'Կիսաճշմարտություն',
      'Մասամբ ճիշտ',
      'صحيح جزئيا',
      'आंशिक रूप से सही',
      '部分正确',
      '部分錯誤',
      '半真半假',
    ],
    'mostly-false': [
      'Mostly False',
      'Three Pinocchios',
      '3 Pinocchios',
      'Mayormente falso',
      'Plutôt faux',
      'Größtenteils falsch',
      'Überwiegend falsch',
      'Pinocchio andante',
      'В основном ложь',
      'Переважно неправда',
      'Հիմնականում սխալ',
      'ज्यादातर गलत',
      '大部分错误',
      '大部分錯誤',
    ],
    false: [
      'False',
      'Pants on Fire',
      'Four Pinocchios',
      '4 Pinocchios',
      'Bottomless Pinocchio',
      'Incorrect',
      'Fake',
      'Scam',
      'Misattributed',
      'Altered',
      'Fabricated',
      'Not True',
      'Hoax',
      'Falso',
      'Bulo',
      'Faux',
      'Falsch',
      'Manipuliert',
      'Frei erfunden',
      'Panzana pazzesca',
      'Bufala',
      'Pimenta na língua',
      'Ложь',
      'Неправда',
      'Фейк',
      'Брехня',
      'Սուտ',
      'Կեղծ',
      'Սխալ',
      'زائف',
      'خطأ',
      'خاطئ',
      'كاذب',
      'गलत',
      'ग़लत',
      'झूठ',
      'फर्जी',
      '错误',
      '錯誤',
      '虚假',
      '謠言',
    ],
    misleading: [
      'Misleading',
      'Missing context',
      'Miscaptioned',
      'Outdated',
      'Exaggerated',
      'Downplayed',
      'Distorts the Facts',
      'Cherry Picks',
      'Engañoso',
      'Enganoso',
      'Trompeur',
      'Manque de contexte',
      'Irreführend',
      'Fehlender Kontext',
      'Falscher Kontext',
      'Fuorviante',
      'Манипуляция',
      'Вводит в заблуждение',
      'Маніпуляція',
      'Մանիպուլյացիա',
      'Ապակողմնորոշիչ',
      'مضلل',
      'خارج السياق',
      'भ्रामक',
      '误导',
      '誤導',
      '缺乏背景',
    ],
    unproven: [
      'Unproven',
      'Unfounded',
      'Legend',
      'Unsupported',
      'No Evidence',
      'Not Proven',
      'Baseless Claim',
      'Unbelegt',
      'Sin evidencia',
      'Insostenible',
      'Insustentável',
      'Non prouvé',
      'Non provato',
      'Не доказано',
      'Не підтверджено',
      'Չհաստատված',
      'غير مؤكد',
      'असत्यापित',
      '未经证实',
      '未經證實',
    ],
    satire: ['Satire', 'Labeled Satire', 'Originated as Satire', 'Parody', 'Sátira', 'Satira', 'Сатира', 'Երգիծանք', 'ساخر', 'व्यंग्य', '讽刺', '諷刺'],
    unrated: ['Unrated', 'Full Flop', 'Half Flip', 'No Flip', 'Research in Progress', 'Checked', 'Upside-Down Pinocchio', '事實釐清'],
  };
  for (const [rating, labels] of Object.entries(intended)) {
    it(`maps the publishers' ${rating} labels to ${rating}`, () => {
      const wrong = labels.filter((label) => ratingFromLabel(label) !== rating).map((label) => `${label}: got ${ratingFromLabel(label)}`);
      expect(wrong).to.deep.equal([]);
    });
  }

  const spellings: Array<[string, Rating]> = [
    ['ONE PINOCCHIO', 'mostly-true'],
    ['four-pinocchios', 'false'],
    ['“Faux.”', 'false'],
    ['¡Falso!', 'false'],
    ['«Ложь»', 'false'],
    ['FALSO\n', 'false'],
    ['GRÖSSTENTEILS FALSCH', 'mostly-false'],
    ['Grösstenteils falsch', 'mostly-false'],
    ['Engañoso.', 'misleading'],
    ['Enganoso', 'misleading'],
    ['C’eri quasi', 'mostly-true'],
    ['ＦＡＬＳＥ', 'false'],
    ['Pants\u00a0on\u00a0Fire', 'false'],
    ['Сатира!', 'satire'],
    ['Սուտ։', 'false'],
    ['Սուտ:', 'false'],
    ['Սո՜ւտ', 'false'],
    ['ՍՈՒՏ', 'false'],
    ['مضلل؟', 'misleading'],
    ['«مضلل»', 'misleading'],
    ['مـضـلـل', 'misleading'],
    ['صحيح جزئياً', 'mixed'],
    ['زَائِف', 'false'],
    ['خاطىء', 'false'],
    ['गलत।', 'false'],
    ['ग\u093cलत', 'false'],
    ['\u095a\u0932\u0924', 'false'],
    ['錯誤。', 'false'],
    ['「錯誤」', 'false'],
    ['《误导》', 'misleading'],
    ['错误！', 'false'],
  ];
  for (const [label, rating] of spellings) {
    it(`folds ${JSON.stringify(label)} onto ${rating}`, () => expect(ratingFromLabel(label)).to.equal(rating));
  }

  it('folds only marks and punctuation, never letters, in every script', () => {
    expect(normalizeLabel('  Սո՜ւտ։ ')).to.equal('սուտ');
    expect(normalizeLabel('صحيح جزئياً')).to.equal('صحيح جزئيا');
    expect(normalizeLabel('भ्रामक')).to.equal('भ्रामक'.normalize('NFKC'));
    expect(normalizeLabel('आंशिक रूप से सही।')).to.equal('आंशिक रूप से सही'.normalize('NFKC'));
    expect(normalizeLabel('「部分錯誤」')).to.equal('部分錯誤');
    expect(normalizeLabel('Größtenteils_falsch')).to.equal('größtenteils falsch');
    expect(normalizeLabel('C’eri quasi...')).to.equal("c'eri quasi");
    expect(normalizeLabel('Falso\u00ad')).to.equal('falso');
  });

  it('does not guess at labels no scale lists', () => {
    for (const label of ['Falsch-ish', 'Not a verdict', 'Five Pinocchios', 'Սուտ է', 'زائف جدا', '可能'])
      expect(ratingFromLabel(label), label).to.equal(undefined);
  });

  it('keeps the label ahead of the score, and a non-truth label unrated', () => {
    expect(resolveRating({ label: 'Four Pinocchios', score: { value: 5 } })).to.equal('false');
    expect(resolveRating({ label: 'Half Flip', score: { value: 5 } })).to.equal('unrated');
  });
});
