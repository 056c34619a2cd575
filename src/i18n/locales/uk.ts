import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Ukrainian. Rating words follow the Ukrainian fact-checkers (VoxCheck's «Правда», «Напівправда», «Неправда»,
 * «Маніпуляція»; StopFake's «Фейк» is kept out because it is no rating of a claim); the piece is a «фактчек».
 * Dates arrive in the genitive («28 листопада 2024 р.») or the nominative («листопад 2024 р.»), so every sentence
 * around a date is a label with a colon, which reads right with either.
 */
const uk: Locale = {
  lang: 'uk',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Ukrainian fact-checkers (VoxCheck, StopFake); not yet reviewed by a native speaker. A reviewer should check the rating words (misleading as «Маніпуляція», unproven as «Не доведено»), the date labels with a colon (chosen so that month-only dates such as «липень 2022 р.» read right), the pronouns agreeing with «фактчек» (masculine) in the error messages, and «Текст:» as a number-neutral byline.',
  },
  messages: {
    verdictPrefix: 'Вердикт:',
    ratingName: (p) =>
      ({
        true: 'Правда',
        'mostly-true': 'Переважно правда',
        mixed: 'Напівправда',
        'mostly-false': 'Переважно неправда',
        false: 'Неправда',
        misleading: 'Маніпуляція',
        unproven: 'Не доведено',
        satire: 'Сатира',
        unrated: 'Без оцінки',
      })[p.rating],
    errorTitle: 'Не вдалося показати цей фактчек.',
    errorNetwork: 'Не вдалося його завантажити. Перевірте з’єднання з інтернетом і спробуйте ще раз.',
    errorTimeout: 'Завантаження триває надто довго. Спробуйте ще раз.',
    retry: 'Спробувати ще раз',
    opensFactCheck: '(відкриває фактчек)',
    close: 'Закрити',
    claimHeading: 'Твердження',
    claimBy: (p) => `Автор твердження: ${p.name}`,
    claimMadeOn: (p) => `Дата твердження: ${p.date}`,
    claimMadeIn: (p) => `Дата твердження: ${p.date}`,
    scaleStep: (p) => `Щабель ${formatCount('uk', p.step)} з ${formatCount('uk', p.count)} на шкалі редакції, від неправдивого до правдивого`,
    appearedIn: 'Де поширювалося',
    summaryHeading: 'Обґрунтування',
    whatsTrueHeading: 'Що правда',
    whatsFalseHeading: 'Що неправда',
    sourcesHeading: (p) => plural('uk', p.count, { one: '# джерело', few: '# джерела', many: '# джерел', other: '# джерела' }),
    showAllSources: (p) =>
      plural('uk', p.count, {
        one: 'Показати всі # джерело',
        few: 'Показати всі # джерела',
        many: 'Показати всі # джерел',
        other: 'Показати всі # джерела',
      }),
    showFewerSources: 'Показати менше джерел',
    archivedCopy: 'Архівна копія',
    stanceName: (p) => ({ supports: 'Підтверджує твердження', refutes: 'Спростовує твердження', context: 'Контекст' })[p.stance],
    timelineHeading: 'Хронологія',
    dateRange: (p) => `${p.start} — ${p.end}`,
    keyEvent: 'Ключова подія',
    publishedBy: (p) => `Фактчек: ${p.name}`,
    byAuthors: (p) => `Текст: ${p.names}`,
    publishedOn: (p) => `Опубліковано: ${p.date}`,
    updatedOn: (p) => `Оновлено: ${p.date}`,
    correctionsHeading: 'Виправлення',
    readFullFactCheck: 'Читати фактчек повністю',
    publisherLogo: (p) => `Логотип ${p.name}`,
    factCheckKicker: 'Фактчек',
    expandFactCheck: 'Показати фактчек повністю',
    collapseFactCheck: 'Згорнути',
    factCheckerCount: (p) => plural('uk', p.count, { one: '# фактчекер:', few: '# фактчекери:', many: '# фактчекерів:', other: '# фактчекера:' }),
    verdictsAgree: 'Вердикти збігаються.',
    verdictsSimilar: 'Вердикти загалом збігаються.',
    verdictsDiffer: 'Вердикти розходяться.',
    readFactCheckBy: (p) => `Читати фактчек: ${p.name}`,
    loading: 'Завантаження фактчеку…',
    errorHttp: 'Сервер, на якому він розміщений, його не надав. Спробуйте пізніше.',
    errorTooLarge: 'Він завеликий, щоб показати його тут.',
    errorParse: 'Не вдалося прочитати його дані.',
    errorInvalid: 'Його дані некоректні.',
    errorDetails: 'Подробиці',
    opensInNewTab: '(відкриється в новій вкладці)',
    share: 'Поділитися',
    copyLink: 'Копіювати посилання',
    linkCopied: 'Посилання скопійовано',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Зображення', video: 'Відео', audio: 'Аудіо' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Оригінал',
        'missing-context': 'Вирвано з контексту',
        'edited-or-cropped': 'Відредаговано або обрізано',
        transformed: 'Змінено',
        staged: 'Постановка',
        'satire-or-parody': 'Сатира або пародія',
      })[p.authenticity],
    mediaAlt: (p) =>
      ({ image: 'Зображення, яке перевіряють', video: 'Кадр із відео, яке перевіряють', audio: 'Зображення до запису, який перевіряють' })[p.kind],
  },
};

export default uk;
