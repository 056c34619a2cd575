import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Spanish, neutral between Spain and Latin America (tú, no vosotros). Rating words follow Newtral, Maldita and
 * Chequeado: "Verdadero", "Verdadero, pero…" (Chequeado), "Verdad a medias" (Newtral), "Engañoso", "Falso"; a
 * fact-check is a "verificación". Dates sit behind a label ("Publicado: …") because Spanish says "el 3 de julio" but
 * "en julio de 2022", and the date can be either; a million takes "de" ("1.000.000 de fuentes").
 */
const es: Locale = {
  lang: 'es',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of Newtral, Maldita and Chequeado; not yet reviewed by a ' +
      'native speaker. A reviewer should check "Mayormente falso" (no one checker uses it), "Sin pruebas" for unproven (Chequeado says ' +
      '"Insostenible"), and the labelled dates ("Publicado: …").',
  },
  messages: {
    verdictPrefix: 'Veredicto:',
    ratingName: (p) =>
      ({
        true: 'Verdadero',
        'mostly-true': 'Verdadero, pero…',
        mixed: 'Verdad a medias',
        'mostly-false': 'Mayormente falso',
        false: 'Falso',
        misleading: 'Engañoso',
        unproven: 'Sin pruebas',
        satire: 'Sátira',
        unrated: 'Sin calificación',
      })[p.rating],
    errorTitle: 'No se pudo mostrar esta verificación.',
    errorNetwork: 'No se pudo cargar. Revisa tu conexión y vuelve a intentarlo.',
    errorTimeout: 'Está tardando demasiado en cargarse. Vuelve a intentarlo.',
    retry: 'Reintentar',
    opensFactCheck: '(abre la verificación)',
    close: 'Cerrar',

    claimHeading: 'Afirmación',
    claimBy: (p) => `Afirmación de ${p.name}`,
    claimMadeOn: (p) => `Fecha de la afirmación: ${p.date}`,
    claimMadeIn: (p) => `Fecha de la afirmación: ${p.date}`,
    scaleStep: (p) => `Nivel ${formatCount('es', p.step)} de ${formatCount('es', p.count)} en la escala del medio, de falso a verdadero`,
    appearedIn: 'Dónde apareció',
    summaryHeading: 'Por qué',
    whatsTrueHeading: 'Qué es cierto',
    whatsFalseHeading: 'Qué es falso',
    sourcesHeading: (p) => plural('es', p.count, { one: '# fuente', many: '# de fuentes', other: '# fuentes' }),
    showAllSources: (p) => plural('es', p.count, { one: 'Ver # fuente', many: 'Ver las # de fuentes', other: 'Ver las # fuentes' }),
    showFewerSources: 'Ver menos fuentes',
    archivedCopy: 'Copia archivada',
    stanceName: (p) => ({ supports: 'Respalda la afirmación', refutes: 'Desmiente la afirmación', context: 'Contexto' })[p.stance],
    timelineHeading: 'Cronología',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Momento clave',
    publishedBy: (p) => `Verificación de ${p.name}`,
    byAuthors: (p) => `Por ${p.names}`,
    publishedOn: (p) => `Publicado: ${p.date}`,
    updatedOn: (p) => `Actualizado: ${p.date}`,
    correctionsHeading: 'Correcciones',
    readFullFactCheck: 'Leer la verificación completa',
    publisherLogo: (p) => `Logotipo de ${p.name}`,
    factCheckKicker: 'Verificación',
    expandFactCheck: 'Mostrar toda la verificación',
    collapseFactCheck: 'Mostrar menos',
    factCheckerCount: (p) => plural('es', p.count, { one: '# verificador:', many: '# de verificadores:', other: '# verificadores:' }),
    verdictsAgree: 'Coinciden.',
    verdictsSimilar: 'Coinciden en lo esencial.',
    verdictsDiffer: 'Sus veredictos difieren.',
    readFactCheckBy: (p) => `Leer la verificación de ${p.name}`,
    loading: 'Cargando la verificación…',
    errorHttp: 'El servidor donde está alojada no la proporcionó. Vuelve a intentarlo más tarde.',
    errorTooLarge: 'Es demasiado grande para mostrarla aquí.',
    errorParse: 'No se pudieron leer sus datos.',
    errorInvalid: 'Sus datos no son válidos.',
    errorDetails: 'Detalles',
    opensInNewTab: '(se abre en una pestaña nueva)',
    share: 'Compartir',
    copyLink: 'Copiar enlace',
    linkCopied: 'Enlace copiado',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Imagen', video: 'Video', audio: 'Audio' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Original',
        'missing-context': 'Sin contexto',
        'edited-or-cropped': 'Editado o recortado',
        transformed: 'Manipulado',
        staged: 'Escenificado',
        'satire-or-parody': 'Sátira o parodia',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'La imagen verificada', video: 'Un fotograma del video verificado', audio: 'Una imagen de la grabación verificada' })[p.kind],
  },
};
export default es;
