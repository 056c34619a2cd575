import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Italian. Rating words follow the Italian fact-checkers (Facta's «Falso», «Fuorviante», «Satira»; the graded
 * scale in the plain words Pagella Politica explains its own with: «Vero», «In gran parte vero», «Vero a metà»,
 * «In gran parte falso»). The piece is «la verifica», the genre «fact-checking». The reader is addressed with
 * «tu», as Italian news sites do. Dates are given after a colon, which reads right for a month alone
 * («luglio 2022»), where «il» would not.
 */
const it: Locale = {
  lang: 'it',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Italian fact-checkers (Pagella Politica, Facta); not yet reviewed by a native speaker. A reviewer should check the rating words (the graded scale is plain Italian rather than Pagella Politica’s own «C’eri quasi», «Nì», «Pinocchio andante»), the pronouns agreeing with «la verifica» in the error messages, the «many» form («di fonti») used for round millions, and the date labels with a colon.',
  },
  messages: {
    verdictPrefix: 'Verdetto:',
    ratingName: (p) =>
      ({
        true: 'Vero',
        'mostly-true': 'In gran parte vero',
        mixed: 'Vero a metà',
        'mostly-false': 'In gran parte falso',
        false: 'Falso',
        misleading: 'Fuorviante',
        unproven: 'Non dimostrato',
        satire: 'Satira',
        unrated: 'Senza valutazione',
      })[p.rating],
    errorTitle: 'Impossibile mostrare questa verifica.',
    errorNetwork: 'Non è stato possibile caricarla. Controlla la connessione e riprova.',
    errorTimeout: 'Il caricamento sta richiedendo troppo tempo. Riprova.',
    retry: 'Riprova',
    opensFactCheck: '(apre la verifica)',
    close: 'Chiudi',
    claimHeading: 'Affermazione',
    claimBy: (p) => `Affermazione di ${p.name}`,
    claimMadeOn: (p) => `Data dell’affermazione: ${p.date}`,
    claimMadeIn: (p) => `Data dell’affermazione: ${p.date}`,
    scaleStep: (p) => `Livello ${formatCount('it', p.step)} su ${formatCount('it', p.count)} della scala della testata, da falso a vero`,
    appearedIn: 'Dove è circolata',
    summaryHeading: 'Perché',
    whatsTrueHeading: 'Cosa è vero',
    whatsFalseHeading: 'Cosa è falso',
    sourcesHeading: (p) => plural('it', p.count, { one: '# fonte', many: '# di fonti', other: '# fonti' }),
    showAllSources: (p) => plural('it', p.count, { one: 'Mostra # fonte', many: 'Mostra tutte le # di fonti', other: 'Mostra tutte le # fonti' }),
    showFewerSources: 'Mostra meno fonti',
    archivedCopy: 'Copia archiviata',
    stanceName: (p) => ({ supports: 'Conferma l’affermazione', refutes: 'Smentisce l’affermazione', context: 'Contesto' })[p.stance],
    timelineHeading: 'Cronologia',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Evento chiave',
    publishedBy: (p) => `Verifica a cura di ${p.name}`,
    byAuthors: (p) => `Di ${p.names}`,
    publishedOn: (p) => `Pubblicato: ${p.date}`,
    updatedOn: (p) => `Aggiornato: ${p.date}`,
    correctionsHeading: 'Correzioni',
    readFullFactCheck: 'Leggi la verifica completa',
    publisherLogo: (p) => `Logo di ${p.name}`,
    factCheckKicker: 'Fact-checking',
    expandFactCheck: 'Mostra tutta la verifica',
    collapseFactCheck: 'Mostra meno',
    factCheckerCount: (p) => plural('it', p.count, { one: '# fact-checker:', many: '# di fact-checker:', other: '# fact-checker:' }),
    verdictsAgree: 'Concordano.',
    verdictsSimilar: 'Concordano nella sostanza.',
    verdictsDiffer: 'I verdetti divergono.',
    readFactCheckBy: (p) => `Leggi la verifica di ${p.name}`,
    loading: 'Caricamento della verifica…',
    errorHttp: 'Il server che la ospita non l’ha fornita. Riprova più tardi.',
    errorTooLarge: 'È troppo grande per essere mostrata qui.',
    errorParse: 'Non è stato possibile leggerne i dati.',
    errorInvalid: 'I suoi dati non sono validi.',
    errorDetails: 'Dettagli',
    opensInNewTab: '(si apre in una nuova scheda)',
    share: 'Condividi',
    copyLink: 'Copia il link',
    linkCopied: 'Link copiato',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Immagine', video: 'Video', audio: 'Audio' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Originale',
        'missing-context': 'Fuori contesto',
        'edited-or-cropped': 'Modificato o ritagliato',
        transformed: 'Manipolato',
        staged: 'Inscenato',
        'satire-or-parody': 'Satira o parodia',
      })[p.authenticity],
    mediaAlt: (p) =>
      ({ image: 'L’immagine verificata', video: 'Un fotogramma del video verificato', audio: 'Un’immagine della registrazione verificata' })[p.kind],
  },
};

export default it;
