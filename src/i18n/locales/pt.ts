import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Portuguese, Brazilian usage. Rating words follow Aos Fatos, Lupa and Comprova: "Verdadeiro", "Verdadeiro, mas…"
 * (Lupa), "Impreciso" and "Insustentável" (Aos Fatos, Lupa), "Enganoso" (Comprova), "Falso", "Sátira"; a
 * fact-check is a "checagem". Dates take "em", which reads for a full date, a month or a year alike; a million
 * takes "de" ("1.000.000 de fontes").
 */
const pt: Locale = {
  lang: 'pt',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of Aos Fatos, Lupa and Comprova; not yet reviewed by a ' +
      'native speaker. A reviewer should check "Em grande parte falso" (no one checker uses it), "Impreciso" for mixed, "Insustentável" ' +
      'for unproven, and whether readers in Portugal need their own catalogue (pt-PT: "verificação", "separador").',
  },
  messages: {
    verdictPrefix: 'Veredito:',
    ratingName: (p) =>
      ({
        true: 'Verdadeiro',
        'mostly-true': 'Verdadeiro, mas…',
        mixed: 'Impreciso',
        'mostly-false': 'Em grande parte falso',
        false: 'Falso',
        misleading: 'Enganoso',
        unproven: 'Insustentável',
        satire: 'Sátira',
        unrated: 'Sem classificação',
      })[p.rating],
    errorTitle: 'Não foi possível exibir esta checagem.',
    errorNetwork: 'Não foi possível carregá-la. Verifique sua conexão e tente novamente.',
    errorTimeout: 'O carregamento está demorando demais. Tente novamente.',
    retry: 'Tentar novamente',
    opensFactCheck: '(abre a checagem)',
    close: 'Fechar',

    claimHeading: 'Alegação',
    claimBy: (p) => `Alegação de ${p.name}`,
    claimMadeOn: (p) => `Feita em ${p.date}`,
    claimMadeIn: (p) => `Feita em ${p.date}`,
    scaleStep: (p) => `Nível ${formatCount('pt', p.step)} de ${formatCount('pt', p.count)} na escala do veículo, de falso a verdadeiro`,
    appearedIn: 'Onde circulou',
    summaryHeading: 'Por quê',
    whatsTrueHeading: 'O que é verdade',
    whatsFalseHeading: 'O que é falso',
    sourcesHeading: (p) => plural('pt', p.count, { one: '# fonte', many: '# de fontes', other: '# fontes' }),
    showAllSources: (p) => plural('pt', p.count, { one: 'Ver # fonte', many: 'Ver todas as # de fontes', other: 'Ver todas as # fontes' }),
    showFewerSources: 'Ver menos fontes',
    archivedCopy: 'Cópia arquivada',
    stanceName: (p) => ({ supports: 'Confirma a alegação', refutes: 'Desmente a alegação', context: 'Contexto' })[p.stance],
    timelineHeading: 'Linha do tempo',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Momento-chave',
    publishedBy: (p) => `Checagem: ${p.name}`,
    byAuthors: (p) => `Por ${p.names}`,
    publishedOn: (p) => `Publicado em ${p.date}`,
    updatedOn: (p) => `Atualizado em ${p.date}`,
    correctionsHeading: 'Correções',
    readFullFactCheck: 'Leia a checagem completa',
    publisherLogo: (p) => `Logotipo de ${p.name}`,
    factCheckKicker: 'Checagem',
    expandFactCheck: 'Mostrar a checagem inteira',
    collapseFactCheck: 'Mostrar menos',
    factCheckerCount: (p) => plural('pt', p.count, { one: '# checador:', many: '# de checadores:', other: '# checadores:' }),
    verdictsAgree: 'Os vereditos coincidem.',
    verdictsSimilar: 'Os vereditos coincidem no essencial.',
    verdictsDiffer: 'Os vereditos divergem.',
    readFactCheckBy: (p) => `Leia a checagem de ${p.name}`,
    loading: 'Carregando checagem…',
    errorHttp: 'O servidor que a hospeda não a entregou. Tente novamente mais tarde.',
    errorTooLarge: 'Ela é grande demais para ser exibida aqui.',
    errorParse: 'Não foi possível ler seus dados.',
    errorInvalid: 'Seus dados são inválidos.',
    errorDetails: 'Detalhes',
    opensInNewTab: '(abre em nova aba)',
    share: 'Compartilhar',
    copyLink: 'Copiar link',
    linkCopied: 'Link copiado',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Imagem', video: 'Vídeo', audio: 'Áudio' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Original',
        'missing-context': 'Fora de contexto',
        'edited-or-cropped': 'Editado ou cortado',
        transformed: 'Manipulado',
        staged: 'Encenado',
        'satire-or-parody': 'Sátira ou paródia',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'A imagem verificada', video: 'Um quadro do vídeo verificado', audio: 'Uma imagem da gravação verificada' })[p.kind],
  },
};
export default pt;
