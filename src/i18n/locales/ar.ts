import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Arabic (Modern Standard). Rating words follow Misbar, Fatabyyano and AFP Arabic: "زائف" for false, "مضلّل" for
 * misleading, "ساخر" for satire; a fact-check is "تحقق". Counts agree with the noun as Arabic needs (one, two, 3–10
 * with the plural, 11–99 with the accusative singular, hundreds with the genitive singular). Dates take "في", which
 * reads for a full date, a month or a year alike; the claim's date sits behind a label for the same reason.
 */
const ar: Locale = {
  lang: 'ar',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of Arabic fact-checkers (Misbar, Fatabyyano, AFP Arabic); ' +
      'not yet reviewed by a native speaker. A reviewer should check the middle of the rating scale ("صحيح جزئياً" for mixed, ' +
      '"زائف في معظمه" for mostly false), the number agreement in the sources heading, and "جهة التحقق" for the publisher line.',
  },
  messages: {
    verdictPrefix: 'الحكم:',
    ratingName: (p) =>
      ({
        true: 'صحيح',
        'mostly-true': 'صحيح في معظمه',
        mixed: 'صحيح جزئياً',
        'mostly-false': 'زائف في معظمه',
        false: 'زائف',
        misleading: 'مضلّل',
        unproven: 'غير مثبت',
        satire: 'ساخر',
        unrated: 'بلا تقييم',
      })[p.rating],
    errorTitle: 'تعذّر عرض هذا التحقق.',
    errorNetwork: 'تعذّر تحميله. تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.',
    errorTimeout: 'يستغرق تحميله وقتاً طويلاً. أعد المحاولة.',
    retry: 'أعد المحاولة',
    opensFactCheck: '(يفتح تدقيق الحقائق)',
    close: 'إغلاق',

    claimHeading: 'الادعاء',
    claimBy: (p) => `مصدر الادعاء: ${p.name}`,
    claimMadeOn: (p) => `تاريخ الادعاء: ${p.date}`,
    claimMadeIn: (p) => `تاريخ الادعاء: ${p.date}`,
    scaleStep: (p) => `الدرجة ${formatCount('ar', p.step)} من ${formatCount('ar', p.count)} على مقياس الناشر، من الزائف إلى الصحيح`,
    appearedIn: 'أين ظهر',
    summaryHeading: 'لماذا هذا الحكم؟',
    whatsTrueHeading: 'ما الصحيح',
    whatsFalseHeading: 'ما الخطأ',
    sourcesHeading: (p) =>
      plural('ar', p.count, {
        zero: 'لا مصادر',
        one: 'مصدر واحد',
        two: 'مصدران',
        few: '# مصادر',
        many: '# مصدراً',
        other: '# مصدر',
      }),
    showAllSources: (p) =>
      plural('ar', p.count, {
        zero: 'عرض جميع المصادر',
        one: 'عرض المصدر',
        two: 'عرض المصدرين',
        few: 'عرض جميع المصادر (#)',
        many: 'عرض جميع المصادر (#)',
        other: 'عرض جميع المصادر (#)',
      }),
    showFewerSources: 'عرض مصادر أقل',
    archivedCopy: 'نسخة مؤرشفة',
    stanceName: (p) => ({ supports: 'يدعم الادعاء', refutes: 'يدحض الادعاء', context: 'سياق' })[p.stance],
    timelineHeading: 'التسلسل الزمني',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'حدث رئيسي',
    publishedBy: (p) => `جهة التحقق: ${p.name}`,
    byAuthors: (p) => `بقلم ${p.names}`,
    publishedOn: (p) => `نُشر في ${p.date}`,
    updatedOn: (p) => `حُدّث في ${p.date}`,
    correctionsHeading: 'تصحيحات',
    readFullFactCheck: 'اقرأ التحقق كاملاً',
    publisherLogo: (p) => `شعار ${p.name}`,
    factCheckKicker: 'تدقيق الحقائق',
    expandFactCheck: 'عرض التحقق كاملاً',
    collapseFactCheck: 'عرض أقل',
    factCheckerCount: (p) =>
      plural('ar', p.count, {
        zero: 'لا جهات تحقق:',
        one: 'جهة تحقق واحدة:',
        two: 'جهتا تحقق:',
        few: '# جهات تحقق:',
        many: '# جهة تحقق:',
        other: '# جهة تحقق:',
      }),
    verdictsAgree: 'أحكامها متطابقة.',
    verdictsSimilar: 'أحكامها متقاربة.',
    verdictsDiffer: 'أحكامها مختلفة.',
    readFactCheckBy: (p) => `اقرأ تحقق ${p.name}`,
    loading: 'جارٍ تحميل التحقق…',
    errorHttp: 'لم يوفّره الخادم الذي يستضيفه. أعد المحاولة لاحقاً.',
    errorTooLarge: 'حجمه أكبر من أن يُعرض هنا.',
    errorParse: 'تعذّرت قراءة بياناته.',
    errorInvalid: 'بياناته غير صالحة.',
    errorDetails: 'التفاصيل',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
    share: 'مشاركة',
    copyLink: 'نسخ الرابط',
    linkCopied: 'تم نسخ الرابط',
    claimantWithRole: (p) => `${p.name}، ${p.role}`,
    mediaKind: (p) => ({ image: 'صورة', video: 'فيديو', audio: 'تسجيل صوتي' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'أصلي',
        'missing-context': 'خارج السياق',
        'edited-or-cropped': 'معدَّل أو مقتطع',
        transformed: 'متلاعَب به',
        staged: 'مُدبَّر',
        'satire-or-parody': 'سخرية أو محاكاة ساخرة',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'الصورة قيد التحقق', video: 'لقطة من الفيديو قيد التحقق', audio: 'صورة للتسجيل قيد التحقق' })[p.kind],
  },
};
export default ar;
