// `npm run size`: min+gzip size of the CDN entry and of each element alone (its registration
// module plus lit, bundled and minified the same way). Fails when the CDN entry exceeds its budget.
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const BUDGET = 16 * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function bundledSize(input) {
  const bundle = await rollup({ input, plugins: [nodeResolve(), terser({ ecma: 2022, module: true, format: { comments: false } })] });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const code = output.map((chunk) => chunk.code ?? '').join('');
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

if (!existsSync('dist/fact-verdict.min.js')) {
  console.error('size: dist/fact-verdict.min.js is missing; run `npm run build` first.');
  process.exit(1);
}
const cdn = readFileSync('dist/fact-verdict.min.js');
const cdnGzip = gzipSync(cdn, { level: 9 }).length;
console.log(`CDN entry  dist/fact-verdict.min.js  ${kb(cdn.length)} min, ${kb(cdnGzip)} min+gzip (budget ${kb(BUDGET)})`);

const elements = {
  'fact-verdict-badge': 'dist/elements/verdict-badge/fact-verdict-badge.js',
  'fact-claim-card': 'dist/elements/claim-card/fact-claim-card.js',
  'fact-evidence-list': 'dist/elements/evidence-list/fact-evidence-list.js',
  'fact-timeline': 'dist/elements/timeline/fact-timeline.js',
  'fact-verdict': 'dist/elements/verdict/fact-verdict.js',
};
for (const [tag, input] of Object.entries(elements)) {
  if (!existsSync(input)) continue;
  const size = await bundledSize(input);
  console.log(`<${tag}> alone, with lit  ${kb(size.min)} min, ${kb(size.gzip)} min+gzip`);
}

if (cdnGzip > BUDGET) {
  console.error(`size: the CDN entry is ${kb(cdnGzip)} min+gzip, over its ${kb(BUDGET)} budget.`);
  process.exit(1);
}
