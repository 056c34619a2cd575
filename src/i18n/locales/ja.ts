import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Japanese. Rating words follow the Japan Fact-check Center (JFC) and InFact, whose scales run "正確", "ほぼ正確",
 * "不正確" (accurate and inaccurate parts mixed), "ミスリード", "根拠不明", "誤り". Full-width punctuation ("：",
 * "（）"), "〜" between the ends of a period, and dates after a label ("公開日：") so that any date form fits.
 */
const ja: Locale = {
  lang: 'ja',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of JFC and InFact; not yet reviewed by a native ' +
      'speaker. A reviewer should check "ほぼ誤り" for mostly false (JFC has no such rating), "判定なし" for unrated, "主張" as the word ' +
      'for a claim, and "掲載先" for where it appeared.',
  },
  messages: {
    verdictPrefix: '判定：',
    ratingName: (p) =>
      ({
        true: '正確',
        'mostly-true': 'ほぼ正確',
        mixed: '不正確',
        'mostly-false': 'ほぼ誤り',
        false: '誤り',
        misleading: 'ミスリード',
        unproven: '根拠不明',
        satire: '風刺',
        unrated: '判定なし',
      })[p.rating],
    errorTitle: 'このファクトチェックを表示できませんでした。',
    errorNetwork: '読み込めませんでした。接続を確認して、もう一度お試しください。',
    errorTimeout: '読み込みに時間がかかっています。もう一度お試しください。',
    retry: '再試行',
    opensFactCheck: '（ファクトチェックを開きます）',
    close: '閉じる',

    claimHeading: '主張',
    claimBy: (p) => `${p.name}の主張`,
    claimMadeOn: (p) => `発信日：${p.date}`,
    claimMadeIn: (p) => `発信日：${p.date}`,
    scaleStep: (p) => `発信元の評価尺度${formatCount('ja', p.count)}段階のうち${formatCount('ja', p.step)}段階目（誤りから正確の順）`,
    appearedIn: '掲載先',
    summaryHeading: '判定の理由',
    whatsTrueHeading: '正しい点',
    whatsFalseHeading: '誤っている点',
    sourcesHeading: (p) => plural('ja', p.count, { other: '#件の情報源' }),
    showAllSources: (p) => plural('ja', p.count, { other: '情報源をすべて表示（#件）' }),
    showFewerSources: '情報源の表示を減らす',
    archivedCopy: 'アーカイブ',
    stanceName: (p) => ({ supports: '主張を裏付ける', refutes: '主張を否定する', context: '背景情報' })[p.stance],
    timelineHeading: '時系列',
    dateRange: (p) => `${p.start}〜${p.end}`,
    keyEvent: '重要な出来事',
    publishedBy: (p) => `ファクトチェック：${p.name}`,
    byAuthors: (p) => `執筆：${p.names}`,
    publishedOn: (p) => `公開日：${p.date}`,
    updatedOn: (p) => `更新日：${p.date}`,
    correctionsHeading: '訂正',
    readFullFactCheck: 'ファクトチェック記事の全文を読む',
    publisherLogo: (p) => `${p.name}のロゴ`,
    factCheckKicker: 'ファクトチェック',
    expandFactCheck: 'ファクトチェックをすべて表示',
    collapseFactCheck: '折りたたむ',
    factCheckerCount: (p) => plural('ja', p.count, { other: '#団体のファクトチェック：' }),
    verdictsAgree: '判定は一致しています。',
    verdictsSimilar: '判定はおおむね一致しています。',
    verdictsDiffer: '判定は分かれています。',
    readFactCheckBy: (p) => `${p.name}のファクトチェックを読む`,
    loading: 'ファクトチェックを読み込み中…',
    errorHttp: '掲載元のサーバーから取得できませんでした。しばらくしてから、もう一度お試しください。',
    errorTooLarge: 'データが大きすぎるため、ここには表示できません。',
    errorParse: 'データを読み取れませんでした。',
    errorInvalid: 'データの内容が正しくありません。',
    errorDetails: '詳細',
    opensInNewTab: '（新しいタブで開きます）',
    share: '共有',
    copyLink: 'リンクをコピー',
    linkCopied: 'リンクをコピーしました',
    claimantWithRole: (p) => `${p.name}（${p.role}）`,
    mediaKind: (p) => ({ image: '画像', video: '動画', audio: '音声' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'オリジナル',
        'missing-context': '文脈の欠如',
        'edited-or-cropped': '編集・切り取りあり',
        transformed: '改変あり',
        staged: 'やらせ',
        'satire-or-parody': '風刺・パロディ',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: '検証対象の画像', video: '検証対象の動画の一場面', audio: '検証対象の音声の画像' })[p.kind],
  },
};
export default ja;
