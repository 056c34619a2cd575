// The shipped fact-check.schema.json and readFactCheck must agree on every document: the schema
// accepts exactly the documents readFactCheck reads with no problem at all, no error and no
// warning. Both run over the same corpus, JSON text parsed as a publisher's page would parse it:
// the hand-written cases of schema-corpus.mjs and seeded documents from fast-check (300 in CI;
// FACT_VERDICT_FUZZ_RUNS=10000 npm test runs more). The validator is ajv's JSON Schema 2020-12
// build, with its defaults, as a publisher's CI would run it; it is only ever a test tool.
//
// It tests the build: dist/ (FACT_VERDICT_DIST=… for another directory), which `npm test` builds
// when it is out of date. Run alone: `npm run build && node --test test/schema-agreement.test.mjs`.
// It also checks that the CDN bundle, which validates, carries none of what only the schema needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { handCases, knownGaps, LIMITS, MAX_MEDIA_DIMENSION, MEDIA_AUTHENTICITY, MEDIA_KINDS, RATINGS, STANCES } from './schema-corpus.mjs';

const dist = resolve(process.env.FACT_VERDICT_DIST ?? 'dist');
const SEED = 20261130;
const RUNS = Number(process.env.FACT_VERDICT_FUZZ_RUNS) || 300;

assert.ok(existsSync(join(dist, 'fact-check.schema.json')), `${dist}/fact-check.schema.json is missing: run npm run build first`);
const data = await import(pathToFileURL(join(dist, 'data/index.js')).href);
const shipped = JSON.parse(readFileSync(join(dist, 'fact-check.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(shipped);

/** Both verdicts on one JSON text, and what each said. */
function judge(text) {
  const value = JSON.parse(text);
  const { document, problems } = data.readFactCheck(value);
  const schemaAccepts = validate(value);
  return { ours: problems.length === 0, document, problems, schemaAccepts, errors: validate.errors ?? [] };
}

function explain(name, text, verdict) {
  return [
    `${name}: the schema ${verdict.schemaAccepts ? 'accepts' : 'rejects'} it, readFactCheck ${verdict.ours ? 'has no problem' : 'reports problems'}`,
    `  document: ${text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text}`,
    `  readFactCheck: ${
      verdict.problems
        .map((p) => `${p.severity} ${data.formatProblem(p)}`)
        .join('; ')
        .slice(0, 600) || 'no problems'
    }`,
    `  schema: ${
      verdict.errors
        .map((e) => `${e.instancePath || '/'} ${e.message}`)
        .join('; ')
        .slice(0, 600) || 'valid'
    }`,
  ].join('\n');
}

test('the shipped schema is the one the format definition writes', () => {
  assert.deepEqual(shipped, data.factCheckJsonSchema());
});

test('the CDN bundle carries the validator but not the schema’s documentation', async () => {
  const { FACT_CHECK_DESCRIPTIONS } = await import(pathToFileURL(join(dist, 'data/fact-check/descriptions.js')).href);
  const files = ['fact-verdict.min.js', ...readdirSync(join(dist, 'chunks')).map((name) => `chunks/${name}`)].filter((name) => name.endsWith('.js'));
  const bundle = files.map((name) => readFileSync(join(dist, name), 'utf8')).join('\n');
  // It is the bundle that validates: the validator's own messages are in it.
  for (const message of ['is required', 'must not be empty', 'expected an object, got']) assert.ok(bundle.includes(message), `no "${message}" in ${files}`);
  const strings = (tree) => (typeof tree === 'string' ? [tree] : Object.values(tree).flatMap(strings));
  const texts = [...strings(FACT_CHECK_DESCRIPTIONS), shipped.$comment];
  assert.ok(texts.length > 50, `only ${texts.length} descriptions`);
  // As the minifier may write a string: quotes escaped or not, other characters than ASCII as they are or as \u escapes.
  const asciiEscaped = (text) => text.replace(/[^\x20-\x7e]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const spellings = (text) => [text, text.replaceAll('"', '\\"'), text.replaceAll("'", "\\'")].flatMap((t) => [t, asciiEscaped(t)]);
  const found = texts.filter((text) => spellings(text).some((spelling) => bundle.includes(spelling)));
  assert.deepEqual(found, [], `descriptions found in ${files.join(', ')}`);
});

test('the schema states the limits the validator applies', () => {
  assert.deepEqual(LIMITS, {
    text: data.MAX_TEXT_LENGTH,
    title: data.MAX_TITLE_LENGTH,
    name: data.MAX_NAME_LENGTH,
    url: data.MAX_URL_LENGTH,
    items: data.MAX_ITEMS,
  });
  assert.deepEqual(RATINGS, [...data.RATINGS]);
  assert.deepEqual(STANCES, [...data.STANCES]);
  assert.deepEqual(MEDIA_KINDS, [...data.MEDIA_KINDS]);
  assert.deepEqual(MEDIA_AUTHENTICITY, [...data.MEDIA_AUTHENTICITY]);
  assert.equal(MAX_MEDIA_DIMENSION, data.MAX_MEDIA_DIMENSION);
});

test(`the schema and readFactCheck agree on ${handCases.length} hand-written documents`, (t) => {
  const outcomes = { accept: 0, reject: 0 };
  const wrong = [];
  for (const { name, json, expect } of handCases) {
    const verdict = judge(json);
    if (verdict.ours !== verdict.schemaAccepts) wrong.push(explain(name, json, verdict));
    else if (expect && (expect === 'accept') !== verdict.ours) wrong.push(`${name}: expected both to ${expect} it\n${explain(name, json, verdict)}`);
    outcomes[verdict.ours ? 'accept' : 'reject'] += 1;
    // What is accepted without a problem is a document, and reads again unchanged.
    if (verdict.ours) assert.ok(verdict.document, name);
  }
  t.diagnostic(`${handCases.length} hand-written documents: ${outcomes.accept} accepted by both, ${outcomes.reject} rejected by both`);
  assert.deepEqual(wrong, []);
});

test('the one gap no pattern can close is what it is said to be', (t) => {
  for (const { name, json } of knownGaps) {
    const verdict = judge(json);
    assert.equal(verdict.schemaAccepts, true, explain(name, json, verdict));
    t.diagnostic(`${name}: the schema accepts it; readFactCheck on this platform ${verdict.ours ? 'accepts it too' : 'drops the URL with a warning'}`);
  }
});

// ---- Generated documents: each field valid most of the time, and otherwise near an edge. ----

const pick = (...values) => fc.constantFrom(...values);
/** Characters that matter: letters of several scripts, an emoji (two UTF-16 units), whitespace, U+0085, a lone surrogate. */
const character = pick('a', 'Z', '7', ' ', 'é', 'ա', 'ش', '😀', '\u00a0', '\u3000', '\u0085', '\t', '"', '\\', '<', '\u2028', '\ud800');
const wrongType = pick(null, 0, -1.5, true, [], {}, ['x']);
/** A string of exactly `n` characters (code points). */
const ofLength = (n) => fc.array(character, { minLength: n, maxLength: n }).map((list) => list.join(''));
const blank = pick('', ' ', '\u00a0\t', '\u2028\ufeff');
/** JSON numbers beyond a double (`1e400`, Infinity once parsed) are written in through a marker. */
const INFINITY = '§1e400§';
const toJson = (doc) => JSON.stringify(doc).replaceAll(`"${INFINITY}"`, '1e400').replaceAll(`"-${INFINITY}"`, '-1e400');

/**
 * Documents whose fields are each faulty one time in `1 + goodWeight`; with `goodWeight` null,
 * never (but still at their edges: the longest text, the fullest list, leap days).
 */
function documents(goodWeight) {
  const choose = (good, bad) => (goodWeight === null ? good : fc.oneof({ weight: goodWeight, arbitrary: good }, { weight: 1, arbitrary: bad }));
  function text(max, { nonEmpty = false } = {}) {
    const some = fc.string({ unit: character, minLength: nonEmpty ? 1 : 0, maxLength: 12 }).map((value) => (nonEmpty ? `${value}x` : value));
    const good = fc.oneof(
      { weight: 8, arbitrary: some },
      {
        weight: 1,
        arbitrary: pick(max - 1, max)
          .chain(ofLength)
          .map((value) => (nonEmpty ? `x${[...value].slice(1).join('')}` : value)),
      },
    );
    return choose(good, fc.oneof(ofLength(max + 1), nonEmpty ? blank : ofLength(max + 2), wrongType));
  }

  const label = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}[A-Za-z0-9]$/);
  const plainUrl = fc
    .record({
      scheme: pick('https', 'http', 'HTTPS', 'Http'),
      host: fc.oneof(
        fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => `${labels.join('.')}.org`),
        pick('localhost', '192.0.2.7', 'xn--80aswg.xn--p1ai', 'a_b.example.com', '255.255.255.255'),
      ),
      port: pick('', ':80', ':8080', ':65535', ':'),
      rest: fc.oneof(
        pick('', '/', '/a/b?c=1&d#e', '/%20', '/ստուգում', '/😀', '?q', '#top', '/a|b^`{}"<>\\'),
        fc.string({ unit: pick('a', '-', '.', '~', '%', 'é', '😀', '\ud800', '/'), maxLength: 6 }).map((s) => `/${s}`),
      ),
    })
    .map(({ scheme, host, port, rest }) => `${scheme}://${host}${port}${rest}`);
  const longUrl = (n) => `https://example.org/${'a'.repeat(n - 20)}`;
  const url = choose(
    fc.oneof({ weight: 20, arbitrary: plainUrl }, { weight: 1, arbitrary: fc.constant(longUrl(LIMITS.url)) }),
    fc.oneof(
      pick(
        'javascript:alert(1)',
        'data:,x',
        '//example.org/x',
        '/x',
        'example.org/x',
        'https:/example.org',
        'https://u@example.org/',
        'https://пример.рф/',
        'http://[::1]/',
        'http://example.org:70000/',
        'http://1.2.3/',
        'https://example.org/a b',
        'mailto:a@example.org',
        'https://example.org./',
        '',
      ),
      fc.constant(longUrl(LIMITS.url + 1)),
      wrongType,
    ),
  );

  // Dates. Valid ones are built from the Gregorian calendar directly (year 0 a leap year), not from
  // the code under test; faulty ones are anything of the right shape, which is mostly not a date.
  const pad = (n, width) => String(n).padStart(width, '0');
  const isLeap = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = (year, month) => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);
  const year = fc.oneof(pick(0, 4, 100, 1900, 2000, 2023, 2024, 2100, 2400), fc.integer({ min: 0, max: 9999 }));
  const goodTime = pick('T10:00', ' 23:59', 'T00:00:00.5Z', 'T12:30+04:00', 'T12:30-1459', 'T23:59:59+14:00');
  const space = pick('', '', '', ' ', '\n', '\u00a0');
  const goodDate = fc
    .record({ year, month: fc.integer({ min: 1, max: 12 }), day: fc.nat(), precision: pick('year', 'month', 'day', 'day', 'time'), time: goodTime, space })
    .map(({ year, month, day, precision, time, space }) => {
      const ymd = `${pad(year, 4)}-${pad(month, 2)}-${pad(1 + (day % monthDays(year, month)), 2)}`;
      const core = precision === 'year' ? ymd.slice(0, 4) : precision === 'month' ? ymd.slice(0, 7) : precision === 'day' ? ymd : ymd + time;
      return `${space}${core}${space}`;
    });
  const anyDate = fc
    .record({
      year,
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      time: pick('', 'T24:00', 'T10:00:60', 'T12:30+1500', 'T1:00', 'T10:00'),
      space: pick('', '\u0085'),
    })
    .map(({ year, month, day, time, space }) => `${space}${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${time}`);
  const date = choose(goodDate, fc.oneof(anyDate, pick('last Tuesday', '2022-9-1', '', '2022/09/01', '2023-02-29'), wrongType));

  const oneOfOrNot = (values) => choose(pick(...values), fc.oneof(pick('Unknown', '', values[0].toUpperCase()), wrongType));
  const number = choose(fc.double({ noNaN: true, noDefaultInfinity: true }), pick(INFINITY, `-${INFINITY}`, '3', null));
  const boolean = choose(fc.boolean(), pick('true', 0, null));
  const pixels = choose(
    fc.oneof(fc.integer({ min: 1, max: MAX_MEDIA_DIMENSION }), pick(1, MAX_MEDIA_DIMENSION)),
    pick(0, -1, 1.5, MAX_MEDIA_DIMENSION + 1, '640', INFINITY, null),
  );

  /** An object with its required fields (now and then one missing), optional ones half the time, and sometimes unknown ones. */
  function object(required, optional = {}) {
    return fc
      .tuple(
        fc.record(required),
        fc.record(optional, { requiredKeys: [] }),
        fc.oneof(
          { weight: 3, arbitrary: fc.constant({}) },
          { weight: 1, arbitrary: fc.dictionary(pick('x_cms', 'extra', '@type', 'notes'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }) },
        ),
        Object.keys(required).length ? choose(fc.constant(null), pick(...Object.keys(required))) : fc.constant(null),
      )
      .map(([req, opt, extra, drop]) => {
        const out = { ...extra, ...req, ...opt };
        if (drop !== null) delete out[drop];
        return out;
      });
  }
  /** A short list mostly, now and then one at the limit, and faulty: one over it, or not a list. */
  function list(item) {
    const full = (n) => item.map((one) => Array(n).fill(one));
    return choose(
      fc.oneof({ weight: 20, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: full(LIMITS.items) }),
      fc.oneof(full(LIMITS.items + 1), wrongType),
    );
  }

  const claim = object(
    { text: text(LIMITS.text, { nonEmpty: true }) },
    {
      claimant: object({ name: text(LIMITS.name, { nonEmpty: true }) }, { description: text(LIMITS.title), url }),
      date,
      appearances: list(object({}, { url, title: text(LIMITS.title), date })),
      context: text(LIMITS.text),
      media: object(
        { kind: oneOfOrNot(MEDIA_KINDS) },
        { url, thumbnailUrl: url, width: pixels, height: pixels, authenticity: oneOfOrNot(MEDIA_AUTHENTICITY), caption: text(LIMITS.title) },
      ),
    },
  );
  const verdict = object(
    { label: text(LIMITS.name, { nonEmpty: true }) },
    {
      rating: oneOfOrNot(RATINGS),
      score: object({ value: number }, { best: number, worst: number }),
      summary: text(LIMITS.text),
      whatsTrue: text(LIMITS.text),
      whatsFalse: text(LIMITS.text),
    },
  );
  const documentArb = object(
    { claim, verdict },
    {
      version: choose(fc.constant(1), pick(2, 0, '1', 1.5, null)),
      evidence: list(
        object(
          { title: text(LIMITS.title, { nonEmpty: true }) },
          { url, publisher: text(LIMITS.title), date, quote: text(LIMITS.text), stance: oneOfOrNot(STANCES), archiveUrl: url },
        ),
      ),
      timeline: list(
        object({ date, title: text(LIMITS.title, { nonEmpty: true }) }, { endDate: date, description: text(LIMITS.text), url, highlight: boolean }),
      ),
      headline: text(LIMITS.title),
      url,
      language: text(LIMITS.name),
      datePublished: date,
      dateModified: date,
      corrections: list(object({ text: text(LIMITS.text, { nonEmpty: true }) }, { date })),
      publisher: object({ name: text(LIMITS.name, { nonEmpty: true }) }, { url, logo: url }),
      authors: list(object({ name: text(LIMITS.name, { nonEmpty: true }) }, { url })),
    },
  );
  return documentArb;
}

// Half without a fault, half with about one (a document has some forty fields).
const documentArb = fc.oneof(documents(null), documents(40));

test(`the schema and readFactCheck agree on ${RUNS} generated documents (seed ${SEED})`, (t) => {
  const outcomes = { accept: 0, reject: 0 };
  fc.assert(
    fc.property(documentArb, (doc) => {
      const json = toJson(doc);
      const verdict = judge(json);
      outcomes[verdict.ours ? 'accept' : 'reject'] += 1;
      if (verdict.ours !== verdict.schemaAccepts) throw new Error(explain('generated document', json, verdict));
    }),
    { seed: SEED, numRuns: RUNS },
  );
  t.diagnostic(`${RUNS} generated documents: ${outcomes.accept} accepted by both, ${outcomes.reject} rejected by both`);
  // A corpus that lands on one side only proves little.
  assert.ok(outcomes.accept > RUNS / 10, `only ${outcomes.accept} of ${RUNS} generated documents are valid`);
  assert.ok(outcomes.reject > RUNS / 10, `only ${outcomes.reject} of ${RUNS} generated documents are invalid`);
});
