import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * German. Rating words follow the German fact-checkers (Correctiv.Faktencheck's scale: „Richtig“, „Größtenteils
 * richtig“, „Teilweise falsch“, „Größtenteils falsch“, „Falsch“, „Unbelegt“; „Irreführend“ as dpa-Faktencheck
 * and AFP Faktencheck write it). Dates are given after a colon („Veröffentlicht: 28. November 2024“), which also
 * reads right for a month alone („Juli 2022“), where „am“ would not.
 */
const de: Locale = {
  lang: 'de',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of German fact-checkers (Correctiv, dpa-Faktencheck); not yet reviewed by a native speaker. A reviewer should check the rating words (mixed as Correctiv’s „Teilweise falsch“, unproven as „Unbelegt“), the date labels with a colon (chosen so that month-only dates read right), and the formal address (Sie) in the error messages.',
  },
  messages: {
    verdictPrefix: 'Bewertung:',
    ratingName: (p) =>
      ({
        true: 'Richtig',
        'mostly-true': 'Größtenteils richtig',
        mixed: 'Teilweise falsch',
        'mostly-false': 'Größtenteils falsch',
        false: 'Falsch',
        misleading: 'Irreführend',
        unproven: 'Unbelegt',
        satire: 'Satire',
        unrated: 'Ohne Bewertung',
      })[p.rating],
    errorTitle: 'Dieser Faktencheck kann nicht angezeigt werden.',
    errorNetwork: 'Er konnte nicht geladen werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    errorTimeout: 'Das Laden dauert zu lange. Versuchen Sie es erneut.',
    retry: 'Erneut versuchen',
    opensFactCheck: '(öffnet den Faktencheck)',
    close: 'Schließen',
    claimHeading: 'Behauptung',
    claimBy: (p) => `Behauptung von ${p.name}`,
    claimMadeOn: (p) => `Datum der Behauptung: ${p.date}`,
    claimMadeIn: (p) => `Datum der Behauptung: ${p.date}`,
    scaleStep: (p) => `Stufe ${formatCount('de', p.step)} von ${formatCount('de', p.count)} auf der Bewertungsskala der Redaktion, von falsch bis richtig`,
    appearedIn: 'Wo die Behauptung verbreitet wurde',
    summaryHeading: 'Begründung',
    whatsTrueHeading: 'Was stimmt',
    whatsFalseHeading: 'Was nicht stimmt',
    sourcesHeading: (p) => plural('de', p.count, { one: '# Quelle', other: '# Quellen' }),
    showAllSources: (p) => plural('de', p.count, { one: '# Quelle anzeigen', other: 'Alle # Quellen anzeigen' }),
    showFewerSources: 'Weniger Quellen anzeigen',
    archivedCopy: 'Archivierte Fassung',
    stanceName: (p) => ({ supports: 'Stützt die Behauptung', refutes: 'Widerlegt die Behauptung', context: 'Kontext' })[p.stance],
    timelineHeading: 'Chronologie',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Schlüsselereignis',
    publishedBy: (p) => `Faktencheck von ${p.name}`,
    byAuthors: (p) => `Von ${p.names}`,
    publishedOn: (p) => `Veröffentlicht: ${p.date}`,
    updatedOn: (p) => `Aktualisiert: ${p.date}`,
    correctionsHeading: 'Korrekturen',
    readFullFactCheck: 'Ganzen Faktencheck lesen',
    publisherLogo: (p) => `Logo von ${p.name}`,
    factCheckKicker: 'Faktencheck',
    expandFactCheck: 'Ganzen Faktencheck anzeigen',
    collapseFactCheck: 'Weniger anzeigen',
    factCheckerCount: (p) => plural('de', p.count, { one: '# Faktencheck-Redaktion:', other: '# Faktencheck-Redaktionen:' }),
    verdictsAgree: 'Sie sind sich einig.',
    verdictsSimilar: 'Sie sind sich weitgehend einig.',
    verdictsDiffer: 'Ihre Bewertungen gehen auseinander.',
    readFactCheckBy: (p) => `Faktencheck von ${p.name} lesen`,
    loading: 'Faktencheck wird geladen …',
    errorHttp: 'Der Server, auf dem er liegt, hat ihn nicht geliefert. Versuchen Sie es später erneut.',
    errorTooLarge: 'Er ist zu groß, um hier angezeigt zu werden.',
    errorParse: 'Seine Daten konnten nicht gelesen werden.',
    errorInvalid: 'Seine Daten sind ungültig.',
    errorDetails: 'Details',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    share: 'Teilen',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Bild', video: 'Video', audio: 'Audio' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Original',
        'missing-context': 'Fehlender Kontext',
        'edited-or-cropped': 'Bearbeitet oder zugeschnitten',
        transformed: 'Manipuliert',
        staged: 'Inszeniert',
        'satire-or-parody': 'Satire oder Parodie',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'Das geprüfte Bild', video: 'Standbild aus dem geprüften Video', audio: 'Bild zur geprüften Aufnahme' })[p.kind],
  },
};

export default de;
