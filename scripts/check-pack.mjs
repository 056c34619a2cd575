// Packs the package the way npm would publish it, installs the tarball into an empty folder, and
// checks it works there: the exports resolve, the data layer validates a document under Node, the
// JSON Schema and manifest ship, and nothing outside the package's files is needed. Then lints the
// tarball with publint and Are The Types Wrong, and compiles a consumer's TypeScript against the
// installed package (check-types.mjs).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkConsumerTypes } from './check-types.mjs';
import { run, withPackedPackage } from './packed.mjs';

const bin = (name) => join(process.cwd(), 'node_modules/.bin', name);

/**
 * publint (exports, files, `types` conditions and their order) with warnings as errors, and attw
 * under its `esm-only` profile: this package is ESM only (`"type": "module"`, an `exports` map with
 * no `require` condition), so `require()` from CommonJS resolving to ESM and the pre-`exports`
 * `node10` resolution failing are what it is, not faults; every problem in `node16` from ESM and
 * `bundler` resolution (an entry without types, types that say CJS, a missing export) fails.
 * `--no-definitely-typed`: no registry lookup for @types packages this package does not use.
 */
function lintTarball(tarballPath) {
  process.stdout.write(run(bin('publint'), ['run', '--strict', tarballPath], process.cwd()));
  process.stdout.write(
    run(bin('attw'), [tarballPath, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'table-flipped', '--no-emoji', '--no-color'], process.cwd()),
  );
}

await withPackedPackage(async ({ tarball, tarballPath, app }) => {
  console.log(`packed ${tarball.filename}: ${tarball.entryCount} files, ${(tarball.size / 1024).toFixed(1)} KB`);
  const leaked = tarball.files.map((f) => f.path).filter((p) => /(^|\/)(node_modules|test|test-support|stories|fixtures)\/|\.test\.|\.stories\./.test(p));
  if (leaked.length) throw new Error(`the package ships files it should not: ${leaked.join(', ')}`);

  writeFileSync(
    join(app, 'check.mjs'),
    `import { readFactCheck, safeUrl } from 'fact-verdict/data';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const doc = { claim: { text: 'x' }, verdict: { label: 'Pants on Fire' }, url: 'javascript:alert(1)' };
const { document, problems } = readFactCheck(doc);
if (document.verdict.rating !== 'false') throw new Error('rating not derived');
if (problems[0]?.path !== 'url') throw new Error('unsafe url not reported');
if (safeUrl('https://example.org') !== 'https://example.org/') throw new Error('safeUrl');
for (const entry of ['fact-verdict/fact-check.schema.json', 'fact-verdict/custom-elements.json', 'fact-verdict/package.json']) require.resolve(entry);
for (const entry of ['fact-verdict', 'fact-verdict/fact-verdict.js', 'fact-verdict/fact-verdict-badge.js', 'fact-verdict/cdn', 'fact-verdict/cdn-badge']) import.meta.resolve(entry);
// The registering modules must not crash outside a browser (server rendering, tests in Node).
const elements = await import('fact-verdict');
if (typeof elements.FactVerdict !== 'function') throw new Error('the root entry lost its classes');
console.log('the installed package works');
`,
  );
  process.stdout.write(run(process.execPath, ['check.mjs'], app));
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules/fact-verdict/package.json'), 'utf8'));
  if (!existsSync(join(app, 'node_modules/fact-verdict', pkg.customElements))) throw new Error('customElements manifest missing');

  lintTarball(tarballPath);

  const failures = checkConsumerTypes(app);
  if (failures.length) throw new Error(`${failures.length} consumer program(s) failed to compile against the packed package: ${failures.join(', ')}`);
});
