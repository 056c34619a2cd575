import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/** U+00A0: French puts a no-break space before a colon. */
const NBSP = '\u00a0';

/**
 * French. Rating words follow AFP Factuel and Les Décodeurs (Le Monde): "Vrai", "Plutôt vrai", "Trompeur", "Faux",
 * "Satire"; a fact-check is a "vérification". A no-break space precedes every colon. Dates sit behind a label
 * ("Publication : …") because French says "le 3 juillet 2022" but "en juillet 2022", and the date can be either.
 * Names follow "par" or stand alone, never "de", which would need elision before a vowel ("d’Emmanuel", "de l’AFP").
 * A million takes "de" ("1 000 000 de sources").
 */
const fr: Locale = {
  lang: 'fr',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of AFP Factuel and Les Décodeurs; not yet reviewed by a ' +
      'native speaker. A reviewer should check "Partiellement vrai" for mixed, "Plutôt faux" for mostly false, "Non démontré" for unproven, ' +
      'the labelled dates ("Publication : …") and the no-break spaces before colons.',
  },
  messages: {
    verdictPrefix: `Verdict${NBSP}:`,
    ratingName: (p) =>
      ({
        true: 'Vrai',
        'mostly-true': 'Plutôt vrai',
        mixed: 'Partiellement vrai',
        'mostly-false': 'Plutôt faux',
        false: 'Faux',
        misleading: 'Trompeur',
        unproven: 'Non démontré',
        satire: 'Satire',
        unrated: 'Non évalué',
      })[p.rating],
    errorTitle: 'Cette vérification n’a pas pu être affichée.',
    errorNetwork: 'Elle n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
    errorTimeout: 'Son chargement prend trop de temps. Réessayez.',
    retry: 'Réessayer',
    opensFactCheck: '(ouvre la vérification)',
    close: 'Fermer',

    claimHeading: 'Affirmation',
    claimBy: (p) => `Affirmation faite par ${p.name}`,
    claimMadeOn: (p) => `Date de l’affirmation${NBSP}: ${p.date}`,
    claimMadeIn: (p) => `Date de l’affirmation${NBSP}: ${p.date}`,
    scaleStep: (p) => `Échelon ${formatCount('fr', p.step)} sur ${formatCount('fr', p.count)} de l’échelle du média, du faux au vrai`,
    appearedIn: 'Où elle a circulé',
    summaryHeading: 'Pourquoi',
    whatsTrueHeading: 'Ce qui est vrai',
    whatsFalseHeading: 'Ce qui est faux',
    sourcesHeading: (p) => plural('fr', p.count, { one: '# source', many: '# de sources', other: '# sources' }),
    showAllSources: (p) => plural('fr', p.count, { one: 'Afficher # source', many: 'Afficher les # de sources', other: 'Afficher les # sources' }),
    showFewerSources: 'Afficher moins de sources',
    archivedCopy: 'Copie archivée',
    stanceName: (p) => ({ supports: 'Confirme l’affirmation', refutes: 'Réfute l’affirmation', context: 'Contexte' })[p.stance],
    timelineHeading: 'Chronologie',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Événement clé',
    publishedBy: (p) => `Vérification par ${p.name}`,
    byAuthors: (p) => `Par ${p.names}`,
    publishedOn: (p) => `Publication${NBSP}: ${p.date}`,
    updatedOn: (p) => `Mise à jour${NBSP}: ${p.date}`,
    correctionsHeading: 'Rectificatifs',
    readFullFactCheck: 'Lire la vérification complète',
    publisherLogo: (p) => `${p.name} (logo)`,
    factCheckKicker: 'Vérification',
    expandFactCheck: 'Afficher toute la vérification',
    collapseFactCheck: 'Afficher moins',
    factCheckerCount: (p) => plural('fr', p.count, { one: `# vérificateur${NBSP}:`, many: `# de vérificateurs${NBSP}:`, other: `# vérificateurs${NBSP}:` }),
    verdictsAgree: 'Ils concordent.',
    verdictsSimilar: 'Ils concordent pour l’essentiel.',
    verdictsDiffer: 'Leurs verdicts divergent.',
    readFactCheckBy: (p) => `Lire la vérification de ${p.name}`,
    loading: 'Chargement de la vérification…',
    errorHttp: 'Le serveur qui l’héberge ne l’a pas fournie. Réessayez plus tard.',
    errorTooLarge: 'Elle est trop volumineuse pour être affichée ici.',
    errorParse: 'Ses données n’ont pas pu être lues.',
    errorInvalid: 'Ses données ne sont pas valides.',
    errorDetails: 'Détails',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    share: 'Partager',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Image', video: 'Vidéo', audio: 'Audio' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Original',
        'missing-context': 'Sorti de son contexte',
        'edited-or-cropped': 'Retouché ou recadré',
        transformed: 'Manipulé',
        staged: 'Mis en scène',
        'satire-or-parody': 'Satire ou parodie',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'L’image vérifiée', video: 'Une image de la vidéo vérifiée', audio: 'Une image de l’enregistrement vérifié' })[p.kind],
  },
};
export default fr;
