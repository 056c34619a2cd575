import '../../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { fromClaimReview } from '../../claim-review/from-claim-review.js';
import { readFactCheck } from '../../fact-check/read.js';
import { formatProblem } from '../../problems.js';
import { ratingFromLabel } from '../labels.js';
import type { Rating } from '../rating.js';

/**
 * One review per publisher, shaped as that publisher's pages mark a check up: the fact-checker as
 * an Organization `author`, its verdict word (as its badge prints it, capitals and all) in
 * `reviewRating.alternateName`, the page's language in `inLanguage`. Names and home pages are the
 * publishers'; every check path, claim and claimant is invented.
 */
interface PublisherReview {
  publisher: string;
  home: string;
  language: string;
  claim: string;
  label: string;
  /** Written out here, never read from the scale files, so a wrong entry in a scale fails. */
  expected: Rating;
  /** A number beside the label; where it says something else, the label must win, with a warning at the number. */
  score?: { ratingValue: number; bestRating: number; worstRating: number };
}

const reviews: PublisherReview[] = [
  {
    publisher: 'Aos Fatos',
    home: 'https://www.aosfatos.org/',
    language: 'pt-BR',
    claim: 'O desemprego caiu pela metade.',
    label: 'INSUSTENTÁVEL',
    expected: 'unproven',
  },
  {
    publisher: 'Agência Lupa',
    home: 'https://lupa.uol.com.br/',
    language: 'pt-BR',
    claim: 'A dívida dobrou em um ano.',
    label: 'EXAGERADO',
    expected: 'misleading',
  },
  {
    publisher: 'Projeto Comprova',
    home: 'https://projetocomprova.com.br/',
    language: 'pt-BR',
    claim: 'O vídeo mostra a enchente desta semana.',
    label: 'Comprovado',
    expected: 'true',
  },
  {
    publisher: 'Estadão Verifica',
    home: 'https://www.estadao.com.br/estadao-verifica/',
    language: 'pt-BR',
    claim: 'A foto é do comício de ontem.',
    label: 'Enganoso',
    expected: 'misleading',
  },
  {
    publisher: 'Animal Político',
    home: 'https://animalpolitico.com/',
    language: 'es-MX',
    claim: 'México es el país con menos casos.',
    label: 'Ridículo',
    expected: 'false',
  },
  {
    publisher: 'Chequeado',
    home: 'https://chequeado.com/',
    language: 'es-AR',
    claim: 'La inflación ya bajó a la mitad.',
    label: 'Apresurado',
    expected: 'unproven',
  },
  {
    publisher: 'Maldita.es',
    home: 'https://maldita.es/',
    language: 'es',
    claim: 'El agua del grifo no es potable tras la tormenta.',
    label: 'Sin evidencias',
    expected: 'unproven',
  },
  {
    publisher: 'Newtral',
    home: 'https://www.newtral.es/',
    language: 'es',
    claim: 'El paro juvenil es el más alto de Europa.',
    label: 'Verdad a medias',
    expected: 'mixed',
  },
  {
    publisher: 'Newschecker',
    home: 'https://newschecker.in/',
    language: 'en',
    claim: 'Photo shows the new bridge collapsing.',
    label: 'Altered Photo',
    expected: 'false',
  },
  {
    publisher: 'Vishvas News',
    home: 'https://www.vishvasnews.com/urdu/',
    language: 'ur',
    claim: 'ویڈیو حالیہ سیلاب کی ہے۔',
    label: 'گمراہ کن',
    expected: 'misleading',
  },
  { publisher: 'BOOM', home: 'https://www.boomlive.in/', language: 'en', claim: 'The minister resigned on live TV.', label: 'Sarcasm', expected: 'satire' },
  { publisher: 'Factly', home: 'https://factly.in/telugu/', language: 'te', claim: 'ఈ ఫోటో కొత్త విమానాశ్రయానిది.', label: 'తప్పు', expected: 'false' },
  { publisher: 'Teyit', home: 'https://teyit.org/', language: 'tr', claim: 'Fotoğraf dünkü mitingden.', label: 'YANLIŞ', expected: 'false' },
  { publisher: 'Misbar', home: 'https://www.misbar.com/', language: 'ar', claim: 'الأرقام تظهر تراجع البطالة.', label: 'انتقائي', expected: 'misleading' },
  { publisher: 'Fatabyyano', home: 'https://fatabyyano.net/', language: 'ar', claim: 'وزارة الصحة تمنع اللقاح.', label: 'عنوان مضلل', expected: 'misleading' },
  {
    publisher: 'Fact Investigation Platform',
    home: 'https://fip.am/',
    language: 'hy',
    claim: 'Արտահանումը աճել է 30%-ով։',
    label: 'ՄԵԾԱՄԱՍԱՄԲ ՃԻՇՏ',
    expected: 'mostly-true',
  },
  {
    publisher: 'StopFake',
    home: 'https://www.stopfake.org/uk/',
    language: 'uk',
    claim: 'У Харкові немає світла й води.',
    label: 'Дезінформація',
    expected: 'false',
  },
  {
    publisher: 'VoxCheck',
    home: 'https://voxcheck.voxukraine.org/',
    language: 'uk',
    claim: 'Пенсії зросли втричі.',
    label: 'Перебільшення',
    expected: 'misleading',
  },
  {
    publisher: 'Проверено',
    home: 'https://provereno.media/',
    language: 'ru',
    claim: 'Этот снимок сделан на Луне.',
    label: 'Скорее всего, неправда',
    expected: 'mostly-false',
  },
  { publisher: 'Myth Detector', home: 'https://mythdetector.ge/', language: 'ka', claim: 'ფოტოზე ახალი ხიდია.', label: 'ფოტომანიპულაცია', expected: 'false' },
  {
    publisher: 'FactCheck Georgia',
    home: 'https://factcheck.ge/',
    language: 'ka',
    claim: 'ექსპორტი გაორმაგდა.',
    label: 'მეტწილად მცდარი',
    expected: 'mostly-false',
    // A number that would read as true: the label must win.
    score: { ratingValue: 5, bestRating: 5, worstRating: 1 },
  },
  {
    publisher: 'Faktyoxla',
    home: 'https://faktyoxla.info/',
    language: 'az',
    claim: 'Qiymətlər iki dəfə artıb.',
    label: 'Manipulyasiya',
    expected: 'misleading',
  },
  {
    publisher: '台灣事實查核中心',
    home: 'https://tfc-taiwan.org.tw/',
    language: 'zh-TW',
    claim: '網傳影片為本週颱風畫面。',
    label: '部分錯誤',
    expected: 'mixed',
  },
];

function claimReview(review: PublisherReview, index: number) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${review.home}checks/example-${index}`,
    datePublished: '2026-11-20',
    inLanguage: review.language,
    claimReviewed: review.claim,
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Example Claimant' },
      datePublished: '2026-11-18',
      appearance: [{ '@type': 'CreativeWork', url: `https://social.example.com/posts/${index}` }],
    },
    author: { '@type': 'Organization', name: review.publisher, url: review.home },
    reviewRating: { '@type': 'Rating', ...review.score, alternateName: review.label },
  };
}

describe('publisher scales, read from ClaimReview', () => {
  reviews.forEach((review, index) => {
    it(`reads ${review.publisher}'s "${review.label}" as ${review.expected}`, () => {
      const { documents, problems } = fromClaimReview(claimReview(review, index));
      // An unknown label would be a warning ("is not a known rating label"): there must be none;
      // a number that disagrees with the label is named at the number, and nothing else.
      const lines = problems.map(formatProblem);
      if (review.score) {
        expect(lines).to.have.length(1);
        expect(lines[0]).to.match(/^reviewRating\.ratingValue: .* the label ".+" says [a-z-]+; the label is shown$/);
      } else {
        expect(lines).to.deep.equal([]);
      }
      expect(documents).to.have.length(1);
      const document = documents[0]!;
      expect(document.publisher?.name).to.equal(review.publisher);
      expect(document.verdict.label).to.equal(review.label);
      expect(readFactCheck(document).document?.verdict.rating).to.equal(review.expected);
    });
  });

  // The labels each publisher's scale exists for, beyond the one above, and the collisions this
  // round resolved (written out, so a wrong entry in a scale file fails).
  const labels: Array<[string, Rating]> = [
    ['Contraditório', 'unrated'],
    ['De olho', 'unrated'],
    ['Verdadeiro, mas', 'mostly-true'],
    ['Inchequeable', 'unrated'],
    ['Verdadero, pero', 'mostly-true'],
    ['Inflado', 'misleading'],
    ['Timo', 'false'],
    ['आंशिक रूप से सच', 'mixed'],
    ['বিভ্রান্তিকর', 'misleading'],
    ['جھوٹ', 'false'],
    ['Karışık', 'mixed'],
    ['KARIŞIK', 'mixed'],
    ['Belirsiz', 'unproven'],
    ['BELİRSİZ', 'unproven'],
    ['إثارة', 'misleading'],
    ['رأي', 'unrated'],
    ['Առանց վճռի', 'unrated'],
    ['Ֆեյք', 'false'],
    ['Manipulation', 'misleading'],
    ['Manipulated', 'false'],
    ['Недостатньо даних', 'unproven'],
    ['Скорее всего правда', 'mostly-true'],
    ['Вне контекста', 'misleading'],
    ['Легенда', 'unproven'],
    ['მანიპულაცია', 'misleading'],
    ['ტყუილი', 'false'],
    ['Lie', 'false'],
    ['Without verdict', 'unrated'],
    ['ვერდიქტის გარეშე', 'unrated'],
    ['Կիսով չափ ճշմարտություն', 'mixed'],
    ['Yalan', 'false'],
    ['MANİPULYASİYA', 'misleading'],
    ['易生誤解', 'misleading'],
    ['證據不足', 'unproven'],
  ];
  it("maps each publisher's distinctive labels", () => {
    const wrong = labels
      .filter(([label, rating]) => ratingFromLabel(label) !== rating)
      .map(([label, rating]) => `${label}: expected ${rating}, got ${ratingFromLabel(label)}`);
    expect(wrong).to.deep.equal([]);
  });
});
