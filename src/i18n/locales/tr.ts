import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Turkish. Rating words follow the Turkish fact-checkers (Doğruluk Payı's graded scale: "Doğru", "Çoğunlukla doğru",
 * "Yarı doğru", "Çoğunlukla yanlış", "Yanlış"; Teyit's "Yanıltıcı"); the piece is a "doğrulama". A noun after a
 * number stays singular ("3 kaynak"), so both plural forms are the same. Buttons are in the plain imperative,
 * messages address the reader politely ("deneyin"), as Turkish interfaces do.
 */
const tr: Locale = {
  lang: 'tr',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Turkish fact-checkers (Teyit, Doğruluk Payı); not yet reviewed by a native speaker. A reviewer should check the rating words (satire as "Hiciv", unproven as "Kanıtlanmadı"), the suffixes attached after a placeholder ("logosu" after a publisher name), and the date labels with a colon.',
  },
  messages: {
    verdictPrefix: 'Sonuç:',
    ratingName: (p) =>
      ({
        true: 'Doğru',
        'mostly-true': 'Çoğunlukla doğru',
        mixed: 'Yarı doğru',
        'mostly-false': 'Çoğunlukla yanlış',
        false: 'Yanlış',
        misleading: 'Yanıltıcı',
        unproven: 'Kanıtlanmadı',
        satire: 'Hiciv',
        unrated: 'Değerlendirilmedi',
      })[p.rating],
    errorTitle: 'Bu doğrulama gösterilemedi.',
    errorNetwork: 'Yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.',
    errorTimeout: 'Yüklenmesi çok uzun sürüyor. Yeniden deneyin.',
    retry: 'Yeniden dene',
    claimHeading: 'İddia',
    claimBy: (p) => `İddia sahibi: ${p.name}`,
    claimMadeOn: (p) => `İddia tarihi: ${p.date}`,
    claimMadeIn: (p) => `İddia tarihi: ${p.date}`,
    scaleStep: (p) => `Yayıncının ölçeğinde ${formatCount('tr', p.count)} basamaktan ${formatCount('tr', p.step)}. basamak, yanlıştan doğruya`,
    appearedIn: 'İddianın paylaşıldığı yerler',
    summaryHeading: 'Gerekçe',
    whatsTrueHeading: 'Doğru olan',
    whatsFalseHeading: 'Yanlış olan',
    sourcesHeading: (p) => plural('tr', p.count, { one: '# kaynak', other: '# kaynak' }),
    showAllSources: (p) => plural('tr', p.count, { one: '# kaynağı göster', other: '# kaynağın tümünü göster' }),
    showFewerSources: 'Daha az kaynak göster',
    archivedCopy: 'Arşiv kopyası',
    stanceName: (p) => ({ supports: 'İddiayı destekliyor', refutes: 'İddiayı çürütüyor', context: 'Bağlam' })[p.stance],
    timelineHeading: 'Kronoloji',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Kilit gelişme',
    publishedBy: (p) => `Doğrulayan: ${p.name}`,
    byAuthors: (p) => `Hazırlayan: ${p.names}`,
    publishedOn: (p) => `Yayın tarihi: ${p.date}`,
    updatedOn: (p) => `Güncelleme tarihi: ${p.date}`,
    correctionsHeading: 'Düzeltmeler',
    readFullFactCheck: 'Doğrulamanın tamamını oku',
    publisherLogo: (p) => `${p.name} logosu`,
    factCheckKicker: 'Doğrulama',
    expandFactCheck: 'Doğrulamanın tamamını göster',
    collapseFactCheck: 'Daha az göster',
    factCheckerCount: (p) => plural('tr', p.count, { one: '# doğrulayıcı:', other: '# doğrulayıcı:' }),
    verdictsAgree: 'Sonuçlar aynı.',
    verdictsSimilar: 'Sonuçlar büyük ölçüde aynı.',
    verdictsDiffer: 'Sonuçlar farklı.',
    readFactCheckBy: (p) => `Doğrulamayı oku: ${p.name}`,
    loading: 'Doğrulama yükleniyor…',
    errorHttp: 'Doğrulamanın bulunduğu sunucu onu sağlayamadı. Daha sonra yeniden deneyin.',
    errorTooLarge: 'Burada gösterilemeyecek kadar büyük.',
    errorParse: 'Verileri okunamadı.',
    errorInvalid: 'Verileri geçersiz.',
    errorDetails: 'Ayrıntılar',
    opensInNewTab: '(yeni sekmede açılır)',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Görsel', video: 'Video', audio: 'Ses' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Orijinal',
        'missing-context': 'Bağlamından koparılmış',
        'edited-or-cropped': 'Düzenlenmiş veya kırpılmış',
        transformed: 'Değiştirilmiş',
        staged: 'Sahnelenmiş',
        'satire-or-parody': 'Hiciv veya parodi',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'İncelenen görsel', video: 'İncelenen videodan bir kare', audio: 'İncelenen kayda ait görsel' })[p.kind],
  },
};

export default tr;
