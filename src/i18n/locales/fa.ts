import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Persian. Rating words follow Factnameh (فکت‌نامه), whose scale runs "درست", "تقریباً درست", "نیمه‌درست",
 * "تقریباً نادرست", "نادرست", with "گمراه‌کننده" for misleading; a fact-check is "راستی‌آزمایی". The noun stays
 * singular after a number, as Persian has it ("۵ منبع"). Dates sit behind labels ("تاریخ انتشار:") so that a full
 * date, a month or a year reads alike; Intl writes them in the Persian calendar.
 */
const fa: Locale = {
  lang: 'fa',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of Factnameh; not yet reviewed by a native speaker. ' +
      'A reviewer should check "ارزیابی:" as the verdict prefix, "اثبات‌نشده" for unproven, "ارزیابی‌نشده" for unrated, and that every ' +
      'compound keeps its zero-width non-joiner.',
  },
  messages: {
    verdictPrefix: 'ارزیابی:',
    ratingName: (p) =>
      ({
        true: 'درست',
        'mostly-true': 'تقریباً درست',
        mixed: 'نیمه‌درست',
        'mostly-false': 'تقریباً نادرست',
        false: 'نادرست',
        misleading: 'گمراه‌کننده',
        unproven: 'اثبات‌نشده',
        satire: 'طنز',
        unrated: 'ارزیابی‌نشده',
      })[p.rating],
    errorTitle: 'نمایش این راستی‌آزمایی ممکن نشد.',
    errorNetwork: 'بارگیری نشد. اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید.',
    errorTimeout: 'بارگیری آن بیش از حد طول می‌کشد. دوباره تلاش کنید.',
    retry: 'تلاش دوباره',
    opensFactCheck: '(راستی‌آزمایی را باز می‌کند)',
    close: 'بستن',

    claimHeading: 'ادعا',
    claimBy: (p) => `ادعای ${p.name}`,
    claimMadeOn: (p) => `تاریخ ادعا: ${p.date}`,
    claimMadeIn: (p) => `تاریخ ادعا: ${p.date}`,
    scaleStep: (p) => `پلهٔ ${formatCount('fa', p.step)} از ${formatCount('fa', p.count)} در مقیاس ناشر، از نادرست تا درست`,
    appearedIn: 'کجا منتشر شد',
    summaryHeading: 'دلیل این ارزیابی',
    whatsTrueHeading: 'آنچه درست است',
    whatsFalseHeading: 'آنچه نادرست است',
    sourcesHeading: (p) => plural('fa', p.count, { one: '# منبع', other: '# منبع' }),
    showAllSources: (p) => plural('fa', p.count, { one: 'نمایش # منبع', other: 'نمایش همهٔ # منبع' }),
    showFewerSources: 'نمایش منابع کمتر',
    archivedCopy: 'نسخهٔ بایگانی‌شده',
    stanceName: (p) => ({ supports: 'ادعا را تأیید می‌کند', refutes: 'ادعا را رد می‌کند', context: 'زمینه' })[p.stance],
    timelineHeading: 'خط زمانی',
    dateRange: (p) => `${p.start} تا ${p.end}`,
    keyEvent: 'رویداد کلیدی',
    publishedBy: (p) => `راستی‌آزمایی از ${p.name}`,
    byAuthors: (p) => `به قلم ${p.names}`,
    publishedOn: (p) => `تاریخ انتشار: ${p.date}`,
    updatedOn: (p) => `به‌روزرسانی: ${p.date}`,
    correctionsHeading: 'اصلاحیه‌ها',
    readFullFactCheck: 'خواندن متن کامل راستی‌آزمایی',
    publisherLogo: (p) => `لوگوی ${p.name}`,
    factCheckKicker: 'راستی‌آزمایی',
    expandFactCheck: 'نمایش کامل راستی‌آزمایی',
    collapseFactCheck: 'نمایش کمتر',
    factCheckerCount: (p) => plural('fa', p.count, { one: '# راستی‌آزما:', other: '# راستی‌آزما:' }),
    verdictsAgree: 'ارزیابی‌ها یکسان است.',
    verdictsSimilar: 'ارزیابی‌ها کمابیش یکسان است.',
    verdictsDiffer: 'ارزیابی‌ها متفاوت است.',
    readFactCheckBy: (p) => `خواندن راستی‌آزمایی ${p.name}`,
    loading: 'در حال بارگیری راستی‌آزمایی…',
    errorHttp: 'سروری که آن را نگه می‌دارد، آن را در اختیار نگذاشت. بعداً دوباره تلاش کنید.',
    errorTooLarge: 'برای نمایش در اینجا بیش از حد بزرگ است.',
    errorParse: 'داده‌های آن خوانده نشد.',
    errorInvalid: 'داده‌های آن معتبر نیست.',
    errorDetails: 'جزئیات',
    opensInNewTab: '(در زبانهٔ جدید باز می‌شود)',
    share: 'هم‌رسانی',
    copyLink: 'رونوشت پیوند',
    linkCopied: 'پیوند رونوشت شد',
    claimantWithRole: (p) => `${p.name}، ${p.role}`,
    mediaKind: (p) => ({ image: 'تصویر', video: 'ویدیو', audio: 'صوت' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'اصلی',
        'missing-context': 'خارج از بافت',
        'edited-or-cropped': 'ویرایش‌شده یا بریده‌شده',
        transformed: 'دستکاری‌شده',
        staged: 'صحنه‌سازی‌شده',
        'satire-or-parody': 'طنز یا نقیضه',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'تصویر مورد بررسی', video: 'نمایی از ویدیوی مورد بررسی', audio: 'تصویری برای صدای مورد بررسی' })[p.kind],
  },
};
export default fa;
