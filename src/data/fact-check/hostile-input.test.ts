import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { formatProblem } from '../problems.js';
import { readFactCheck, validateFactCheck } from './read.js';
import { readClaim, readEvidenceList, readTimeline, readVerdict } from './read-parts.js';

/**
 * Objects a page's own scripts can hand the `data` property: getters and Proxy traps that throw,
 * values that refuse conversion, cycles, absurd nesting. None of them may make a reader throw;
 * each throwing read is an error at its own path.
 */
const minimal = () => ({ claim: { text: 'The moon is made of cheese.' }, verdict: { label: 'False' } });
const lines = (input: unknown) => readFactCheck(input).problems.map((p) => `${p.severity} ${formatProblem(p)}`);
const boom = (message = 'boom') => {
  throw new Error(message);
};
/** A Proxy every one of whose traps throws. */
const hostileProxy = (target: object = {}) =>
  new Proxy(target, {
    get: () => boom('get trap'),
    has: () => boom('has trap'),
    ownKeys: () => boom('ownKeys trap'),
    getOwnPropertyDescriptor: () => boom('descriptor trap'),
    getPrototypeOf: () => boom('prototype trap'),
  });

describe('readFactCheck on hostile objects', () => {
  it('reports a throwing getter as an error at its path', () => {
    expect(
      lines({
        get claim() {
          return boom('x');
        },
        verdict: { label: 'False' },
      }),
    ).to.deep.equal(['error claim: could not be read: x']);
    expect(
      lines({
        ...minimal(),
        verdict: {
          label: 'False',
          get summary() {
            return boom();
          },
        },
      }),
    ).to.deep.equal(['error verdict.summary: could not be read: boom']);
    expect(
      lines({
        ...minimal(),
        get x_cms() {
          return boom('extra');
        },
      }),
    ).to.deep.equal(['error x_cms: could not be read: extra']);
    expect(
      readFactCheck({
        get claim() {
          return boom();
        },
        verdict: { label: 'False' },
      }).document,
    ).to.equal(undefined);
  });

  it('reports a Proxy whose traps throw, or a revoked one, at its own path', () => {
    expect(lines(hostileProxy())).to.deep.equal(['error $: could not be read: ownKeys trap']);
    expect(lines({ ...minimal(), claim: hostileProxy() })).to.deep.equal(['error claim: could not be read: ownKeys trap']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const [problem] = readFactCheck(proxy).problems;
    expect(problem!.path).to.equal('$');
    expect(problem!.message).to.match(/^could not be read: /);
    expect(lines({ ...minimal(), evidence: proxy })[0]).to.match(/^error evidence: could not be read: /);
  });

  it('reports array entries and lengths that throw by index', () => {
    const evidence = new Proxy([{ title: 'a' }, { title: 'b' }], { get: (t, k) => (k === '1' ? boom('second') : Reflect.get(t, k)) });
    expect(lines({ ...minimal(), evidence })).to.deep.equal(['error evidence[1]: could not be read: second']);
    const timeline = new Proxy([], { get: (t, k) => (k === 'length' ? boom('length') : Reflect.get(t, k)) });
    expect(lines({ ...minimal(), timeline })).to.deep.equal(['error timeline: could not be read: length']);
  });

  it('never converts a value to text, so toString, valueOf and toJSON traps are never called', () => {
    const trap = { toString: () => boom(), valueOf: () => boom(), toJSON: () => boom(), [Symbol.toPrimitive]: () => boom() };
    expect(lines({ claim: { text: trap }, verdict: { label: 'False' } })).to.deep.equal(['error claim.text: expected a string, got an object']);
    const fn = Object.assign(() => 1, { toString: () => boom() });
    expect(lines({ claim: { text: fn }, verdict: { label: 'False' } })).to.deep.equal(['error claim.text: expected a string, got a function']);
    expect(lines({ ...minimal(), verdict: { label: 'False', score: { value: 10n } } })).to.deep.equal([
      'error verdict.score.value: expected a number, got bigint 10',
    ]);
  });

  it('survives whatever is thrown, including values that defend themselves', () => {
    const thrown: unknown[] = [
      'a string',
      undefined,
      null,
      42,
      hostileProxy(),
      Object.defineProperty(new Error(), 'message', { get: () => boom() }),
      'x'.repeat(10_000),
    ];
    for (const value of thrown) {
      const { problems } = readFactCheck({
        get claim() {
          throw value;
        },
        verdict: { label: 'False' },
      });
      expect(problems).to.have.length(1);
      expect(problems[0]!.path).to.equal('claim');
      expect(problems[0]!.message).to.match(/^could not be read: /);
      expect(problems[0]!.message.length).to.be.below(240);
    }
  });

  it('reads cyclic objects: nothing below the format’s own fields is walked', () => {
    const doc: Record<string, unknown> = { ...minimal() };
    doc.self = doc;
    (doc.claim as Record<string, unknown>).parent = doc;
    const { document, problems } = readFactCheck(doc);
    expect(problems).to.deep.equal([]);
    expect((document as Record<string, unknown>).self).to.equal(doc);
    const evidence: unknown[] = [];
    evidence.push(evidence);
    expect(lines({ ...minimal(), evidence })).to.deep.equal(['error evidence[0]: expected an object, got an array']);
  });

  it('reads absurdly deep nesting in any field without walking it', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(lines({ ...minimal(), extra: deep })).to.deep.equal([]);
    expect(lines({ claim: { text: deep }, verdict: { label: 'False' } })).to.deep.equal(['error claim.text: expected a string, got an array']);
  });

  it('keeps an own __proto__ field as a field, as JSON.parse makes it', () => {
    const { document } = readFactCheck(JSON.parse('{"claim":{"text":"x"},"verdict":{"label":"False"},"__proto__":{"polluted":true}}'));
    expect(Object.getPrototypeOf(document)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(document, '__proto__')?.value).to.deep.equal({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('never throws from validateFactCheck or the part readers either', () => {
    const inputs: unknown[] = [
      hostileProxy(),
      hostileProxy([]),
      {
        get text() {
          return boom();
        },
      },
      [hostileProxy()],
      Symbol('s'),
      () => 1,
    ];
    for (const input of inputs) {
      expect(validateFactCheck(input).valid).to.equal(false);
      for (const read of [readClaim, readEvidenceList, readTimeline, readVerdict]) {
        const result = read(input);
        expect(result.value).to.equal(undefined);
        expect(result.problems.length).to.be.greaterThan(0);
      }
    }
  });

  it('returns a document it made as it is, and re-reads a copy of it without problems', () => {
    const { document } = readFactCheck({ ...minimal(), claim: { text: 'x'.repeat(6000) }, evidence: [{ title: 't', url: 'https://example.org/a' }] });
    expect(readFactCheck(document)).to.deep.equal({ document, problems: [] });
    expect(readFactCheck(document).document).to.equal(document);
    expect(readFactCheck(JSON.parse(JSON.stringify(document))).problems).to.deep.equal([]);
  });
});
