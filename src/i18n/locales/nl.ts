import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Dutch. Rating words follow the Dutch and Flemish fact-checkers (Nieuwscheckers' „Waar“, „Grotendeels waar“,
 * „Half waar“, „Grotendeels onwaar“, „Onwaar“, „Onbewezen“, „Misleidend“; their verdict is the „Oordeel“). The
 * reader is addressed with „je“, as Dutch news sites do. Dates are given after a colon, which reads right for a
 * month alone („juli 2022“), where „op“ would not.
 */
const nl: Locale = {
  lang: 'nl',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Dutch fact-checkers (Nieuwscheckers); not yet reviewed by a native speaker. A reviewer should check the rating words, the informal address (je) in the error messages, and the date labels with a colon (chosen so that month-only dates read right).',
  },
  messages: {
    verdictPrefix: 'Oordeel:',
    ratingName: (p) =>
      ({
        true: 'Waar',
        'mostly-true': 'Grotendeels waar',
        mixed: 'Half waar',
        'mostly-false': 'Grotendeels onwaar',
        false: 'Onwaar',
        misleading: 'Misleidend',
        unproven: 'Onbewezen',
        satire: 'Satire',
        unrated: 'Niet beoordeeld',
      })[p.rating],
    errorTitle: 'Deze factcheck kan niet worden getoond.',
    errorNetwork: 'Het laden is mislukt. Controleer je internetverbinding en probeer het opnieuw.',
    errorTimeout: 'Het laden duurt te lang. Probeer het opnieuw.',
    retry: 'Opnieuw proberen',
    opensFactCheck: '(opent de factcheck)',
    close: 'Sluiten',
    claimHeading: 'Bewering',
    claimBy: (p) => `Bewering van ${p.name}`,
    claimMadeOn: (p) => `Datum van de bewering: ${p.date}`,
    claimMadeIn: (p) => `Datum van de bewering: ${p.date}`,
    scaleStep: (p) => `Stap ${formatCount('nl', p.step)} van ${formatCount('nl', p.count)} op de schaal van de uitgever, van onwaar tot waar`,
    appearedIn: 'Waar de bewering verscheen',
    summaryHeading: 'Toelichting',
    whatsTrueHeading: 'Wat klopt',
    whatsFalseHeading: 'Wat niet klopt',
    sourcesHeading: (p) => plural('nl', p.count, { one: '# bron', other: '# bronnen' }),
    showAllSources: (p) => plural('nl', p.count, { one: '# bron tonen', other: 'Alle # bronnen tonen' }),
    showFewerSources: 'Minder bronnen tonen',
    archivedCopy: 'Gearchiveerde versie',
    stanceName: (p) => ({ supports: 'Ondersteunt de bewering', refutes: 'Weerlegt de bewering', context: 'Context' })[p.stance],
    timelineHeading: 'Tijdlijn',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Sleutelmoment',
    publishedBy: (p) => `Factcheck door ${p.name}`,
    byAuthors: (p) => `Door ${p.names}`,
    publishedOn: (p) => `Gepubliceerd: ${p.date}`,
    updatedOn: (p) => `Bijgewerkt: ${p.date}`,
    correctionsHeading: 'Correcties',
    readFullFactCheck: 'Lees de volledige factcheck',
    publisherLogo: (p) => `Logo van ${p.name}`,
    factCheckKicker: 'Factcheck',
    expandFactCheck: 'Hele factcheck tonen',
    collapseFactCheck: 'Minder tonen',
    factCheckerCount: (p) => plural('nl', p.count, { one: '# factchecker:', other: '# factcheckers:' }),
    verdictsAgree: 'Ze zijn het eens.',
    verdictsSimilar: 'Ze zijn het grotendeels eens.',
    verdictsDiffer: 'Hun oordelen verschillen.',
    readFactCheckBy: (p) => `Lees de factcheck van ${p.name}`,
    loading: 'Factcheck wordt geladen…',
    errorHttp: 'De server waarop de factcheck staat, heeft hem niet geleverd. Probeer het later opnieuw.',
    errorTooLarge: 'De factcheck is te groot om hier te tonen.',
    errorParse: 'De gegevens konden niet worden gelezen.',
    errorInvalid: 'De gegevens zijn ongeldig.',
    errorDetails: 'Details',
    opensInNewTab: '(opent in een nieuw tabblad)',
    share: 'Delen',
    copyLink: 'Link kopiëren',
    linkCopied: 'Link gekopieerd',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Afbeelding', video: 'Video', audio: 'Audio' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Origineel',
        'missing-context': 'Context ontbreekt',
        'edited-or-cropped': 'Bewerkt of bijgesneden',
        transformed: 'Gemanipuleerd',
        staged: 'Geënsceneerd',
        'satire-or-parody': 'Satire of parodie',
      })[p.authenticity],
    mediaAlt: (p) =>
      ({ image: 'De gecontroleerde afbeelding', video: 'Een still uit de gecontroleerde video', audio: 'Een afbeelding bij de gecontroleerde opname' })[p.kind],
  },
};

export default nl;
