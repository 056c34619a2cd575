import { expect } from '@open-wc/testing';
import { naughtyStrings, seededRandom } from '../test-support/random.js';
import { readFactCheck } from './fact-check/read.js';
import type { FactCheck } from './fact-check/schema.js';
import { readDocuments } from './read-documents.js';
import { safeUrl } from './safe-url.js';
import { parseDate } from './dates.js';
import { loadExample } from '../test-support/index.js';

/**
 * A bounded, seeded corpus test: the canonical document with its values replaced, at random paths,
 * by naughty strings and by values of the wrong type. Whatever comes in, the readers never throw,
 * every problem names a path, and every URL that survives is one the URL gate accepts.
 */
const ROUNDS = 400;
const SEED = 20261128;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => paths(child as Json, [...prefix, key]))];
}

function setAt(root: Json, path: Array<string | number>, value: Json): Json {
  if (path.length === 0) return value;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, Json>;
  copy[path[0]!] = setAt(copy[path[0]!]!, path.slice(1), value);
  return copy;
}

/** Every URL-valued field a validated document can hold. */
function urlsIn(doc: FactCheck): unknown[] {
  return [
    doc.url,
    doc.claim?.claimant?.url,
    ...(doc.claim?.appearances ?? []).map((a) => a.url),
    ...(doc.evidence ?? []).map((e) => e.url),
    ...(doc.timeline ?? []).map((e) => e.url),
    doc.publisher?.url,
    doc.publisher?.logo,
    ...(doc.authors ?? []).map((a) => a.url),
  ].filter((u) => u !== undefined);
}

describe('naughty input', () => {
  let base: Json;
  let strings: string[];
  before(async () => {
    base = (await loadExample('fip-csto-putin-2024')) as Json;
    base = setAt(base, ['url'], 'https://factcheck.example/csto');
    strings = await naughtyStrings();
  });

  it(`never throws and keeps only safe URLs over ${ROUNDS} seeded mutations`, async () => {
    const random = seededRandom(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const odd: Json[] = [null, 0, -1, 1e308, true, [], {}, [null], { '@type': 'ClaimReview' }, 'javascript:alert(1)', ' https://example.org'];
    const allPaths = paths(base);
    let documents = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      let doc = base;
      const changes = 1 + Math.floor(random() * 4);
      for (let i = 0; i < changes; i += 1) doc = setAt(doc, pick(allPaths), random() < 0.7 ? pick(strings) : pick(odd));
      const context = JSON.stringify(doc).slice(0, 300);
      const read = readFactCheck(doc);
      for (const problem of read.problems) {
        expect(problem.path, context).to.be.a('string').and.not.equal('');
        expect(problem.message, context).to.be.a('string').and.not.equal('');
      }
      if (read.document) {
        documents += 1;
        for (const url of urlsIn(read.document)) {
          expect(String(url), context).to.match(/^https?:\/\/[^/\s]/);
          expect(safeUrl(url), `${String(url)} in ${context}`).to.equal(url);
        }
        for (const event of read.document.timeline ?? []) expect(parseDate(event.date), context).to.not.equal(undefined);
      }
      const all = await readDocuments(doc);
      for (const document of all.documents) for (const url of urlsIn(document)) expect(safeUrl(url), context).to.equal(url);
    }
    // The corpus must exercise both outcomes, or it proves little.
    expect(documents).to.be.greaterThan(ROUNDS / 10);
    expect(documents).to.be.lessThan(ROUNDS);
  });

  it('reads every naughty string as claim text, label and URL without throwing', async () => {
    for (const text of strings) {
      const { document } = readFactCheck({ claim: { text }, verdict: { label: text }, url: text, evidence: [{ title: text, url: text }] });
      if (document) for (const url of urlsIn(document)) expect(String(url), text).to.match(/^https?:\/\/[^/\s]/);
      await readDocuments(text);
    }
  });
});
