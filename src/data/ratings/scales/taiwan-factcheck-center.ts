import type { RatingScale } from '../labels.js';

/**
 * Taiwan FactCheck Center (台灣事實查核中心), https://tfc-taiwan.org.tw/about/principle (查核原則).
 * Read: the verdicts its stored report index filters by (錯誤, 部分錯誤, 證據不足, 正確, 事實釐清) and
 * checks that end "因此，此傳言為「錯誤」訊息"; the meanings from memory of the principles page.
 *
 * - 正確: the content is correct → true.
 * - 部分錯誤: part of the content is wrong (or lacks evidence) → mixed.
 * - 錯誤: the content is wrong → false.
 * - 證據不足: not enough evidence to support it → unproven.
 * - 易生誤解: accurate in part but easily misread (a label of its earlier checks) → misleading.
 * - 事實釐清: a clarification of facts, where right or wrong does not apply → unrated.
 */
export const taiwanFactCheckCenterScale: RatingScale = {
  正確: 'true',
  部分錯誤: 'mixed',
  錯誤: 'false',
  證據不足: 'unproven',
  易生誤解: 'misleading',
  事實釐清: 'unrated',
};
