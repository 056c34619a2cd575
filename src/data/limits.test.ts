import '../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { formatProblem } from './problems.js';
import { readFactCheck } from './fact-check/read.js';
import { MAX_ITEMS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from './limits.js';
import { codePointsEnd, exceedsLength } from './code-points.js';
import { truncate } from './truncate.js';

const minimal = () => ({ claim: { text: 'The moon is made of cheese.' }, verdict: { label: 'False' } });
const codePoints = (text: string) => [...text].length;
const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text);

describe('limits', () => {
  it('counts characters as code points, as JSON Schema maxLength does', () => {
    const emoji = '😀';
    expect(exceedsLength(emoji.repeat(10), 10)).to.equal(false);
    expect(exceedsLength(emoji.repeat(11), 10)).to.equal(true);
    expect(exceedsLength(`${'a'.repeat(9)}${emoji}`, 10)).to.equal(false);
    expect(exceedsLength('a'.repeat(11), 10)).to.equal(true);
    // A lone surrogate is one character, as JSON Schema validators count it.
    expect(exceedsLength('\ud800'.repeat(10), 10)).to.equal(false);
    expect(exceedsLength('\ud800'.repeat(11), 10)).to.equal(true);
  });

  it('walks code points as the string iterator does: a pair is one, a lone surrogate is one', () => {
    const samples = ['', 'abc', '😀😀', 'a\ud800b', '\udc00\ud800', 'a😀\ud800', '\ud83d', '😀\ud83d\ud83d\ude00'];
    for (const text of samples) {
      const points = [...text];
      for (let count = 0; count <= points.length + 1; count += 1) {
        const at = `${JSON.stringify(text)}, ${count}`;
        expect(codePointsEnd(text, count), at).to.equal(points.slice(0, count).join('').length);
        expect(exceedsLength(text, count), at).to.equal(points.length > count);
      }
    }
  });

  it('cuts to the limit, ending in an ellipsis, never through a surrogate pair', () => {
    expect(truncate('abcdef', 4)).to.equal('abc…');
    expect(truncate('abcd', 4)).to.equal('abcd');
    const cut = truncate('😀'.repeat(20), 10);
    expect(codePoints(cut)).to.equal(10);
    expect(hasLoneSurrogate(cut)).to.equal(false);
    expect(cut.endsWith('😀…')).to.equal(true);
  });

  it('cuts long text fields with a warning by path, and keeps the document', () => {
    const long = (n: number) => 'a'.repeat(n);
    const { document, problems } = readFactCheck({
      claim: { text: long(MAX_TEXT_LENGTH + 1), claimant: { name: long(MAX_NAME_LENGTH + 1) } },
      verdict: { label: long(MAX_NAME_LENGTH + 1), summary: long(MAX_TEXT_LENGTH) },
      headline: long(MAX_TITLE_LENGTH + 1),
      evidence: [{ title: long(MAX_TITLE_LENGTH), quote: long(MAX_TEXT_LENGTH + 50) }],
    });
    expect(problems.map((p) => `${p.severity} ${formatProblem(p)}`)).to.deep.equal([
      `warning claim.text: is longer than ${MAX_TEXT_LENGTH} characters; cut to ${MAX_TEXT_LENGTH} (ending in …)`,
      `warning claim.claimant.name: is longer than ${MAX_NAME_LENGTH} characters; cut to ${MAX_NAME_LENGTH} (ending in …)`,
      `warning verdict.label: is longer than ${MAX_NAME_LENGTH} characters; cut to ${MAX_NAME_LENGTH} (ending in …)`,
      `warning evidence[0].quote: is longer than ${MAX_TEXT_LENGTH} characters; cut to ${MAX_TEXT_LENGTH} (ending in …)`,
      `warning headline: is longer than ${MAX_TITLE_LENGTH} characters; cut to ${MAX_TITLE_LENGTH} (ending in …)`,
    ]);
    expect(document!.claim.text).to.have.length(MAX_TEXT_LENGTH);
    expect(document!.claim.text.endsWith('a…')).to.equal(true);
    expect(document!.verdict.summary).to.have.length(MAX_TEXT_LENGTH);
    expect(document!.evidence![0]!.title).to.have.length(MAX_TITLE_LENGTH);
  });

  it('keeps the first items of a long list, with one warning', () => {
    const evidence = Array.from({ length: MAX_ITEMS + 7 }, (_, i) => ({ title: `Source ${i}` }));
    const { document, problems } = readFactCheck({ ...minimal(), evidence });
    expect(problems.map(formatProblem)).to.deep.equal([
      `evidence: holds ${MAX_ITEMS + 7} items, more than the ${MAX_ITEMS} read; the first ${MAX_ITEMS} are kept and the rest left out`,
    ]);
    expect(document!.evidence).to.have.length(MAX_ITEMS);
    expect(document!.evidence!.at(-1)!.title).to.equal(`Source ${MAX_ITEMS - 1}`);
    // Items past the limit are not read at all, so their faults are not reported either.
    const broken = [...evidence.slice(0, MAX_ITEMS), { title: 42 }];
    expect(readFactCheck({ ...minimal(), evidence: broken }).problems.map((p) => p.severity)).to.deep.equal(['warning']);
  });

  it('leaves out a URL longer than the limit rather than cutting it', () => {
    const url = (n: number) => `https://example.org/${'a'.repeat(n - 'https://example.org/'.length)}`;
    const { document, problems } = readFactCheck({ ...minimal(), url: url(MAX_URL_LENGTH + 1), evidence: [{ title: 'ok', url: url(MAX_URL_LENGTH) }] });
    expect(problems.map(formatProblem)).to.deep.equal([`url: a URL must not be longer than ${MAX_URL_LENGTH} characters`]);
    expect(document!.url).to.equal(undefined);
    expect(document!.evidence![0]!.url).to.have.length(MAX_URL_LENGTH);
  });

  it('reads the 30 MB document of the issue, a 30-million-character claim, in well under a second', () => {
    const text = JSON.stringify({ claim: { text: 'x'.repeat(30_000_000) }, verdict: { label: 'False' } });
    let start = performance.now();
    const json: unknown = JSON.parse(text);
    const parsed = performance.now() - start;
    start = performance.now();
    const { document, problems } = readFactCheck(json);
    const read = performance.now() - start;
    console.log(`30 MB claim: JSON.parse ${parsed.toFixed(1)} ms, readFactCheck ${read.toFixed(1)} ms`);
    expect(document!.claim.text).to.have.length(MAX_TEXT_LENGTH);
    expect(problems).to.have.length(1);
    expect(read).to.be.below(250);
  });

  it('reads a document with every field 30 million characters long and 300 000 items in under a second', () => {
    const huge = 'x'.repeat(30_000_000);
    const doc = {
      claim: { text: huge, context: huge, appearances: Array.from({ length: 100_000 }, () => ({ title: huge, url: `https://example.org/${huge}` })) },
      verdict: { label: huge, summary: huge },
      evidence: Array.from({ length: 200_000 }, (_, i) => ({ title: `Source ${i}`, quote: huge })),
      headline: huge,
    };
    // Building the input leaves the garbage collector work that may land in any read: time three.
    const times: number[] = [];
    let result = readFactCheck({});
    for (let round = 0; round < 3; round += 1) {
      const start = performance.now();
      result = readFactCheck(doc);
      times.push(performance.now() - start);
    }
    const { document, problems } = result;
    const elapsed = [...times].sort((a, b) => a - b)[1]!;
    console.log(`every field 30 million characters, 300 000 items: readFactCheck ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
    expect(document!.claim.text).to.have.length(MAX_TEXT_LENGTH);
    expect(document!.claim.appearances).to.have.length(MAX_ITEMS);
    expect(document!.evidence).to.have.length(MAX_ITEMS);
    expect(problems.every((p) => p.severity === 'warning')).to.equal(true);
    expect(elapsed).to.be.below(1000);
  });
});
