import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { MAX_TEXT_LENGTH } from '../limits.js';
import { formatProblem } from '../problems.js';
import { readFactCheck } from './read.js';
import { readEvidenceList, readVerdict } from './read-parts.js';
import { factCheckJsonSchema } from './json-schema.js';

// The fields issue 12 added: `verdict.whatsTrue`, `verdict.whatsFalse` and `evidence[].archiveUrl`.
const withVerdict = (verdict: Record<string, unknown>) => ({ claim: { text: 'A claim.' }, verdict: { label: 'Mostly False', ...verdict } });
const withSource = (source: Record<string, unknown>) => ({
  claim: { text: 'A claim.' },
  verdict: { label: 'False' },
  evidence: [{ title: 'A source', ...source }],
});
const lines = (input: unknown) => readFactCheck(input).problems.map(formatProblem);

describe('verdict.whatsTrue and verdict.whatsFalse', () => {
  it('are kept as given, beside the summary', () => {
    const { document, problems } = readFactCheck(withVerdict({ summary: 'Why.', whatsTrue: 'The treaty exists.', whatsFalse: 'It was never signed.' }));
    expect(problems).to.deep.equal([]);
    expect(document!.verdict).to.include({ whatsTrue: 'The treaty exists.', whatsFalse: 'It was never signed.' });
  });

  for (const field of ['whatsTrue', 'whatsFalse'] as const) {
    it(`${field}: a value of the wrong type is an error at its path, never a throw`, () => {
      for (const [value, got] of [
        [42, 'the number 42'],
        [null, 'null'],
        [['a'], 'an array'],
        [{ text: 'a' }, 'an object'],
        [true, 'boolean true'],
      ] as const) {
        expect(lines(withVerdict({ [field]: value }))).to.deep.equal([`verdict.${field}: expected a string, got ${got}`]);
        expect(readFactCheck(withVerdict({ [field]: value })).document).to.equal(undefined);
      }
    });

    it(`${field}: a getter that throws is an error at its path`, () => {
      const verdict = { label: 'False' };
      Object.defineProperty(verdict, field, {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      });
      const { document, problems } = readFactCheck({ claim: { text: 'A claim.' }, verdict });
      expect(document).to.equal(undefined);
      expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([[`verdict.${field}`, 'error']]);
    });

    it(`${field}: text beyond the limit is cut with a warning, as the summary is`, () => {
      const { document, problems } = readFactCheck(withVerdict({ [field]: 'x'.repeat(MAX_TEXT_LENGTH + 10) }));
      expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([[`verdict.${field}`, 'warning']]);
      expect(document!.verdict[field]).to.have.length(MAX_TEXT_LENGTH);
    });

    it(`${field}: the verdict read on its own reports the same path`, () => {
      expect(readVerdict({ label: 'False', [field]: 7 }).problems.map(formatProblem)).to.deep.equal([`verdict.${field}: expected a string, got the number 7`]);
    });
  }

  it('do not stand in for the label or rating a verdict needs', () => {
    expect(lines({ claim: { text: 'A claim.' }, verdict: { whatsTrue: 'Some.', whatsFalse: 'Most.' } })).to.deep.equal(['verdict: needs "label" or "rating"']);
  });
});

describe('evidence[].archiveUrl', () => {
  it('keeps a safe absolute URL', () => {
    const archived = 'https://web.archive.org/web/20241128000000/https://example.org/statement';
    const { document, problems } = readFactCheck(withSource({ url: 'https://example.org/statement', archiveUrl: archived }));
    expect(problems).to.deep.equal([]);
    expect(document!.evidence![0]!.archiveUrl).to.equal(archived);
  });

  it('drops an unsafe or relative one with a warning at its path; the source still shows', () => {
    for (const bad of ['javascript:alert(1)', '/web/2024/https://example.org', 'data:text/html,hi', 'https://user:pw@example.org/']) {
      const { document, problems } = readFactCheck(withSource({ archiveUrl: bad }));
      expect(
        problems.map((p) => [p.path, p.severity]),
        bad,
      ).to.deep.equal([['evidence[0].archiveUrl', 'warning']]);
      expect(document!.evidence![0]).to.deep.equal({ title: 'A source' });
    }
  });

  it('a value of the wrong type is a warning at its path, never a throw', () => {
    const { value, problems } = readEvidenceList([{ title: 'A source', archiveUrl: { href: 'https://example.org' } }]);
    expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([['evidence[0].archiveUrl', 'warning']]);
    expect(value).to.deep.equal([{ title: 'A source' }]);
  });
});

describe('the JSON Schema of the new fields', () => {
  const schema = factCheckJsonSchema() as {
    properties: Record<string, { properties?: Record<string, Record<string, unknown>>; items?: { properties: Record<string, Record<string, unknown>> } }>;
  };

  it('states them with the limits the validator applies', () => {
    const verdict = schema.properties.verdict!.properties!;
    expect(verdict.whatsTrue).to.include({ type: 'string', maxLength: MAX_TEXT_LENGTH });
    expect(verdict.whatsFalse).to.include({ type: 'string', maxLength: MAX_TEXT_LENGTH });
    const source = schema.properties.evidence!.items!.properties;
    expect(source.archiveUrl).to.include({ type: 'string' });
    expect(source.archiveUrl!.pattern).to.equal(source.url!.pattern);
  });
});
