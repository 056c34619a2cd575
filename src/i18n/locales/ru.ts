import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Russian. Rating words follow the Russian-language fact-checkers (Провере.но's scale: «Правда», «Скорее правда»,
 * «Полуправда», «Скорее неправда», «Неправда», «Нет доказательств», «Сатира»); the verdict is «Вердикт».
 * Dates arrive in the genitive («28 ноября 2024 г.») or the nominative («ноябрь 2024 г.»), so every sentence
 * around a date is a label with a colon, which reads right with either.
 */
const ru: Locale = {
  lang: 'ru',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Russian-language fact-checkers (Provereno.media); not yet reviewed by a native speaker. A reviewer should check the rating words (especially «Вводит в заблуждение» against «Манипуляция» for misleading), the date labels with a colon (chosen so that month-only dates such as «июль 2022 г.» read right), and «Текст:» as a number-neutral byline.',
  },
  messages: {
    verdictPrefix: 'Вердикт:',
    ratingName: (p) =>
      ({
        true: 'Правда',
        'mostly-true': 'Скорее правда',
        mixed: 'Полуправда',
        'mostly-false': 'Скорее неправда',
        false: 'Неправда',
        misleading: 'Вводит в заблуждение',
        unproven: 'Нет доказательств',
        satire: 'Сатира',
        unrated: 'Без оценки',
      })[p.rating],
    errorTitle: 'Не удалось показать эту проверку.',
    errorNetwork: 'Не удалось её загрузить. Проверьте подключение к интернету и попробуйте ещё раз.',
    errorTimeout: 'Загрузка занимает слишком много времени. Попробуйте ещё раз.',
    retry: 'Попробовать ещё раз',
    opensFactCheck: '(открывает проверку)',
    close: 'Закрыть',
    claimHeading: 'Утверждение',
    claimBy: (p) => `Автор утверждения: ${p.name}`,
    claimMadeOn: (p) => `Дата утверждения: ${p.date}`,
    claimMadeIn: (p) => `Дата утверждения: ${p.date}`,
    scaleStep: (p) => `Ступень ${formatCount('ru', p.step)} из ${formatCount('ru', p.count)} на шкале редакции, от ложного к правдивому`,
    appearedIn: 'Где распространялось',
    summaryHeading: 'Обоснование',
    whatsTrueHeading: 'Что правда',
    whatsFalseHeading: 'Что неправда',
    sourcesHeading: (p) => plural('ru', p.count, { one: '# источник', few: '# источника', many: '# источников', other: '# источника' }),
    showAllSources: (p) =>
      plural('ru', p.count, {
        one: 'Показать все # источник',
        few: 'Показать все # источника',
        many: 'Показать все # источников',
        other: 'Показать все # источника',
      }),
    showFewerSources: 'Показать меньше источников',
    archivedCopy: 'Архивная копия',
    stanceName: (p) => ({ supports: 'Поддерживает утверждение', refutes: 'Опровергает утверждение', context: 'Контекст' })[p.stance],
    timelineHeading: 'Хронология',
    dateRange: (p) => `${p.start} — ${p.end}`,
    keyEvent: 'Ключевое событие',
    publishedBy: (p) => `Проверка фактов: ${p.name}`,
    byAuthors: (p) => `Текст: ${p.names}`,
    publishedOn: (p) => `Опубликовано: ${p.date}`,
    updatedOn: (p) => `Обновлено: ${p.date}`,
    correctionsHeading: 'Исправления',
    readFullFactCheck: 'Читать проверку полностью',
    publisherLogo: (p) => `Логотип ${p.name}`,
    factCheckKicker: 'Проверка фактов',
    expandFactCheck: 'Показать проверку полностью',
    collapseFactCheck: 'Свернуть',
    factCheckerCount: (p) => plural('ru', p.count, { one: '# фактчекер:', few: '# фактчекера:', many: '# фактчекеров:', other: '# фактчекера:' }),
    verdictsAgree: 'Вердикты совпадают.',
    verdictsSimilar: 'Вердикты в целом совпадают.',
    verdictsDiffer: 'Вердикты расходятся.',
    readFactCheckBy: (p) => `Читать проверку: ${p.name}`,
    loading: 'Загрузка проверки…',
    errorHttp: 'Сервер, на котором она размещена, её не выдал. Попробуйте позже.',
    errorTooLarge: 'Она слишком большая, чтобы показать её здесь.',
    errorParse: 'Не удалось прочитать её данные.',
    errorInvalid: 'Её данные некорректны.',
    errorDetails: 'Подробности',
    opensInNewTab: '(откроется в новой вкладке)',
    share: 'Поделиться',
    copyLink: 'Копировать ссылку',
    linkCopied: 'Скопировано',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Изображение', video: 'Видео', audio: 'Аудио' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Оригинал',
        'missing-context': 'Вырвано из контекста',
        'edited-or-cropped': 'Отредактировано или обрезано',
        transformed: 'Изменено',
        staged: 'Постановка',
        'satire-or-parody': 'Сатира или пародия',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'Проверяемое изображение', video: 'Кадр из проверяемого видео', audio: 'Изображение к проверяемой записи' })[p.kind],
  },
};

export default ru;
