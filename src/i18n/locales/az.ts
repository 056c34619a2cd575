import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Azerbaijani (Latin script). Rating words follow the Azerbaijani fact-checkers (Faktyoxla's "Yanlış",
 * "Manipulyasiya", with the graded scale in the same plain words: "Doğru", "Əsasən doğru", "Qismən doğru",
 * "Əsasən yanlış"); the piece is a "fakt yoxlaması". A noun after a number stays singular ("3 mənbə"), so both
 * plural forms are the same.
 */
const az: Locale = {
  lang: 'az',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Azerbaijani fact-checkers (Faktyoxla); not yet reviewed by a native speaker. A reviewer should check the rating words (misleading as "Manipulyasiya", unproven as "Sübut olunmayıb"), the suffix after a publisher name ("loqosu"), "tab" for a browser tab, and the date labels with a colon.',
  },
  messages: {
    verdictPrefix: 'Nəticə:',
    ratingName: (p) =>
      ({
        true: 'Doğru',
        'mostly-true': 'Əsasən doğru',
        mixed: 'Qismən doğru',
        'mostly-false': 'Əsasən yanlış',
        false: 'Yanlış',
        misleading: 'Manipulyasiya',
        unproven: 'Sübut olunmayıb',
        satire: 'Satira',
        unrated: 'Qiymətləndirilməyib',
      })[p.rating],
    errorTitle: 'Bu fakt yoxlamasını göstərmək mümkün olmadı.',
    errorNetwork: 'Onu yükləmək mümkün olmadı. İnternet bağlantınızı yoxlayın və yenidən cəhd edin.',
    errorTimeout: 'Yüklənmə çox uzun çəkir. Yenidən cəhd edin.',
    retry: 'Yenidən cəhd edin',
    claimHeading: 'İddia',
    claimBy: (p) => `İddianın müəllifi: ${p.name}`,
    claimMadeOn: (p) => `İddianın tarixi: ${p.date}`,
    claimMadeIn: (p) => `İddianın tarixi: ${p.date}`,
    scaleStep: (p) => `Nəşrin şkalasında ${formatCount('az', p.step)}/${formatCount('az', p.count)}, yalandan doğruya`,
    appearedIn: 'İddianın yayıldığı yerlər',
    summaryHeading: 'Əsaslandırma',
    whatsTrueHeading: 'Nə doğrudur',
    whatsFalseHeading: 'Nə yanlışdır',
    sourcesHeading: (p) => plural('az', p.count, { one: '# mənbə', other: '# mənbə' }),
    showAllSources: (p) => plural('az', p.count, { one: '# mənbəni göstər', other: 'Bütün # mənbəni göstər' }),
    showFewerSources: 'Daha az mənbə göstər',
    archivedCopy: 'Arxiv nüsxəsi',
    stanceName: (p) => ({ supports: 'İddianı təsdiqləyir', refutes: 'İddianı təkzib edir', context: 'Kontekst' })[p.stance],
    timelineHeading: 'Xronologiya',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Əsas hadisə',
    publishedBy: (p) => `Yoxlayan: ${p.name}`,
    byAuthors: (p) => `Hazırladı: ${p.names}`,
    publishedOn: (p) => `Dərc tarixi: ${p.date}`,
    updatedOn: (p) => `Yenilənmə tarixi: ${p.date}`,
    correctionsHeading: 'Düzəlişlər',
    readFullFactCheck: 'Fakt yoxlamasını tam oxuyun',
    publisherLogo: (p) => `${p.name} loqosu`,
    factCheckKicker: 'Fakt yoxlaması',
    expandFactCheck: 'Fakt yoxlamasını tam göstər',
    collapseFactCheck: 'Daha az göstər',
    factCheckerCount: (p) => plural('az', p.count, { one: '# fakt yoxlayıcı:', other: '# fakt yoxlayıcı:' }),
    verdictsAgree: 'Nəticələr eynidir.',
    verdictsSimilar: 'Nəticələr əsasən üst-üstə düşür.',
    verdictsDiffer: 'Nəticələr fərqlidir.',
    readFactCheckBy: (p) => `Yoxlamanı oxuyun: ${p.name}`,
    loading: 'Fakt yoxlaması yüklənir…',
    errorHttp: 'Onu saxlayan server onu təqdim etmədi. Bir qədər sonra yenidən cəhd edin.',
    errorTooLarge: 'Burada göstərmək üçün çox böyükdür.',
    errorParse: 'Onun məlumatlarını oxumaq mümkün olmadı.',
    errorInvalid: 'Onun məlumatları etibarsızdır.',
    errorDetails: 'Ətraflı',
    opensInNewTab: '(yeni tabda açılır)',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Şəkil', video: 'Video', audio: 'Audio' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Orijinal',
        'missing-context': 'Kontekstdən çıxarılıb',
        'edited-or-cropped': 'Redaktə edilib və ya kəsilib',
        transformed: 'Dəyişdirilib',
        staged: 'Səhnələşdirilib',
        'satire-or-parody': 'Satira və ya parodiya',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'Yoxlanılan şəkil', video: 'Yoxlanılan videodan kadr', audio: 'Yoxlanılan yazıya aid şəkil' })[p.kind],
  },
};

export default az;
