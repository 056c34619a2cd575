import type { RatingScale } from '../labels.js';

/**
 * Hindi: Vishvas News, BOOM Hindi, AFP Hindi, Newschecker and others. Spellings with and without
 * the nukta ("ग़लत", "गलत") are both in use, and both are listed.
 */
export const hindiScale: RatingScale = {
  सही: 'true',
  सच: 'true',
  सत्य: 'true',
  'ज्यादातर सही': 'mostly-true',
  'ज़्यादातर सही': 'mostly-true',
  'अधिकतर सही': 'mostly-true',
  'आधा सच': 'mixed',
  'आंशिक रूप से सही': 'mixed',
  'आंशिक रूप से गलत': 'mixed',
  'आंशिक रूप से ग़लत': 'mixed',
  'ज्यादातर गलत': 'mostly-false',
  'ज़्यादातर ग़लत': 'mostly-false',
  'अधिकतर गलत': 'mostly-false',
  गलत: 'false',
  ग़लत: 'false',
  झूठ: 'false',
  असत्य: 'false',
  फर्जी: 'false',
  फ़र्ज़ी: 'false',
  भ्रामक: 'misleading',
  'संदर्भ से बाहर': 'misleading',
  'संदर्भ का अभाव': 'misleading',
  असत्यापित: 'unproven',
  अप्रमाणित: 'unproven',
  व्यंग्य: 'satire',
};
