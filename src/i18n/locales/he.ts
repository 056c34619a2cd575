import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Hebrew. Rating words follow HaMashrokit (The Whistle, Globes) and Fake Reporter: "נכון", "נכון ברובו", "נכון בחלקו",
 * "לא נכון", "מטעה"; a fact-check is "בדיקת עובדות". Buttons use the noun form ("הצגת…") and requests the plural
 * imperative ("נסו שוב"), so no string takes a reader's gender. "It" in the error lines is the fact-check
 * (feminine). Dates sit behind a label ("פורסם:"), as Israeli news sites print them, so any date form fits.
 */
const he: Locale = {
  lang: 'he',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of HaMashrokit and Fake Reporter; not yet reviewed by a ' +
      'native speaker. A reviewer should check "הכרעה:" as the verdict prefix, "לא נכון ברובו" for mostly false, "לא הוכח" for unproven, ' +
      'and the feminine agreement with "בדיקת העובדות" in the error lines.',
  },
  messages: {
    verdictPrefix: 'הכרעה:',
    ratingName: (p) =>
      ({
        true: 'נכון',
        'mostly-true': 'נכון ברובו',
        mixed: 'נכון בחלקו',
        'mostly-false': 'לא נכון ברובו',
        false: 'לא נכון',
        misleading: 'מטעה',
        unproven: 'לא הוכח',
        satire: 'סאטירה',
        unrated: 'ללא דירוג',
      })[p.rating],
    errorTitle: 'לא ניתן להציג את בדיקת העובדות הזו.',
    errorNetwork: 'לא ניתן היה לטעון אותה. בדקו את החיבור לאינטרנט ונסו שוב.',
    errorTimeout: 'הטעינה נמשכת זמן רב מדי. נסו שוב.',
    retry: 'נסו שוב',
    opensFactCheck: '(פותח את בדיקת העובדות)',
    close: 'סגירה',

    claimHeading: 'הטענה',
    claimBy: (p) => `מקור הטענה: ${p.name}`,
    claimMadeOn: (p) => `תאריך הטענה: ${p.date}`,
    claimMadeIn: (p) => `תאריך הטענה: ${p.date}`,
    scaleStep: (p) => `דרגה ${formatCount('he', p.step)} מתוך ${formatCount('he', p.count)} בסולם הדירוג של המפרסם, מהשגוי אל הנכון`,
    appearedIn: 'היכן הופיעה',
    summaryHeading: 'הנימוק',
    whatsTrueHeading: 'מה נכון',
    whatsFalseHeading: 'מה לא נכון',
    sourcesHeading: (p) => plural('he', p.count, { one: 'מקור אחד', two: 'שני מקורות', other: '# מקורות' }),
    showAllSources: (p) => plural('he', p.count, { one: 'הצגת המקור', two: 'הצגת שני המקורות', other: 'הצגת כל # המקורות' }),
    showFewerSources: 'הצגת פחות מקורות',
    archivedCopy: 'עותק בארכיון',
    stanceName: (p) => ({ supports: 'תומך בטענה', refutes: 'מפריך את הטענה', context: 'הקשר' })[p.stance],
    timelineHeading: 'ציר זמן',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'אירוע מרכזי',
    publishedBy: (p) => `בדיקת עובדות: ${p.name}`,
    byAuthors: (p) => `מאת ${p.names}`,
    publishedOn: (p) => `פורסם: ${p.date}`,
    updatedOn: (p) => `עודכן: ${p.date}`,
    correctionsHeading: 'תיקונים',
    readFullFactCheck: 'לקריאת הבדיקה המלאה',
    publisherLogo: (p) => `הלוגו של ${p.name}`,
    factCheckKicker: 'בדיקת עובדות',
    expandFactCheck: 'הצגת הבדיקה המלאה',
    collapseFactCheck: 'הצגת פחות',
    factCheckerCount: (p) => plural('he', p.count, { one: 'בודק עובדות אחד:', two: 'שני בודקי עובדות:', other: '# בודקי עובדות:' }),
    verdictsAgree: 'ההכרעות זהות.',
    verdictsSimilar: 'ההכרעות דומות.',
    verdictsDiffer: 'ההכרעות שונות.',
    readFactCheckBy: (p) => `לקריאת הבדיקה של ${p.name}`,
    loading: 'בדיקת העובדות נטענת…',
    errorHttp: 'השרת שבו היא מאוחסנת לא סיפק אותה. נסו שוב מאוחר יותר.',
    errorTooLarge: 'היא גדולה מכדי להציג אותה כאן.',
    errorParse: 'לא ניתן היה לקרוא את הנתונים שלה.',
    errorInvalid: 'הנתונים שלה אינם תקינים.',
    errorDetails: 'פרטים',
    opensInNewTab: '(נפתח בכרטיסייה חדשה)',
    share: 'שיתוף',
    copyLink: 'העתקת הקישור',
    linkCopied: 'הקישור הועתק',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'תמונה', video: 'סרטון', audio: 'הקלטה' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'מקורי',
        'missing-context': 'חסר הקשר',
        'edited-or-cropped': 'ערוך או חתוך',
        transformed: 'עבר מניפולציה',
        staged: 'מבוים',
        'satire-or-parody': 'סאטירה או פרודיה',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'התמונה הנבדקת', video: 'פריים מהסרטון הנבדק', audio: 'תמונה להקלטה הנבדקת' })[p.kind],
  },
};
export default he;
