// Packs the package the way npm would publish it, installs the tarball into an empty folder, and
// checks it works there: the exports resolve, the data layer validates a document under Node, the
// JSON Schema and manifest ship, and nothing outside the package's files is needed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const work = mkdtempSync(join(tmpdir(), 'fact-verdict-pack-'));
try {
  const tarball = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], process.cwd()))[0];
  console.log(`packed ${tarball.filename}: ${tarball.entryCount} files, ${(tarball.size / 1024).toFixed(1)} KB`);
  const leaked = tarball.files.map((f) => f.path).filter((p) => /(^|\/)(node_modules|test|test-support|stories|fixtures)\/|\.test\.|\.stories\./.test(p));
  if (leaked.length) throw new Error(`the package ships files it should not: ${leaked.join(', ')}`);

  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', resolve(work, tarball.filename)], app);

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
for (const entry of ['fact-verdict', 'fact-verdict/fact-verdict.js', 'fact-verdict/fact-verdict-badge.js', 'fact-verdict/cdn']) import.meta.resolve(entry);
// The registering modules must not crash outside a browser (server rendering, tests in Node).
const elements = await import('fact-verdict');
if (typeof elements.FactVerdict !== 'function') throw new Error('the root entry lost its classes');
console.log('the installed package works');
`,
  );
  process.stdout.write(run(process.execPath, ['check.mjs'], app));
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules/fact-verdict/package.json'), 'utf8'));
  if (!existsSync(join(app, 'node_modules/fact-verdict', pkg.customElements))) throw new Error('customElements manifest missing');
} finally {
  rmSync(work, { recursive: true, force: true });
}
