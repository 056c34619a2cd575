// The hand-written half of the corpus that test/schema-agreement.test.mjs runs through both the
// shipped JSON Schema and readFactCheck: each case is JSON text, as a publisher's file holds it
// (so `1e400` is the number JSON.parse makes of it, Infinity). `expect` pins the outcome where it
// matters: the five documents on which the schema and the validator used to disagree, and the
// limits. Cases without it must only agree.
import { readFileSync, readdirSync } from 'node:fs';

export const LIMITS = { text: 5000, title: 500, name: 200, url: 8192, items: 500 };
export const RATINGS = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unproven', 'satire', 'unrated'];
export const STANCES = ['supports', 'refutes', 'context'];
export const MEDIA_KINDS = ['image', 'video', 'audio'];
export const MEDIA_AUTHENTICITY = ['original-context', 'missing-context', 'edited-or-cropped', 'transformed', 'staged', 'satire-or-parody'];
/** A media's width and height: whole pixels, 1 to 65535 (MAX_MEDIA_DIMENSION). */
export const MAX_MEDIA_DIMENSION = 65535;

const minimal = () => ({ claim: { text: 'The moon is made of cheese.' }, verdict: { label: 'False' } });
const json = (value) => JSON.stringify(value);
/** `n` characters (code points) of `unit`'s characters, repeated. */
const chars = (n, unit = 'a') => {
  const units = [...unit];
  return Array.from({ length: n }, (_, i) => units[i % units.length]).join('');
};
const urlOf = (n, unit = 'a') => `https://example.org/${chars(n - 'https://example.org/'.length, unit)}`;

const cases = [];
const add = (name, value, expect) => cases.push({ name, json: typeof value === 'string' ? value : json(value), expect });
const withDoc = (patch) => ({ ...minimal(), ...patch });

// The five documents of the issue, and their mirror images.
add('an unknown stance', withDoc({ evidence: [{ title: 'a', stance: 'neutral' }] }), 'reject');
add('an unknown rating', withDoc({ verdict: { label: 'False', rating: 'pants-on-fire' } }), 'reject');
add('a javascript: URL', withDoc({ url: 'javascript:alert(1)' }), 'reject');
add('2023-02-29', withDoc({ datePublished: '2023-02-29' }), 'reject');
add('a score of 1e400', '{"claim":{"text":"x"},"verdict":{"label":"False","score":{"value":1e400}}}', 'reject');
add('a score of -1e400', '{"claim":{"text":"x"},"verdict":{"label":"False","score":{"value":2,"best":-1e400}}}', 'reject');
add('a score of 1.7976931348623157e308', '{"claim":{"text":"x"},"verdict":{"label":"False","score":{"value":1.7976931348623157e308}}}', 'accept');
add(
  'a known stance, rating, URL, date and score',
  withDoc({
    verdict: { label: 'False', rating: 'false', score: { value: 1, best: 5, worst: 1 } },
    url: 'https://example.org/',
    datePublished: '2024-02-29',
    evidence: [{ title: 'a', stance: 'refutes' }],
  }),
  'accept',
);

add('the minimal document', minimal(), 'accept');
for (const file of readdirSync('examples').filter((f) => f.endsWith('.json'))) add(`examples/${file}`, readFileSync(`examples/${file}`, 'utf8'), 'accept');

// Every enum value, and near misses.
for (const rating of RATINGS) add(`rating ${rating}`, withDoc({ verdict: { label: 'x', rating } }), 'accept');
// A verdict needs a label or a rating, not both (issue 11: no words are made up for a rating).
for (const rating of RATINGS) add(`rating ${rating} with no label`, withDoc({ verdict: { rating } }), 'accept');
add('a verdict with neither label nor rating', withDoc({ verdict: { summary: 'Why.' } }), 'reject');
add('an unknown rating and no label', withDoc({ verdict: { rating: 'pants-on-fire' } }), 'reject');
add('a blank label and no rating', withDoc({ verdict: { label: ' ' } }), 'reject');
for (const rating of ['False', 'FALSE', ' false', 'mostly_false', '', 0, null])
  add(`rating ${json(rating)}`, withDoc({ verdict: { label: 'x', rating } }), 'reject');
for (const stance of STANCES) add(`stance ${stance}`, withDoc({ evidence: [{ title: 'a', stance }] }), 'accept');
for (const stance of ['Supports', 'refute', '', true]) add(`stance ${json(stance)}`, withDoc({ evidence: [{ title: 'a', stance }] }), 'reject');

// Dates of every precision, ranges, the calendar and the clock.
const goodDates = [
  '2022',
  '2022-07',
  '2022-07-31',
  '2024-02-29',
  '2000-02-29',
  '0000-02-29',
  '2022-09-13T10:00',
  '2022-09-13 10:00',
  '2022-09-13T10:00:59.123Z',
  '2022-09-13T10:00+04:00',
  '2022-09-13T10:00-0530',
  '2022-09-13T23:59:59+14:59',
  ' 2022-09-13\n',
  '\u00a02022',
];
const badDates = [
  '2023-02-29',
  '1900-02-29',
  '2100-02-29',
  '2022-04-31',
  '2022-13',
  '2022-00',
  '2022-09-00',
  '2022-09-13T24:00',
  '2022-09-13T10:60',
  '2022-09-13T10:00:60',
  '2022-09-13T10:00+15:00',
  '2022-9-13',
  '22-09-13',
  '2022-09-13t10:00',
  '2022-09-13T10:00z',
  'September 2022',
  '',
  '\u00852022',
  2022,
  null,
];
for (const date of goodDates) add(`date ${json(date)}`, withDoc({ claim: { text: 'x', date }, datePublished: date }), 'accept');
for (const date of badDates) add(`date ${json(date)}`, withDoc({ claim: { text: 'x', date } }), 'reject');
add('a period', withDoc({ timeline: [{ date: '2022-02', endDate: '2022-09-13', title: 'War' }] }), 'accept');
add('a period ending on a day that does not exist', withDoc({ timeline: [{ date: '2022-02', endDate: '2022-09-31', title: 'War' }] }), 'reject');
add('an event without its date', withDoc({ timeline: [{ title: 'War' }] }), 'reject');
add('an event on 2023-02-29', withDoc({ timeline: [{ date: '2023-02-29', title: 'War' }] }), 'reject');
add('an event with a highlight', withDoc({ timeline: [{ date: '2022', title: 'War', highlight: true }] }), 'accept');
add('an event with a highlight of "true"', withDoc({ timeline: [{ date: '2022', title: 'War', highlight: 'true' }] }), 'reject');

// URL forms.
const goodUrls = [
  'https://example.org',
  'http://example.org/a?b=1#c',
  'HTTPS://EXAMPLE.ORG:8443/',
  'https://xn--80aswg.xn--p1ai/',
  'http://192.0.2.1/',
  'https://a_b.example.com/x',
  'https://fip.am/hy/ստուգում',
  'https://example.org/%7e',
  'https://example.org/a|b',
  'http://localhost:65535/',
  urlOf(LIMITS.url),
  urlOf(LIMITS.url, '😀'),
];
const badUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,x',
  'mailto:desk@example.org',
  'ftp://example.org/',
  '//example.org/x',
  '/relative',
  'example.org',
  'https:/example.org',
  'https:\\\\evil.example',
  'https://user:pw@example.org/',
  'https://example.org/a b',
  ' https://example.org',
  'https://example.org/\n',
  'https://пример.рф/',
  'http://[::1]/',
  'http://example.org:65536/',
  'http://256.1.1.1/',
  'http://1.2.3/',
  'https://example.org./',
  'https://',
  '',
  urlOf(LIMITS.url + 1),
  urlOf(LIMITS.url + 1, '😀'),
  42,
  null,
];
for (const url of goodUrls)
  add(`URL ${json(url).slice(0, 60)}`, withDoc({ url, publisher: { name: 'P', logo: url }, evidence: [{ title: 't', url, archiveUrl: url }] }), 'accept');
for (const url of badUrls) add(`URL ${json(url).slice(0, 60)}`, withDoc({ url }), 'reject');
for (const url of badUrls) add(`archive URL ${json(url).slice(0, 60)}`, withDoc({ evidence: [{ title: 't', archiveUrl: url }] }), 'reject');
for (const field of ['whatsTrue', 'whatsFalse'])
  for (const value of [42, null, ['a'], { text: 'a' }])
    add(`verdict.${field} ${json(value)}`, withDoc({ verdict: { label: 'False', [field]: value } }), 'reject');

// The limits, at, above and below, counted in code points.
const fields = [
  ['claim.text', LIMITS.text, (v) => withDoc({ claim: { text: v } })],
  ['verdict.summary', LIMITS.text, (v) => withDoc({ verdict: { label: 'False', summary: v } })],
  ['verdict.whatsTrue', LIMITS.text, (v) => withDoc({ verdict: { label: 'False', whatsTrue: v } })],
  ['verdict.whatsFalse', LIMITS.text, (v) => withDoc({ verdict: { label: 'False', whatsFalse: v } })],
  ['evidence[].quote', LIMITS.text, (v) => withDoc({ evidence: [{ title: 't', quote: v }] })],
  ['headline', LIMITS.title, (v) => withDoc({ headline: v })],
  ['evidence[].title', LIMITS.title, (v) => withDoc({ evidence: [{ title: v }] })],
  ['verdict.label', LIMITS.name, (v) => withDoc({ verdict: { label: v } })],
  ['publisher.name', LIMITS.name, (v) => withDoc({ publisher: { name: v } })],
  ['language', LIMITS.name, (v) => withDoc({ language: v })],
];
for (const [field, max, doc] of fields) {
  add(`${field} of ${max} characters`, doc(chars(max)), 'accept');
  add(`${field} of ${max} emoji`, doc(chars(max, '😀')), 'accept');
  add(`${field} of ${max + 1} characters`, doc(chars(max + 1)), 'reject');
  add(`${field} of ${max + 1} emoji and letters`, doc(chars(max + 1, 'a😀')), 'reject');
}
const lists = [
  ['evidence', (n) => withDoc({ evidence: Array(n).fill({ title: 't' }) })],
  ['timeline', (n) => withDoc({ timeline: Array(n).fill({ date: '2022', title: 't' }) })],
  ['claim.appearances', (n) => withDoc({ claim: { text: 'x', appearances: Array(n).fill({ title: 't' }) } })],
  ['corrections', (n) => withDoc({ corrections: Array(n).fill({ text: 't' }) })],
  ['authors', (n) => withDoc({ authors: Array(n).fill({ name: 'n' }) })],
];
for (const [field, doc] of lists) {
  add(`${field} of ${LIMITS.items} items`, doc(LIMITS.items), 'accept');
  add(`${field} of ${LIMITS.items + 1} items`, doc(LIMITS.items + 1), 'reject');
}

// A claim about media: its kind, authenticity and sizes, and its URLs through the same gate.
const withMedia = (media) => withDoc({ claim: { text: 'A photo shows a flood.', media } });
for (const kind of MEDIA_KINDS) add(`media of kind ${kind}`, withMedia({ kind }), 'accept');
for (const authenticity of MEDIA_AUTHENTICITY) add(`media ${authenticity}`, withMedia({ kind: 'image', authenticity }), 'accept');
add(
  'media with every field',
  withMedia({ kind: 'video', url: 'https://example.org/v.mp4', thumbnailUrl: 'https://example.org/v.jpg', width: 1280, height: 720, caption: 'A crowd' }),
  'accept',
);
for (const size of [1, 640, MAX_MEDIA_DIMENSION, 1.0]) add(`media width ${size}`, withMedia({ kind: 'image', width: size, height: size }), 'accept');
for (const size of [0, -1, 1.5, MAX_MEDIA_DIMENSION + 1, '640', '640px', null, 'Infinity'])
  add(
    `media width ${json(size)}`,
    `{"claim":{"text":"x","media":{"kind":"image","width":${size === 'Infinity' ? '1e400' : json(size)}}},"verdict":{"label":"False"}}`,
    'reject',
  );
for (const kind of ['Image', 'gif', '', null]) add(`media of kind ${json(kind)}`, withMedia({ kind }), 'reject');
add('media without a kind', withMedia({ url: 'https://example.org/a.jpg' }), 'reject');
for (const authenticity of ['OriginalMediaContent', 'deepfake', 'missing_context'])
  add(`media authenticity ${json(authenticity)}`, withMedia({ kind: 'image', authenticity }), 'reject');
for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', '//example.org/a.jpg', 'blob:https://example.org/x'])
  add(`media thumbnail ${json(url)}`, withMedia({ kind: 'image', thumbnailUrl: url }), 'reject');
add('media caption of 500 characters', withMedia({ kind: 'image', caption: chars(LIMITS.title) }), 'accept');
add('media caption of 501 characters', withMedia({ kind: 'image', caption: chars(LIMITS.title + 1) }), 'reject');
add('media as a list', withMedia([{ kind: 'image' }]), 'reject');

// Blank and not-quite-blank required text: JavaScript's whitespace, and U+0085, which is not.
for (const label of ['', ' ', '\t\n', '\u00a0\u3000\u2028\ufeff']) add(`label ${json(label)}`, withDoc({ verdict: { label } }), 'reject');
for (const label of ['\u0085', '\u200b', '.', '\ud800']) add(`label ${json(label)}`, withDoc({ verdict: { label } }), 'accept');

// Unknown fields are kept and never checked; known ones of the wrong type are errors.
add(
  'unknown fields everywhere',
  withDoc({ x_cms: { deep: [1, { a: null }] }, claim: { text: 'x', extra: true }, verdict: { label: 'False', '@type': 'Rating' } }),
  'accept',
);
add('an own __proto__ field', '{"claim":{"text":"x"},"verdict":{"label":"False"},"__proto__":{"claim":null}}', 'accept');
add('a duplicate key (the last wins in both)', '{"claim":{"text":""},"claim":{"text":"x"},"verdict":{"label":"False"}}', 'accept');
add('deeply nested unknown field', `{"claim":{"text":"x"},"verdict":{"label":"False"},"x":${'['.repeat(2000)}${']'.repeat(2000)}}`, 'accept');
for (const [name, doc] of [
  ['no claim', { verdict: { label: 'False' } }],
  ['claim null', { claim: null, verdict: { label: 'False' } }],
  ['claim as text', { claim: 'x', verdict: { label: 'False' } }],
  ['verdict as a list', { claim: { text: 'x' }, verdict: [{ label: 'False' }] }],
  ['score as text', withDoc({ verdict: { label: 'False', score: { value: '3' } } })],
  ['evidence as an object', withDoc({ evidence: { title: 't' } })],
  ['claimant without a name', withDoc({ claim: { text: 'x', claimant: {} } })],
])
  add(name, doc, 'reject');
for (const top of ['null', '[]', '"text"', '42', 'true', '[{"claim":{"text":"x"},"verdict":{"label":"False"}}]'])
  add(`top level ${top.slice(0, 20)}`, top, 'reject');

// Version 1 is the only version this reader knows.
for (const version of ['1', '1.0', '1e0']) add(`version ${version}`, `{"version":${version},"claim":{"text":"x"},"verdict":{"label":"False"}}`, 'accept');
for (const version of ['2', '0', '-1', '"1"', 'null', '1e400', '1.5'])
  add(`version ${version}`, `{"version":${version},"claim":{"text":"x"},"verdict":{"label":"False"}}`, 'reject');

export const handCases = cases;

/**
 * What no pattern can say: whether an `xn--` label is valid Punycode. The schema accepts these;
 * readFactCheck accepts them where the platform's URL parser does (Chromium does; Node's does
 * not). Listed so the one known gap is stated, not hidden.
 */
export const knownGaps = [{ name: 'an xn-- label that is not valid Punycode', json: json(withDoc({ url: 'https://xn--a.example/' })) }];
