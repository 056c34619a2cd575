import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { formatProblem } from '../problems.js';
import { readFactCheck, validateFactCheck } from './read.js';
import { factCheckJsonSchema } from './json-schema.js';

const minimal = () => ({ claim: { text: 'The moon is made of cheese.' }, verdict: { label: 'Pants on Fire' } });
const lines = (input: unknown) => readFactCheck(input).problems.map(formatProblem);

describe('readFactCheck', () => {
  it('accepts the canonical example and resolves its rating', async () => {
    const doc = await (await fetch('/examples/fip-csto-putin-2024.json')).json();
    const { document, problems } = readFactCheck(doc);
    expect(problems).to.deep.equal([]);
    expect(document!.verdict.rating).to.equal('false');
    expect(document!.timeline).to.have.length(5);
  });

  it('accepts a minimal document and derives the rating from the label', () => {
    const { document, problems } = readFactCheck(minimal());
    expect(problems).to.deep.equal([]);
    expect(document!.verdict.rating).to.equal('false');
  });

  it('derives the rating from the score when the label is unknown', () => {
    const { document } = readFactCheck({ ...minimal(), verdict: { label: 'Two Bananas', score: { value: 2, best: 5, worst: 1 } } });
    expect(document!.verdict.rating).to.equal('mostly-false');
  });

  it('keeps an explicit rating', () => {
    const { document } = readFactCheck({ ...minimal(), verdict: { label: 'Pants on Fire', rating: 'satire' } });
    expect(document!.verdict.rating).to.equal('satire');
  });

  it('takes a verdict with a rating and no label, and refuses one with neither', () => {
    // No words are required of a publisher who gives a rating: the elements name it in the reader's language.
    const { document, problems } = readFactCheck({ ...minimal(), verdict: { rating: 'mostly-false' } });
    expect(problems).to.deep.equal([]);
    expect(document!.verdict).to.deep.equal({ rating: 'mostly-false' });
    expect(lines({ ...minimal(), verdict: {} })).to.deep.equal(['verdict: needs "label" or "rating"']);
    expect(lines({ ...minimal(), verdict: { summary: 'Why.' } })).to.deep.equal(['verdict: needs "label" or "rating"']);
    // An unknown rating is dropped, as ever; with no label that leaves the verdict with nothing.
    expect(lines({ ...minimal(), verdict: { rating: 'pants-on-fire' } })).to.deep.equal([
      'verdict.rating: expected one of "true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unproven", "satire", "unrated", got "pants-on-fire"',
      'verdict: needs "label" or "rating"',
    ]);
    expect(readFactCheck({ ...minimal(), verdict: { rating: 'pants-on-fire' } }).document).to.equal(undefined);
  });

  it('names each missing or mistyped required field by its path', () => {
    expect(lines({})).to.deep.equal(['claim: is required', 'verdict: is required']);
    expect(lines({ claim: {}, verdict: { label: '  ' } })).to.deep.equal(['claim.text: is required', 'verdict.label: must not be empty']);
    expect(lines({ claim: { text: 42 }, verdict: { label: 'False' } })).to.deep.equal(['claim.text: expected a string, got the number 42']);
    expect(lines(null)).to.deep.equal(['$: expected an object, got null']);
    expect(lines('{"claim":…}')).to.deep.equal(['$: expected an object, got "{"claim":…}"']);
    expect(lines([minimal()])).to.deep.equal(['$: expected an object, got an array']);
  });

  it('reports every problem at once, in nested arrays too', () => {
    const problems = lines({
      claim: { text: 'x', claimant: { name: '' }, appearances: [{ url: 'https://ok.example' }, 'nope'] },
      verdict: { label: 'False', score: { value: '3' } },
      evidence: [{ title: 'ok' }, { title: 'ok' }, { url: 'https://example.org' }],
      timeline: { date: '2022' },
    });
    expect(problems).to.deep.equal([
      'claim.claimant.name: must not be empty',
      'claim.appearances[1]: expected an object, got "nope"',
      'verdict.score.value: expected a number, got "3"',
      'evidence[2].title: is required',
      'timeline: expected an array, got an object',
    ]);
    expect(validateFactCheck({ claim: {}, verdict: {} }).valid).to.equal(false);
  });

  it('drops unsafe URLs with a warning and still shows the item', () => {
    const { document, problems } = readFactCheck({
      ...minimal(),
      url: 'https://factcheck.example/moon',
      evidence: [{ title: 'a' }, { title: 'b' }, { title: 'Lunar survey', url: 'javascript:alert(1)' }],
      publisher: { name: 'Desk', logo: 'data:image/png;base64,AAAA' },
    });
    expect(problems.map(formatProblem)).to.deep.equal([
      'evidence[2].url: expected an absolute http(s) URL',
      'publisher.logo: expected an absolute http(s) URL',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).to.equal(true);
    expect(document!.evidence![2]).to.deep.equal({ title: 'Lunar survey' });
    expect(document!.url).to.equal('https://factcheck.example/moon');
    expect(validateFactCheck({ ...minimal(), url: 'javascript:alert(1)' }).valid).to.equal(true);
  });

  it('drops unreadable dates and unknown enum values with a warning', () => {
    const { document, problems } = readFactCheck({
      ...minimal(),
      claim: { text: 'x', date: 'last Tuesday' },
      evidence: [{ title: 'a', stance: 'neutral' }],
      timeline: [{ date: '2022-02-30', title: 'no such day' }],
    });
    expect(problems.map(formatProblem)).to.deep.equal([
      'claim.date: expected an ISO 8601 date such as 2022, 2022-07, 2022-09-13 or 2022-09-13T10:00:00Z, got "last Tuesday"',
      'evidence[0].stance: expected one of "supports", "refutes", "context", got "neutral"',
      // A timeline event without its date cannot be placed, so that one is an error.
      'timeline[0].date: 2022-02-30 is not a date on the calendar',
    ]);
    expect(problems.map((p) => p.severity)).to.deep.equal(['warning', 'warning', 'error']);
    expect(document).to.equal(undefined);
  });

  it('keeps warnings as warnings inside a field that fails for its own errors', () => {
    const { problems } = readFactCheck({ claim: { text: '', date: 'soon', claimant: { name: 'A', url: 'javascript:alert(1)' } }, verdict: { label: 'False' } });
    expect(problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal(['error claim.text', 'warning claim.claimant.url', 'warning claim.date']);
  });

  it('keeps unknown extra fields', () => {
    const { document } = readFactCheck({ ...minimal(), x_cms_id: 991, claim: { text: 'x', extra: { a: 1 } } });
    expect((document as Record<string, unknown>).x_cms_id).to.equal(991);
    expect((document!.claim as Record<string, unknown>).extra).to.deep.equal({ a: 1 });
  });

  it('warns about an unknown format version and reads it as version 1', () => {
    expect(lines({ ...minimal(), version: 2 })).to.deep.equal(['version: unknown format version 2; read as version 1']);
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [undefined, 0, true, Symbol('x'), () => 1, new Date(), Object.create(null), { claim: null, verdict: [] }];
    for (const input of weird) expect(() => readFactCheck(input)).not.to.throw();
  });
});

describe('fact-check.schema.json', () => {
  it('is generated from the same definition as the validator', () => {
    const schema = factCheckJsonSchema() as { required: string[]; properties: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
    expect(schema.required).to.deep.equal(['claim', 'verdict']);
    expect(schema.properties.claim!.required).to.deep.equal(['text']);
    expect(schema.properties.verdict!.required).to.equal(undefined);
    expect((schema.properties.verdict as { anyOf?: unknown }).anyOf).to.deep.equal([{ required: ['label'] }, { required: ['rating'] }]);
    expect(schema.properties.verdict!.properties!.rating).to.deep.include({
      enum: ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unproven', 'satire', 'unrated'],
    });
    expect(Object.keys(schema.properties)).to.include.members(['evidence', 'timeline', 'corrections', 'publisher', 'authors', 'datePublished']);
  });
});
