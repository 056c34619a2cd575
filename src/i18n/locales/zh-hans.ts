import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Chinese, Simplified script, mainland usage. Rating words follow AFP 中文 (事实核查) and Jiemian (界面新闻):
 * "错误", "部分错误", "误导", "讽刺", "正确"; a fact-check is "核查" (Taiwan says "查核"). Mainland interface words:
 * "加载", "标签页", "收起", "服务器". Full-width punctuation, and dates after a label ("发布时间：") so that a full date,
 * a month or a year reads alike.
 */
const zhHans: Locale = {
  lang: 'zh-hans',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of AFP 中文 and Jiemian; not yet reviewed by a native ' +
      'speaker. A reviewer should check "部分错误" for mixed next to "大部分错误" for mostly false, "未经证实" for unproven, and "说法" as ' +
      'the word for a claim.',
  },
  messages: {
    verdictPrefix: '核查结果：',
    ratingName: (p) =>
      ({
        true: '正确',
        'mostly-true': '大部分正确',
        mixed: '部分错误',
        'mostly-false': '大部分错误',
        false: '错误',
        misleading: '误导',
        unproven: '未经证实',
        satire: '讽刺',
        unrated: '未评定',
      })[p.rating],
    errorTitle: '无法显示这篇核查报告。',
    errorNetwork: '无法加载。请检查网络连接后重试。',
    errorTimeout: '加载时间过长，请重试。',
    retry: '重试',
    opensFactCheck: '（打开事实核查）',
    close: '关闭',

    claimHeading: '说法',
    claimBy: (p) => `说法来源：${p.name}`,
    claimMadeOn: (p) => `发表时间：${p.date}`,
    claimMadeIn: (p) => `发表时间：${p.date}`,
    scaleStep: (p) => `发布方评级尺度共${formatCount('zh-hans', p.count)}级，此为第${formatCount('zh-hans', p.step)}级（由假到真）`,
    appearedIn: '出现于',
    summaryHeading: '判定理由',
    whatsTrueHeading: '属实部分',
    whatsFalseHeading: '不实部分',
    sourcesHeading: (p) => plural('zh-hans', p.count, { other: '#个来源' }),
    showAllSources: (p) => plural('zh-hans', p.count, { other: '显示全部#个来源' }),
    showFewerSources: '显示较少来源',
    archivedCopy: '存档副本',
    stanceName: (p) => ({ supports: '支持该说法', refutes: '反驳该说法', context: '背景信息' })[p.stance],
    timelineHeading: '时间线',
    dateRange: (p) => `${p.start}至${p.end}`,
    keyEvent: '关键事件',
    publishedBy: (p) => `核查机构：${p.name}`,
    byAuthors: (p) => `作者：${p.names}`,
    publishedOn: (p) => `发布时间：${p.date}`,
    updatedOn: (p) => `更新时间：${p.date}`,
    correctionsHeading: '更正',
    readFullFactCheck: '阅读完整核查报告',
    publisherLogo: (p) => `${p.name}的标志`,
    factCheckKicker: '事实核查',
    expandFactCheck: '显示完整核查内容',
    collapseFactCheck: '收起',
    factCheckerCount: (p) => plural('zh-hans', p.count, { other: '#家核查机构：' }),
    verdictsAgree: '结论一致。',
    verdictsSimilar: '结论大体一致。',
    verdictsDiffer: '结论不一。',
    readFactCheckBy: (p) => `阅读${p.name}的核查报告`,
    loading: '正在加载核查报告……',
    errorHttp: '存放该报告的服务器未提供内容，请稍后重试。',
    errorTooLarge: '内容过大，无法在此显示。',
    errorParse: '无法读取其数据。',
    errorInvalid: '数据内容无效。',
    errorDetails: '详细信息',
    opensInNewTab: '（在新标签页中打开）',
    share: '分享',
    copyLink: '复制链接',
    linkCopied: '链接已复制',
    claimantWithRole: (p) => `${p.name}（${p.role}）`,
    mediaKind: (p) => ({ image: '图片', video: '视频', audio: '音频' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': '原始内容',
        'missing-context': '缺乏背景',
        'edited-or-cropped': '经编辑或裁剪',
        transformed: '经篡改',
        staged: '摆拍',
        'satire-or-parody': '讽刺或恶搞',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: '被核查的图片', video: '被核查视频的画面', audio: '被核查录音的配图' })[p.kind],
  },
};
export default zhHans;
