import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Armenian. Rating words follow FIP.am, the Armenian Fact Investigation Platform (its „Փաստաչափ“ scale: „Ճիշտ“,
 * „Մեծամասամբ ճիշտ“, „Մեծամասամբ սխալ“, „Սխալ“, „Մանիպուլյատիվ“; the verdict is its „վճիռ“). Sentences end with
 * the Armenian full stop „։“ (U+0589), labels take the „՝“ (բութ) before what follows. A noun after a number stays
 * singular („3 աղբյուր“), so both plural forms of the heading are the same.
 */
const hy: Locale = {
  lang: 'hy',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Armenian fact-checkers (FIP.am); not yet reviewed by a native speaker. A reviewer should check the rating words (mixed as „Մասամբ ճիշտ“ and unproven as „Չհաստատված“, which FIP.am’s scale lacks), the „՝“ after labels before a name or date, the byline „Տեքստը՝“ (chosen because the number of authors is not known), and „Լոգո՝“ for a logo’s text (chosen so that no case ending follows a name).',
  },
  messages: {
    verdictPrefix: 'Վճիռ՝',
    ratingName: (p) =>
      ({
        true: 'Ճիշտ',
        'mostly-true': 'Մեծամասամբ ճիշտ',
        mixed: 'Մասամբ ճիշտ',
        'mostly-false': 'Մեծամասամբ սխալ',
        false: 'Սխալ',
        misleading: 'Մանիպուլյատիվ',
        unproven: 'Չհաստատված',
        satire: 'Երգիծանք',
        unrated: 'Առանց գնահատականի',
      })[p.rating],
    errorTitle: 'Այս ստուգումը հնարավոր չէ ցուցադրել։',
    errorNetwork: 'Այն չհաջողվեց բեռնել։ Ստուգեք ինտերնետ կապը և կրկին փորձեք։',
    errorTimeout: 'Բեռնումը չափազանց երկար է տևում։ Կրկին փորձեք։',
    retry: 'Կրկին փորձել',
    opensFactCheck: '(բացում է ստուգումը)',
    close: 'Փակել',
    claimHeading: 'Պնդում',
    claimBy: (p) => `Պնդման հեղինակ՝ ${p.name}`,
    claimMadeOn: (p) => `Պնդման ամսաթիվ՝ ${p.date}`,
    claimMadeIn: (p) => `Պնդման ամսաթիվ՝ ${p.date}`,
    scaleStep: (p) => `Խմբագրության սանդղակում՝ ${formatCount('hy', p.step)}/${formatCount('hy', p.count)}, կեղծից ճշմարիտ`,
    appearedIn: 'Որտեղ է տարածվել',
    summaryHeading: 'Հիմնավորում',
    whatsTrueHeading: 'Ինչն է ճիշտ',
    whatsFalseHeading: 'Ինչն է սխալ',
    sourcesHeading: (p) => plural('hy', p.count, { one: '# աղբյուր', other: '# աղբյուր' }),
    showAllSources: (p) => plural('hy', p.count, { one: 'Ցուցադրել # աղբյուրը', other: 'Ցուցադրել բոլոր # աղբյուրները' }),
    showFewerSources: 'Ցուցադրել ավելի քիչ աղբյուր',
    archivedCopy: 'Արխիվացված տարբերակ',
    stanceName: (p) => ({ supports: 'Հաստատում է պնդումը', refutes: 'Հերքում է պնդումը', context: 'Համատեքստ' })[p.stance],
    timelineHeading: 'Ժամանակագրություն',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Առանցքային իրադարձություն',
    publishedBy: (p) => `Փաստերի ստուգում՝ ${p.name}`,
    byAuthors: (p) => `Տեքստը՝ ${p.names}`,
    publishedOn: (p) => `Հրապարակվել է՝ ${p.date}`,
    updatedOn: (p) => `Թարմացվել է՝ ${p.date}`,
    correctionsHeading: 'Ուղղումներ',
    readFullFactCheck: 'Կարդալ ստուգումն ամբողջությամբ',
    publisherLogo: (p) => `Լոգո՝ ${p.name}`,
    factCheckKicker: 'Փաստերի ստուգում',
    expandFactCheck: 'Ցուցադրել ստուգումն ամբողջությամբ',
    collapseFactCheck: 'Ցուցադրել ավելի քիչ',
    factCheckerCount: (p) => plural('hy', p.count, { one: '# փաստաստուգող՝', other: '# փաստաստուգող՝' }),
    verdictsAgree: 'Նրանք համակարծիք են։',
    verdictsSimilar: 'Նրանք հիմնականում համակարծիք են։',
    verdictsDiffer: 'Նրանց վճիռները տարբեր են։',
    readFactCheckBy: (p) => `Կարդալ ստուգումը՝ ${p.name}`,
    loading: 'Ստուգումը բեռնվում է…',
    errorHttp: 'Այն պահող սերվերը չտրամադրեց այն։ Կրկին փորձեք ավելի ուշ։',
    errorTooLarge: 'Այն չափազանց մեծ է այստեղ ցուցադրելու համար։',
    errorParse: 'Դրա տվյալները չհաջողվեց կարդալ։',
    errorInvalid: 'Դրա տվյալներն անվավեր են։',
    errorDetails: 'Մանրամասներ',
    opensInNewTab: '(բացվում է նոր ներդիրում)',
    share: 'Կիսվել',
    copyLink: 'Պատճենել հղումը',
    linkCopied: 'Հղումը պատճենված է',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Պատկեր', video: 'Տեսանյութ', audio: 'Ձայնագրություն' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Բնօրինակ',
        'missing-context': 'Համատեքստից դուրս',
        'edited-or-cropped': 'Խմբագրված կամ կտրատված',
        transformed: 'Ձևափոխված',
        staged: 'Բեմադրված',
        'satire-or-parody': 'Երգիծանք կամ պարոդիա',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'Ստուգվող պատկերը', video: 'Կադր ստուգվող տեսանյութից', audio: 'Ստուգվող ձայնագրության պատկերը' })[p.kind],
  },
};

export default hy;
