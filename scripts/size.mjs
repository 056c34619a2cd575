// `npm run size`: min+gzip sizes of the CDN entry (against its budget), of each chunk it loads
// on demand, of what a page with one full embed downloads in all, and of each element alone
// (its npm registration module plus lit, bundled the same way; chunks it loads on demand apart).
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
// The same literal minification as the CDN build, so each element alone is measured as it would ship.
import { minifyLiterals } from '../rollup.config.mjs';

const BUDGET = 16 * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (code) => gzipSync(code, { level: 9 }).length;

if (!existsSync('dist/fact-verdict.min.js')) {
  console.error('size: dist/fact-verdict.min.js is missing; run `npm run build` first.');
  process.exit(1);
}

const entry = readFileSync('dist/fact-verdict.min.js');
console.log(`CDN entry   dist/fact-verdict.min.js   ${kb(entry.length)} min, ${kb(gz(entry))} min+gzip (budget ${kb(BUDGET)})`);
const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
const chunkSize = {};
for (const file of chunks) {
  const size = gz(readFileSync(`dist/chunks/${file}`));
  chunkSize[file.replace(/-[\w-]{8}\.min\.js$/, '')] = size;
  console.log(`  on demand  dist/chunks/${file}   ${kb(size)} min+gzip`);
}
// A page with a full FactCheck embed loads the entry and the embed's kit (reader, views, parts);
// ClaimReview input adds the importer, and a label English does not know adds the scales.
const FULL_EMBED_CHUNKS = ['cdn-kit'];
for (const name of FULL_EMBED_CHUNKS) {
  if (chunkSize[name] === undefined) {
    console.error(`size: no dist/chunks/${name}-*.min.js; the CDN build's chunks have changed, update FULL_EMBED_CHUNKS.`);
    process.exit(1);
  }
}
const fullEmbed = gz(entry) + FULL_EMBED_CHUNKS.reduce((sum, name) => sum + chunkSize[name], 0);
console.log(`A page with one full embed downloads ${kb(fullEmbed)} min+gzip in all (an inline badge alone: the entry).`);

async function bundledSize(input) {
  const bundle = await rollup({
    input,
    preserveEntrySignatures: 'allow-extension',
    onwarn() {},
    plugins: [minifyLiterals(), nodeResolve(), terser({ ecma: 2022, module: true, format: { comments: false } })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return gz(output.find((chunk) => chunk.isEntry).code);
}

const elements = {
  'fact-verdict-badge': 'dist/elements/verdict-badge/fact-verdict-badge.js',
  'fact-claim-card': 'dist/elements/claim-card/fact-claim-card.js',
  'fact-evidence-list': 'dist/elements/evidence-list/fact-evidence-list.js',
  'fact-timeline': 'dist/elements/timeline/fact-timeline.js',
  'fact-verdict': 'dist/elements/verdict/fact-verdict.js',
};
for (const [tag, input] of Object.entries(elements)) {
  console.log(`<${tag}> alone, with lit   ${kb(await bundledSize(input))} min+gzip`);
}

if (gz(entry) > BUDGET) {
  console.error(`size: the CDN entry is ${kb(gz(entry))} min+gzip, over its ${kb(BUDGET)} budget.`);
  process.exit(1);
}
