import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Swahili. Rating words follow PesaCheck's Swahili verdicts ("Uongo", "Inapotosha", "Kweli"), with the graded scale
 * in the same plain words; the piece is an "uhakiki" (class 11, so its concords are u-: "huu", "haukuweza").
 * The number follows the noun ("Vyanzo 3"), as Swahili writes it.
 */
const sw: Locale = {
  lang: 'sw',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Swahili fact-checkers (PesaCheck); not yet reviewed by a native speaker. A reviewer should check the rating words (satire as "Kejeli", mixed as "Nusu kweli"), the noun-class concords with "uhakiki" and "dai" in the error messages and headings, and whether Kenyan and Tanzanian readers would word the buttons the same way.',
  },
  messages: {
    verdictPrefix: 'Uamuzi:',
    ratingName: (p) =>
      ({
        true: 'Kweli',
        'mostly-true': 'Kwa kiasi kikubwa ni kweli',
        mixed: 'Nusu kweli',
        'mostly-false': 'Kwa kiasi kikubwa ni uongo',
        false: 'Uongo',
        misleading: 'Inapotosha',
        unproven: 'Haijathibitishwa',
        satire: 'Kejeli',
        unrated: 'Haijatathminiwa',
      })[p.rating],
    errorTitle: 'Uhakiki huu haukuweza kuonyeshwa.',
    errorNetwork: 'Haukuweza kupakiwa. Angalia muunganisho wako wa intaneti kisha ujaribu tena.',
    errorTimeout: 'Upakiaji unachukua muda mrefu mno. Jaribu tena.',
    retry: 'Jaribu tena',
    opensFactCheck: '(hufungua uhakiki)',
    close: 'Funga',
    claimHeading: 'Dai',
    claimBy: (p) => `Dai la ${p.name}`,
    claimMadeOn: (p) => `Tarehe ya dai: ${p.date}`,
    claimMadeIn: (p) => `Tarehe ya dai: ${p.date}`,
    scaleStep: (p) => `Kiwango ${formatCount('sw', p.step)} kati ya ${formatCount('sw', p.count)} kwenye kipimo cha mchapishaji, kutoka uongo hadi kweli`,
    appearedIn: 'Mahali lilipoonekana',
    summaryHeading: 'Sababu',
    whatsTrueHeading: 'Kilicho kweli',
    whatsFalseHeading: 'Kisicho kweli',
    sourcesHeading: (p) => plural('sw', p.count, { one: 'Chanzo #', other: 'Vyanzo #' }),
    showAllSources: (p) => plural('sw', p.count, { one: 'Onyesha chanzo #', other: 'Onyesha vyanzo vyote #' }),
    showFewerSources: 'Onyesha vyanzo vichache',
    archivedCopy: 'Nakala iliyohifadhiwa',
    stanceName: (p) => ({ supports: 'Inaunga mkono dai', refutes: 'Inakanusha dai', context: 'Muktadha' })[p.stance],
    timelineHeading: 'Mfuatano wa matukio',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Tukio kuu',
    publishedBy: (p) => `Imehakikiwa na ${p.name}`,
    byAuthors: (p) => `Na ${p.names}`,
    publishedOn: (p) => `Imechapishwa: ${p.date}`,
    updatedOn: (p) => `Imesasishwa: ${p.date}`,
    correctionsHeading: 'Masahihisho',
    readFullFactCheck: 'Soma uhakiki kamili',
    publisherLogo: (p) => `Nembo ya ${p.name}`,
    factCheckKicker: 'Uhakiki wa ukweli',
    expandFactCheck: 'Onyesha uhakiki wote',
    collapseFactCheck: 'Onyesha kidogo',
    factCheckerCount: (p) => plural('sw', p.count, { one: 'Mhakiki #:', other: 'Wahakiki #:' }),
    verdictsAgree: 'Wanakubaliana.',
    verdictsSimilar: 'Wanakubaliana kwa kiasi kikubwa.',
    verdictsDiffer: 'Maamuzi yao yanatofautiana.',
    readFactCheckBy: (p) => `Soma uhakiki wa ${p.name}`,
    loading: 'Inapakia uhakiki…',
    errorHttp: 'Seva inayouhifadhi haikuutoa. Jaribu tena baadaye.',
    errorTooLarge: 'Ni mkubwa mno kuonyeshwa hapa.',
    errorParse: 'Data yake haikuweza kusomwa.',
    errorInvalid: 'Data yake si sahihi.',
    errorDetails: 'Maelezo zaidi',
    opensInNewTab: '(hufunguka katika kichupo kipya)',
    share: 'Shiriki',
    copyLink: 'Nakili kiungo',
    linkCopied: 'Kiungo kimenakiliwa',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Picha', video: 'Video', audio: 'Sauti' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Halisi',
        'missing-context': 'Imeondolewa muktadha',
        'edited-or-cropped': 'Imehaririwa au kukatwa',
        transformed: 'Imebadilishwa',
        staged: 'Imeigizwa',
        'satire-or-parody': 'Kejeli au mzaha',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'Picha inayokaguliwa', video: 'Picha kutoka kwenye video inayokaguliwa', audio: 'Picha ya rekodi inayokaguliwa' })[p.kind],
  },
};

export default sw;
