import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Bengali, written to read in both Bangladesh and West Bengal. Rating words follow Rumor Scanner and BOOM Bangla:
 * "সত্য", "মিথ্যা", "আংশিক সত্য", "বিভ্রান্তিকর", "ব্যঙ্গাত্মক"; a fact-check is "ফ্যাক্ট চেক". Counts take the
 * classifier "টি" ("৫টি সূত্র"); the genitive after a name is written "-এর", which fits any name. Dates sit behind a
 * label ("প্রকাশিত:") so that any date form fits.
 */
const bn: Locale = {
  lang: 'bn',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of Rumor Scanner and BOOM Bangla; not yet reviewed by a ' +
      'native speaker. A reviewer should check "মূলত সত্য" and "মূলত মিথ্যা" for mostly true and mostly false, "সিদ্ধান্ত:" as the ' +
      'verdict prefix, and whether "আপডেট" or "হালনাগাদ" suits readers in Bangladesh better.',
  },
  messages: {
    verdictPrefix: 'সিদ্ধান্ত:',
    ratingName: (p) =>
      ({
        true: 'সত্য',
        'mostly-true': 'মূলত সত্য',
        mixed: 'আংশিক সত্য',
        'mostly-false': 'মূলত মিথ্যা',
        false: 'মিথ্যা',
        misleading: 'বিভ্রান্তিকর',
        unproven: 'অপ্রমাণিত',
        satire: 'ব্যঙ্গাত্মক',
        unrated: 'রেটিং নেই',
      })[p.rating],
    errorTitle: 'এই ফ্যাক্ট চেকটি দেখানো যায়নি।',
    errorNetwork: 'এটি লোড করা যায়নি। আপনার ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন।',
    errorTimeout: 'এটি লোড হতে অনেক সময় লাগছে। আবার চেষ্টা করুন।',
    retry: 'আবার চেষ্টা করুন',
    opensFactCheck: '(ফ্যাক্ট চেকটি খোলে)',
    close: 'বন্ধ করুন',

    claimHeading: 'দাবি',
    claimBy: (p) => `${p.name}-এর দাবি`,
    claimMadeOn: (p) => `দাবির তারিখ: ${p.date}`,
    claimMadeIn: (p) => `দাবির তারিখ: ${p.date}`,
    scaleStep: (p) => `প্রকাশকের মানদণ্ডে ${formatCount('bn', p.count)}টি ধাপের মধ্যে ${formatCount('bn', p.step)} নম্বর, মিথ্যা থেকে সত্যের দিকে`,
    appearedIn: 'কোথায় দেখা গেছে',
    summaryHeading: 'কেন এই সিদ্ধান্ত',
    whatsTrueHeading: 'যা সত্য',
    whatsFalseHeading: 'যা মিথ্যা',
    sourcesHeading: (p) => plural('bn', p.count, { one: '#টি সূত্র', other: '#টি সূত্র' }),
    showAllSources: (p) => plural('bn', p.count, { one: '#টি সূত্র দেখুন', other: 'সব #টি সূত্র দেখুন' }),
    showFewerSources: 'কম সূত্র দেখুন',
    archivedCopy: 'আর্কাইভ করা কপি',
    stanceName: (p) => ({ supports: 'দাবিটিকে সমর্থন করে', refutes: 'দাবিটি খণ্ডন করে', context: 'প্রেক্ষাপট' })[p.stance],
    timelineHeading: 'ঘটনাক্রম',
    dateRange: (p) => `${p.start} থেকে ${p.end}`,
    keyEvent: 'গুরুত্বপূর্ণ ঘটনা',
    publishedBy: (p) => `${p.name}-এর ফ্যাক্ট চেক`,
    byAuthors: (p) => `লিখেছেন: ${p.names}`,
    publishedOn: (p) => `প্রকাশিত: ${p.date}`,
    updatedOn: (p) => `আপডেট: ${p.date}`,
    correctionsHeading: 'সংশোধনী',
    readFullFactCheck: 'পুরো ফ্যাক্ট চেক পড়ুন',
    publisherLogo: (p) => `${p.name}-এর লোগো`,
    factCheckKicker: 'ফ্যাক্ট চেক',
    expandFactCheck: 'পুরো ফ্যাক্ট চেক দেখুন',
    collapseFactCheck: 'কম দেখুন',
    factCheckerCount: (p) => plural('bn', p.count, { one: '#টি ফ্যাক্ট চেকিং প্রতিষ্ঠান:', other: '#টি ফ্যাক্ট চেকিং প্রতিষ্ঠান:' }),
    verdictsAgree: 'সিদ্ধান্ত একই।',
    verdictsSimilar: 'সিদ্ধান্ত প্রায় একই।',
    verdictsDiffer: 'সিদ্ধান্ত ভিন্ন।',
    readFactCheckBy: (p) => `${p.name}-এর ফ্যাক্ট চেক পড়ুন`,
    loading: 'ফ্যাক্ট চেক লোড হচ্ছে…',
    errorHttp: 'যে সার্ভারে এটি রাখা আছে, সেটি এটি দেয়নি। পরে আবার চেষ্টা করুন।',
    errorTooLarge: 'এটি এখানে দেখানোর পক্ষে অনেক বড়।',
    errorParse: 'এর ডেটা পড়া যায়নি।',
    errorInvalid: 'এর ডেটা বৈধ নয়।',
    errorDetails: 'বিস্তারিত',
    opensInNewTab: '(নতুন ট্যাবে খোলে)',
    share: 'শেয়ার করুন',
    copyLink: 'লিংক কপি করুন',
    linkCopied: 'লিংক কপি হয়েছে',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'ছবি', video: 'ভিডিও', audio: 'অডিও' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'মূল',
        'missing-context': 'প্রসঙ্গের বাইরে',
        'edited-or-cropped': 'সম্পাদিত বা কাটা',
        transformed: 'বিকৃত',
        staged: 'সাজানো',
        'satire-or-parody': 'ব্যঙ্গ বা প্যারোডি',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'যাচাই করা ছবি', video: 'যাচাই করা ভিডিওর একটি দৃশ্য', audio: 'যাচাই করা রেকর্ডিংয়ের ছবি' })[p.kind],
  },
};
export default bn;
