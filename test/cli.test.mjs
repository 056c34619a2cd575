// The `fact-verdict` command as a user runs it: `node dist/cli/main.js` in a child process, against
// files written to a temporary folder and the canonical example. Exit codes, what goes to stdout
// and stderr, and that a mistake is one line, never a stack trace.
// Run alone: `npx tsc -p tsconfig.build.json && node --test test/cli.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const main = join(resolve(process.env.FACT_VERDICT_DIST ?? 'dist'), 'cli/main.js');
const example = 'examples/fip-csto-putin-2024.json';
const canonical = JSON.parse(readFileSync(example, 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'fact-verdict-cli-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` (a value as JSON, or text as is) to `name` in the temporary folder. */
function write(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Runs the command; `input` is its standard input. */
function cli(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [main, ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { status, stdout, stderr };
}

const noStack = (text) => assert.doesNotMatch(text, /\n\s+at |Error:|node:internal/, 'no stack trace');
const oneLine = (text) => assert.equal(text.trimEnd().split('\n').length, 1, `one line: ${JSON.stringify(text)}`);

// A document with one error (the claim is empty) and one warning (the evidence URL is unsafe).
const broken = {
  ...canonical,
  claim: { ...canonical.claim, text: '' },
  evidence: [{ ...canonical.evidence[0], url: 'javascript:alert(1)' }, ...canonical.evidence.slice(1)],
};
const warnedOnly = { ...canonical, evidence: [{ ...canonical.evidence[0], url: 'javascript:alert(1)' }, ...canonical.evidence.slice(1)] };

test('validate: a valid file exits 0', () => {
  const { status, stdout, stderr } = cli(['validate', example]);
  assert.equal(status, 0, stderr);
  assert.equal(stdout, `${example}: valid\n`);
});

test('validate: an invalid file exits 1 and names the file and the JSON path of each problem', () => {
  const file = write('broken.json', broken);
  const { status, stdout } = cli(['validate', file]);
  assert.equal(status, 1);
  assert.match(stdout, new RegExp(`^${file.replace(/[\\.]/g, '\\$&')}: error claim\\.text: `, 'm'));
  assert.match(stdout, /: warning evidence\[0\]\.url: /);
  assert.doesNotMatch(stdout, /files:/, 'no summary for one file');
});

test('validate: warnings are printed but do not fail', () => {
  const { status, stdout } = cli(['validate', write('warned.json', warnedOnly)]);
  assert.equal(status, 0);
  assert.match(stdout, /warning evidence\[0\]\.url/);
});

test('validate: a folder reads its *.json files and ends with one summary line', () => {
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.json'), JSON.stringify(canonical));
  writeFileSync(join(folder, 'b.json'), JSON.stringify(broken));
  writeFileSync(join(folder, 'notes.txt'), 'not read');
  const { status, stdout } = cli(['validate', folder]);
  assert.equal(status, 1);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], `${join(folder, 'a.json')}: valid`);
  assert.ok(lines.some((line) => line.startsWith(`${join(folder, 'b.json')}: error claim.text`)));
  assert.ok(!stdout.includes('notes.txt'));
  assert.equal(lines.at(-1), '2 files: 1 valid, 1 invalid (1 error, 1 warning)');
});

test('validate --format json: machine-readable results for every file', () => {
  const good = write('good.json', canonical);
  const bad = write('bad.json', broken);
  const { status, stdout } = cli(['validate', '--format', 'json', good, bad]);
  assert.equal(status, 1);
  const result = JSON.parse(stdout);
  assert.equal(result.valid, false);
  assert.deepEqual(
    result.files.map((f) => [f.file, f.valid]),
    [
      [good, true],
      [bad, false],
    ],
  );
  assert.deepEqual(result.files[1].problems.find((p) => p.severity === 'error').path, 'claim.text');
  assert.deepEqual(result.summary, { files: 2, valid: 1, invalid: 1, errors: 1, warnings: 1 });
});

test('validate -: reads standard input', () => {
  const ok = cli(['validate', '-'], JSON.stringify(canonical));
  assert.equal(ok.status, 0);
  assert.equal(ok.stdout, '<stdin>: valid\n');
  const bad = cli(['validate', '-'], JSON.stringify(broken));
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /^<stdin>: error claim\.text/m);
});

test('validate: a malformed file is one problem line at $, exit 1, no stack', () => {
  const file = write('malformed.json', '{"version": 1,');
  const { status, stdout, stderr } = cli(['validate', file]);
  assert.equal(status, 1);
  oneLine(stdout);
  assert.match(stdout, new RegExp(`^${file.replace(/[\\.]/g, '\\$&')}: error \\$: not valid JSON`));
  assert.equal(stderr, '');
  noStack(stdout);
});

test('a missing file, an unknown flag, an unknown command: one line on stderr, exit 2', () => {
  for (const args of [
    ['validate', join(dir, 'missing.json')],
    ['validate', '--bogus', example],
    ['frobnicate'],
    ['validate', '--format', 'xml', example],
    ['convert', example],
    ['render', '--theme', 'pink', example],
    ['validate'],
  ]) {
    const { status, stdout, stderr } = cli(args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout, '', args.join(' '));
    oneLine(stderr);
    assert.match(stderr, /^fact-verdict: /);
    noStack(stderr);
  }
  assert.match(cli(['validate', '--bogus', example]).stderr, /--bogus/);
  assert.match(cli(['validate', join(dir, 'missing.json')]).stderr, /missing\.json: cannot read the file \(no such file or directory\)/);
});

test('convert: FactCheck to ClaimReview and back keeps the document', () => {
  const toCr = cli(['convert', example, '--to', 'claimreview']);
  assert.equal(toCr.status, 0, toCr.stderr);
  const claimReview = JSON.parse(toCr.stdout);
  assert.equal(claimReview['@type'], 'ClaimReview');
  assert.equal(claimReview.claimReviewed, canonical.claim.text);
  const back = cli(['convert', '-', '--to', 'factcheck'], toCr.stdout);
  assert.equal(back.status, 0, back.stderr);
  const document = JSON.parse(back.stdout);
  assert.equal(document.claim.text, canonical.claim.text);
  assert.equal(document.claim.claimant.name, canonical.claim.claimant.name);
  assert.equal(document.verdict.rating, canonical.verdict.rating ?? 'false');
  assert.equal(document.url, canonical.url);
});

test('convert: an invalid or malformed document prints its problems on stderr and exits 1', () => {
  const invalid = cli(['convert', write('c-broken.json', broken), '--to', 'claimreview']);
  assert.equal(invalid.status, 1);
  assert.equal(invalid.stdout, '');
  assert.match(invalid.stderr, /c-broken\.json: error claim\.text/);
  const malformed = cli(['convert', write('c-malformed.json', 'nope'), '--to', 'factcheck']);
  assert.equal(malformed.status, 1);
  oneLine(malformed.stderr);
  assert.match(malformed.stderr, /c-malformed\.json: not valid JSON/);
  noStack(malformed.stderr);
});

test('render: prints the server-rendered element, ready, with the options', () => {
  const { status, stdout, stderr } = cli(['render', example, '--lang', 'de', '--layout', 'compact', '--json-ld']);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /<fact-verdict[^>]*state="ready"/);
  assert.match(stdout, /<fact-verdict[^>]*lang="de"/);
  assert.match(stdout, /<fact-verdict[^>]*layout="compact"/);
  assert.match(stdout, /<script type="application\/ld\+json">/);
  assert.doesNotMatch(cli(['render', example]).stdout, /application\/ld\+json/, 'JSON-LD only when asked');
});

test('render: an invalid document prints no HTML and exits 1', () => {
  const { status, stdout, stderr } = cli(['render', write('r-broken.json', broken)]);
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /error claim\.text/);
});

test('--help and help <command> explain each command with an example', () => {
  const overview = cli(['--help']);
  assert.equal(overview.status, 0);
  for (const command of ['validate', 'convert', 'render']) {
    assert.match(overview.stdout, new RegExp(`^  ${command} `, 'm'));
    const help = cli(['help', command]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, new RegExp(`^Usage: fact-verdict ${command}`));
    assert.match(help.stdout, new RegExp(`Example:\\n  npx fact-verdict ${command} `));
    assert.equal(cli([command, '--help']).stdout, help.stdout);
  }
});

test('the bin keeps its shebang, so npx can run it', () => {
  assert.match(readFileSync(main, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.bin?.['fact-verdict'], './dist/cli/main.js');
});
