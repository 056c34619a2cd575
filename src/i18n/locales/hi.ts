import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Hindi. Rating words follow Vishvas News and BOOM Hindi: "सच", "झूठ", "भ्रामक", "व्यंग्य"; the verdict is
 * introduced as "निष्कर्ष", as Vishvas News closes its checks, and a fact-check is "फ़ैक्ट चेक". Sentences end with
 * the danda. Dates sit behind a label ("प्रकाशित:"), as Hindi news sites print them, so any date form fits.
 */
const hi: Locale = {
  lang: 'hi',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of Vishvas News and BOOM Hindi; not yet reviewed by a ' +
      'native speaker. A reviewer should check the middle of the rating scale ("आधा सच", "ज़्यादातर झूठ"), "अप्रमाणित" for unproven, ' +
      'and "ऐसा क्यों" as the heading of the explanation.',
  },
  messages: {
    verdictPrefix: 'निष्कर्ष:',
    ratingName: (p) =>
      ({
        true: 'सच',
        'mostly-true': 'ज़्यादातर सच',
        mixed: 'आधा सच',
        'mostly-false': 'ज़्यादातर झूठ',
        false: 'झूठ',
        misleading: 'भ्रामक',
        unproven: 'अप्रमाणित',
        satire: 'व्यंग्य',
        unrated: 'कोई रेटिंग नहीं',
      })[p.rating],
    errorTitle: 'यह फ़ैक्ट चेक नहीं दिखाया जा सका।',
    errorNetwork: 'इसे लोड नहीं किया जा सका। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।',
    errorTimeout: 'इसे लोड होने में बहुत समय लग रहा है। फिर से कोशिश करें।',
    retry: 'फिर से कोशिश करें',
    opensFactCheck: '(फ़ैक्ट चेक खोलता है)',
    close: 'बंद करें',

    claimHeading: 'दावा',
    claimBy: (p) => `${p.name} का दावा`,
    claimMadeOn: (p) => `दावे की तारीख: ${p.date}`,
    claimMadeIn: (p) => `दावे की तारीख: ${p.date}`,
    scaleStep: (p) => `प्रकाशक के पैमाने पर ${formatCount('hi', p.count)} में से ${formatCount('hi', p.step)}, गलत से सही की ओर`,
    appearedIn: 'यह कहाँ दिखा',
    summaryHeading: 'ऐसा क्यों',
    whatsTrueHeading: 'क्या सच है',
    whatsFalseHeading: 'क्या ग़लत है',
    sourcesHeading: (p) => plural('hi', p.count, { one: '# स्रोत', other: '# स्रोत' }),
    showAllSources: (p) => plural('hi', p.count, { one: '# स्रोत दिखाएँ', other: 'सभी # स्रोत दिखाएँ' }),
    showFewerSources: 'कम स्रोत दिखाएँ',
    archivedCopy: 'संग्रहीत प्रति',
    stanceName: (p) => ({ supports: 'दावे का समर्थन करता है', refutes: 'दावे का खंडन करता है', context: 'संदर्भ' })[p.stance],
    timelineHeading: 'घटनाक्रम',
    dateRange: (p) => `${p.start} से ${p.end} तक`,
    keyEvent: 'अहम घटना',
    publishedBy: (p) => `${p.name} का फ़ैक्ट चेक`,
    byAuthors: (p) => `लेखक: ${p.names}`,
    publishedOn: (p) => `प्रकाशित: ${p.date}`,
    updatedOn: (p) => `अपडेट: ${p.date}`,
    correctionsHeading: 'सुधार',
    readFullFactCheck: 'पूरा फ़ैक्ट चेक पढ़ें',
    publisherLogo: (p) => `${p.name} का लोगो`,
    factCheckKicker: 'फ़ैक्ट चेक',
    expandFactCheck: 'पूरा फ़ैक्ट चेक दिखाएँ',
    collapseFactCheck: 'कम दिखाएँ',
    factCheckerCount: (p) => plural('hi', p.count, { one: '# फ़ैक्ट चेकर:', other: '# फ़ैक्ट चेकर:' }),
    verdictsAgree: 'सबका निष्कर्ष एक है।',
    verdictsSimilar: 'निष्कर्ष लगभग एक जैसे हैं।',
    verdictsDiffer: 'निष्कर्ष अलग-अलग हैं।',
    readFactCheckBy: (p) => `${p.name} का फ़ैक्ट चेक पढ़ें`,
    loading: 'फ़ैक्ट चेक लोड हो रहा है…',
    errorHttp: 'जिस सर्वर पर यह रखा है, उसने इसे उपलब्ध नहीं कराया। बाद में फिर से कोशिश करें।',
    errorTooLarge: 'यह यहाँ दिखाने के लिए बहुत बड़ा है।',
    errorParse: 'इसका डेटा पढ़ा नहीं जा सका।',
    errorInvalid: 'इसका डेटा मान्य नहीं है।',
    errorDetails: 'विवरण',
    opensInNewTab: '(नए टैब में खुलता है)',
    share: 'शेयर करें',
    copyLink: 'लिंक कॉपी करें',
    linkCopied: 'लिंक कॉपी हो गया',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'तस्वीर', video: 'वीडियो', audio: 'ऑडियो' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'मूल',
        'missing-context': 'संदर्भ से हटकर',
        'edited-or-cropped': 'संपादित या काटा गया',
        transformed: 'छेड़छाड़ किया गया',
        staged: 'मंचित',
        'satire-or-parody': 'व्यंग्य या पैरोडी',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'जाँची जा रही तस्वीर', video: 'जाँचे जा रहे वीडियो का एक दृश्य', audio: 'जाँची जा रही रिकॉर्डिंग की तस्वीर' })[p.kind],
  },
};
export default hi;
