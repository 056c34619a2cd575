import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Georgian. Rating words follow the Georgian fact-checkers (FactCheck Georgia's verdicts: „სიმართლე“,
 * „მეტწილად სიმართლე“, „ნახევრად სიმართლე“, „მეტწილად მცდარი“, „მცდარი“, „მანიპულირება“; their „ვერდიქტი“;
 * Myth Detector's „სატირა“). A noun after a number stays singular („3 წყარო“), so both plural forms are the same.
 * A name is never followed by a case ending (the message cannot decline it), so it stands after a colon.
 */
const ka: Locale = {
  lang: 'ka',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Georgian fact-checkers (FactCheck Georgia, Myth Detector); not yet reviewed by a native speaker. A reviewer should check the rating words (unproven as „დაუდასტურებელი“), the labels with a colon used wherever a name or date would need a case ending, and „ტექსტი:“ as a number-neutral byline.',
  },
  messages: {
    verdictPrefix: 'ვერდიქტი:',
    ratingName: (p) =>
      ({
        true: 'სიმართლე',
        'mostly-true': 'მეტწილად სიმართლე',
        mixed: 'ნახევრად სიმართლე',
        'mostly-false': 'მეტწილად მცდარი',
        false: 'მცდარი',
        misleading: 'მანიპულირება',
        unproven: 'დაუდასტურებელი',
        satire: 'სატირა',
        unrated: 'შეფასების გარეშე',
      })[p.rating],
    errorTitle: 'ამ გადამოწმების ჩვენება ვერ მოხერხდა.',
    errorNetwork: 'მისი ჩატვირთვა ვერ მოხერხდა. შეამოწმეთ ინტერნეტთან კავშირი და სცადეთ ხელახლა.',
    errorTimeout: 'ჩატვირთვას ძალიან დიდი დრო სჭირდება. სცადეთ ხელახლა.',
    retry: 'ხელახლა ცდა',
    opensFactCheck: '(ხსნის გადამოწმებას)',
    close: 'დახურვა',
    claimHeading: 'განცხადება',
    claimBy: (p) => `განცხადების ავტორი: ${p.name}`,
    claimMadeOn: (p) => `განცხადების თარიღი: ${p.date}`,
    claimMadeIn: (p) => `განცხადების თარიღი: ${p.date}`,
    scaleStep: (p) => `გამომცემლის შკალაზე: ${formatCount('ka', p.step)} / ${formatCount('ka', p.count)}, მცდარიდან სიმართლემდე`,
    appearedIn: 'სად გავრცელდა',
    summaryHeading: 'დასაბუთება',
    whatsTrueHeading: 'რა არის სიმართლე',
    whatsFalseHeading: 'რა არის მცდარი',
    sourcesHeading: (p) => plural('ka', p.count, { one: '# წყარო', other: '# წყარო' }),
    showAllSources: (p) => plural('ka', p.count, { one: '# წყაროს ჩვენება', other: 'ყველა # წყაროს ჩვენება' }),
    showFewerSources: 'ნაკლები წყაროს ჩვენება',
    archivedCopy: 'დაარქივებული ასლი',
    stanceName: (p) => ({ supports: 'ადასტურებს განცხადებას', refutes: 'უარყოფს განცხადებას', context: 'კონტექსტი' })[p.stance],
    timelineHeading: 'ქრონოლოგია',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'მთავარი მოვლენა',
    publishedBy: (p) => `გადაამოწმა: ${p.name}`,
    byAuthors: (p) => `ტექსტი: ${p.names}`,
    publishedOn: (p) => `გამოქვეყნდა: ${p.date}`,
    updatedOn: (p) => `განახლდა: ${p.date}`,
    correctionsHeading: 'შესწორებები',
    readFullFactCheck: 'გადამოწმების სრულად წაკითხვა',
    publisherLogo: (p) => `ლოგო: ${p.name}`,
    factCheckKicker: 'ფაქტების გადამოწმება',
    expandFactCheck: 'სრულად ჩვენება',
    collapseFactCheck: 'ნაკლების ჩვენება',
    factCheckerCount: (p) => plural('ka', p.count, { one: '# ფაქტების გადამმოწმებელი:', other: '# ფაქტების გადამმოწმებელი:' }),
    verdictsAgree: 'ვერდიქტები ემთხვევა.',
    verdictsSimilar: 'ვერდიქტები ძირითადად ემთხვევა.',
    verdictsDiffer: 'ვერდიქტები განსხვავდება.',
    readFactCheckBy: (p) => `გადამოწმების წაკითხვა: ${p.name}`,
    loading: 'გადამოწმება იტვირთება…',
    errorHttp: 'სერვერმა, სადაც ის ინახება, ის ვერ გადმოგვცა. სცადეთ მოგვიანებით.',
    errorTooLarge: 'ის ზედმეტად დიდია აქ საჩვენებლად.',
    errorParse: 'მისი მონაცემების წაკითხვა ვერ მოხერხდა.',
    errorInvalid: 'მისი მონაცემები არასწორია.',
    errorDetails: 'დეტალები',
    opensInNewTab: '(იხსნება ახალ ჩანართში)',
    share: 'გაზიარება',
    copyLink: 'ბმულის კოპირება',
    linkCopied: 'ბმული დაკოპირდა',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'სურათი', video: 'ვიდეო', audio: 'აუდიო' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'ორიგინალი',
        'missing-context': 'კონტექსტიდან ამოგლეჯილი',
        'edited-or-cropped': 'რედაქტირებული ან ამოჭრილი',
        transformed: 'შეცვლილი',
        staged: 'დადგმული',
        'satire-or-parody': 'სატირა ან პაროდია',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'გადამოწმებული სურათი', video: 'კადრი გადამოწმებული ვიდეოდან', audio: 'გადამოწმებული ჩანაწერის სურათი' })[p.kind],
  },
};

export default ka;
