import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Polish. Rating words follow Demagog, the Polish fact-checkers («Prawda», «Fałsz», «Manipulacja»,
 * «Nieweryfikowalne»; the verdict is their «Ocena»). Dates arrive in the genitive («28 listopada 2024») or the
 * nominative («listopad 2024»), so every sentence around a date is a label with a colon, which reads right with either.
 */
const pl: Locale = {
  lang: 'pl',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Polish fact-checkers (Demagog); not yet reviewed by a native speaker. A reviewer should check the rating words (unproven as Demagog’s «Nieweryfikowalne», mixed as «Półprawda»), the date labels with a colon (chosen so that month-only dates such as «lipiec 2022» read right), the pronouns agreeing with «weryfikacja» (feminine) in the error messages, and «Tekst:» as a number-neutral byline.',
  },
  messages: {
    verdictPrefix: 'Ocena:',
    ratingName: (p) =>
      ({
        true: 'Prawda',
        'mostly-true': 'W większości prawda',
        mixed: 'Półprawda',
        'mostly-false': 'W większości fałsz',
        false: 'Fałsz',
        misleading: 'Manipulacja',
        unproven: 'Nieweryfikowalne',
        satire: 'Satyra',
        unrated: 'Bez oceny',
      })[p.rating],
    errorTitle: 'Nie można wyświetlić tej weryfikacji.',
    errorNetwork: 'Nie udało się jej wczytać. Sprawdź połączenie z internetem i spróbuj ponownie.',
    errorTimeout: 'Wczytywanie trwa zbyt długo. Spróbuj ponownie.',
    retry: 'Spróbuj ponownie',
    opensFactCheck: '(otwiera weryfikację)',
    close: 'Zamknij',
    claimHeading: 'Twierdzenie',
    claimBy: (p) => `Autor twierdzenia: ${p.name}`,
    claimMadeOn: (p) => `Data: ${p.date}`,
    claimMadeIn: (p) => `Data: ${p.date}`,
    scaleStep: (p) => `Stopień ${formatCount('pl', p.step)} z ${formatCount('pl', p.count)} na skali redakcji, od fałszu do prawdy`,
    appearedIn: 'Gdzie się pojawiło',
    summaryHeading: 'Uzasadnienie',
    whatsTrueHeading: 'Co jest prawdą',
    whatsFalseHeading: 'Co jest fałszem',
    sourcesHeading: (p) => plural('pl', p.count, { one: '# źródło', few: '# źródła', many: '# źródeł', other: '# źródła' }),
    showAllSources: (p) =>
      plural('pl', p.count, {
        one: 'Pokaż # źródło',
        few: 'Pokaż wszystkie # źródła',
        many: 'Pokaż wszystkie # źródeł',
        other: 'Pokaż wszystkie # źródła',
      }),
    showFewerSources: 'Pokaż mniej źródeł',
    archivedCopy: 'Kopia archiwalna',
    stanceName: (p) => ({ supports: 'Potwierdza twierdzenie', refutes: 'Obala twierdzenie', context: 'Kontekst' })[p.stance],
    timelineHeading: 'Chronologia',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Kluczowe wydarzenie',
    publishedBy: (p) => `Weryfikacja: ${p.name}`,
    byAuthors: (p) => `Tekst: ${p.names}`,
    publishedOn: (p) => `Opublikowano: ${p.date}`,
    updatedOn: (p) => `Zaktualizowano: ${p.date}`,
    correctionsHeading: 'Poprawki',
    readFullFactCheck: 'Przeczytaj całą weryfikację',
    publisherLogo: (p) => `Logo ${p.name}`,
    factCheckKicker: 'Weryfikacja faktów',
    expandFactCheck: 'Pokaż całą weryfikację',
    collapseFactCheck: 'Pokaż mniej',
    factCheckerCount: (p) => plural('pl', p.count, { one: '# weryfikacja:', few: '# weryfikacje:', many: '# weryfikacji:', other: '# weryfikacji:' }),
    verdictsAgree: 'Oceny są zgodne.',
    verdictsSimilar: 'Oceny są w dużej mierze zgodne.',
    verdictsDiffer: 'Oceny się różnią.',
    readFactCheckBy: (p) => `Przeczytaj weryfikację: ${p.name}`,
    loading: 'Wczytywanie weryfikacji…',
    errorHttp: 'Serwer, na którym się znajduje, jej nie udostępnił. Spróbuj ponownie później.',
    errorTooLarge: 'Jest zbyt duża, by ją tu wyświetlić.',
    errorParse: 'Nie udało się odczytać jej danych.',
    errorInvalid: 'Jej dane są nieprawidłowe.',
    errorDetails: 'Szczegóły',
    opensInNewTab: '(otwiera się w nowej karcie)',
    share: 'Udostępnij',
    copyLink: 'Kopiuj link',
    linkCopied: 'Skopiowano link',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Obraz', video: 'Wideo', audio: 'Nagranie dźwiękowe' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Oryginał',
        'missing-context': 'Brak kontekstu',
        'edited-or-cropped': 'Edytowane lub przycięte',
        transformed: 'Przerobione',
        staged: 'Zainscenizowane',
        'satire-or-parody': 'Satyra lub parodia',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'Sprawdzany obraz', video: 'Kadr ze sprawdzanego wideo', audio: 'Obraz do sprawdzanego nagrania' })[p.kind],
  },
};

export default pl;
