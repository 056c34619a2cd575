import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Chinese, Traditional script, Taiwan usage. Rating words follow the Taiwan FactCheck Center (台灣事實查核中心):
 * "錯誤", "部分錯誤", "正確", with "誤導" and "諷刺" as AFP 中文 writes them; a fact-check is "查核" (the mainland says
 * "核查"). Taiwanese interface words: "載入", "分頁", "收合", "伺服器". Full-width punctuation, and dates after a label
 * ("發布時間：") so that a full date, a month or a year reads alike.
 */
const zhHant: Locale = {
  lang: 'zh-hant',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of the Taiwan FactCheck Center and AFP 中文; not yet ' +
      'reviewed by a native speaker. A reviewer should check "部分錯誤" for mixed next to "大部分錯誤" for mostly false (the center has ' +
      'no mostly-false rating), "未經證實" for unproven, and "說法" as the word for a claim.',
  },
  messages: {
    verdictPrefix: '查核結果：',
    ratingName: (p) =>
      ({
        true: '正確',
        'mostly-true': '大部分正確',
        mixed: '部分錯誤',
        'mostly-false': '大部分錯誤',
        false: '錯誤',
        misleading: '誤導',
        unproven: '未經證實',
        satire: '諷刺',
        unrated: '未評定',
      })[p.rating],
    errorTitle: '無法顯示這則查核報告。',
    errorNetwork: '無法載入。請檢查網路連線後再試一次。',
    errorTimeout: '載入時間過長，請再試一次。',
    retry: '重試',
    opensFactCheck: '（開啟事實查核）',
    close: '關閉',

    claimHeading: '說法',
    claimBy: (p) => `說法來源：${p.name}`,
    claimMadeOn: (p) => `發表時間：${p.date}`,
    claimMadeIn: (p) => `發表時間：${p.date}`,
    scaleStep: (p) => `發布方評級尺度共${formatCount('zh-hant', p.count)}級，此為第${formatCount('zh-hant', p.step)}級（由假到真）`,
    appearedIn: '出現於',
    summaryHeading: '判定理由',
    whatsTrueHeading: '屬實部分',
    whatsFalseHeading: '不實部分',
    sourcesHeading: (p) => plural('zh-hant', p.count, { other: '#個來源' }),
    showAllSources: (p) => plural('zh-hant', p.count, { other: '顯示全部#個來源' }),
    showFewerSources: '顯示較少來源',
    archivedCopy: '存檔副本',
    stanceName: (p) => ({ supports: '支持此說法', refutes: '反駁此說法', context: '背景資訊' })[p.stance],
    timelineHeading: '時間軸',
    dateRange: (p) => `${p.start}至${p.end}`,
    keyEvent: '關鍵事件',
    publishedBy: (p) => `查核單位：${p.name}`,
    byAuthors: (p) => `作者：${p.names}`,
    publishedOn: (p) => `發布時間：${p.date}`,
    updatedOn: (p) => `更新時間：${p.date}`,
    correctionsHeading: '更正',
    readFullFactCheck: '閱讀完整查核報告',
    publisherLogo: (p) => `${p.name}的標誌`,
    factCheckKicker: '事實查核',
    expandFactCheck: '顯示完整查核內容',
    collapseFactCheck: '收合',
    factCheckerCount: (p) => plural('zh-hant', p.count, { other: '#個查核單位：' }),
    verdictsAgree: '結論一致。',
    verdictsSimilar: '結論大致相同。',
    verdictsDiffer: '結論不一。',
    readFactCheckBy: (p) => `閱讀${p.name}的查核報告`,
    loading: '正在載入查核報告……',
    errorHttp: '存放這則報告的伺服器未提供內容，請稍後再試。',
    errorTooLarge: '內容過大，無法在此顯示。',
    errorParse: '無法讀取其資料。',
    errorInvalid: '資料內容無效。',
    errorDetails: '詳細資訊',
    opensInNewTab: '（在新分頁開啟）',
    share: '分享',
    copyLink: '複製連結',
    linkCopied: '已複製連結',
    claimantWithRole: (p) => `${p.name}（${p.role}）`,
    mediaKind: (p) => ({ image: '圖片', video: '影片', audio: '音訊' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': '原始內容',
        'missing-context': '缺乏背景',
        'edited-or-cropped': '經編輯或裁切',
        transformed: '經變造',
        staged: '擺拍',
        'satire-or-parody': '諷刺或惡搞',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: '受查核的圖片', video: '受查核影片的畫面', audio: '受查核錄音的配圖' })[p.kind],
  },
};
export default zhHant;
