// Rollup builds only the CDN embed: the ES modules that `tsc` emitted into dist/, bundled with
// lit into one self-contained, minified file that registers every element. The npm package ships
// the unbundled modules themselves (see package.json "exports").
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { readdirSync } from 'node:fs';

/**
 * Minifies the contents of Lit's html`` and css`` literals so that they render exactly as the
 * sources do (test/browser/cdn-parity.test.ts holds the bundle to that). Shared with scripts/size.mjs.
 */
export function minifyLiterals() {
  // css`` literals are minified by our own plugin, which only drops what CSS syntax makes
  // meaningless and never moves text across an interpolation (scripts/minify-css-literals.mjs).
  return [minifyCssLiterals(), minifyHtmlLiterals()];
}

function minifyHtmlLiterals() {
  return (minifyHTML.default ?? minifyHTML)({
    // tokens.js holds var() fragments, not whole stylesheets, so it is left as it is.
    exclude: ['**/internal/tokens.js'],
    options: {
      // Not this plugin's CSS minifier: it cannot see through ${…} interpolations and moved values
      // into the wrong declarations (borders, radius, rules and separators vanished from the bundle).
      shouldMinifyCSS: () => false,
      minifyOptions: {
        // Whitespace next to an interpolation can be content (`${date}: ${text}`); the default
        // collapse removed it at a literal's edges. Collapse every run to one space instead, or to
        // one line break when it holds one, which renders the same under `white-space: normal`,
        // `nowrap` and `pre-line` (the only values the styles use; <pre> is never touched).
        conservativeCollapse: true,
        preserveLineBreaks: true,
        // An svg`` fragment has no <svg> around it, so the minifier reads it as HTML and drops the
        // slash of `<path/>`; lit then parses the next shape as the first one's child, and it is
        // never drawn (the badge's icons lost their second stroke).
        keepClosingSlash: true,
      },
    },
  });
}

/**
 * Each language the library ships (`src/i18n/locales/<tag>.ts`) is a file of its own beside the
 * entry, `dist/chunks/locale-<tag>.min.js`, built apart with what it uses (plural rules) so that
 * loading a language is one request that imports nothing further. The names are predictable so
 * that the entry need not carry 24 content-hashed file names: it carries the list of tags, and
 * this plugin swaps the loader table (one `import()` per catalogue, for bundlers and Node) for
 * one template `import()` that rollup leaves as it is, resolved beside the entry at run time.
 */
export const LOCALE_CHUNK = 'chunks/locale-[tag].min.js';

/** The tags of the shipped catalogues: one file each in what tsc emitted. */
function shippedTags() {
  return readdirSync('dist/i18n/locales')
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.slice(0, -3))
    .sort();
}

function localeChunks(tags) {
  return {
    name: 'fact-verdict-locale-chunks',
    load(id) {
      if (!/[\\/]i18n[\\/]locale-loaders\.js$/.test(id)) return null;
      const path = LOCALE_CHUNK.replace('[tag]', '${tag}');
      return `export const localeLoaders = {};
for (const tag of ${JSON.stringify(tags.join(' '))}.split(' ')) localeLoaders[tag] = () => import(\`./${path}\`);`;
    },
  };
}

/**
 * A catalogue's `review` record (whether a native speaker checked it, and what a reviewer should
 * look at) is for the people who maintain the strings, in the sources and the npm package; readers'
 * browsers need only the strings, so the CDN's language chunks leave it out (300–400 bytes each).
 * The build fails rather than ship a chunk with it when the emitted shape changes.
 */
function withoutReviewRecord() {
  return {
    name: 'fact-verdict-locale-without-review',
    transform(code, id) {
      if (!/[\\/]i18n[\\/]locales[\\/]/.test(id)) return null;
      const review = /\n {4}review: \{\n[^{}]*?\n {4}\},/g;
      const found = code.match(review)?.length ?? 0;
      if (found !== 1) this.error(`${id}: expected one review record to leave out of the CDN chunk, found ${found}`);
      return { code: code.replace(review, ''), map: null };
    },
  };
}

/**
 * Chromium's explicit compile hint (shipped in Chrome 136): a file that starts with this comment has
 * every function compiled eagerly, on the background thread that streams the script, instead of
 * lazily on the main thread the first time each one runs. Only the files whose code runs as soon as
 * they arrive carry it: the entry and the badge-only file (they define and draw their elements at
 * once) and the kit (fetched only when an embed is about to draw a document). On the demo at 4x CPU
 * the lazy compiling left inside the page's long tasks fell from about 90 ms to 5 ms. Other engines
 * read it as a comment. See https://github.com/WICG/explicit-javascript-compile-hints-file-based.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const compileHint = (chunk) => (chunk.isEntry || chunk.name === 'cdn-kit' ? COMPILE_HINT : '');

// terser keeps no comment but the compile hint (rollup adds the banner before minifying).
const minify = () => terser({ ecma: 2022, module: true, format: { comments: new RegExp(`^${COMPILE_HINT.slice(2)}$`) } });

export default () => {
  const tags = shippedTags();
  return [
    {
      input: 'dist/cdn.js',
      // Let the entry export internals that lazy chunks import, so the entry stays the one file to load
      // (otherwise rollup moves shared code into a third chunk the page must also fetch).
      preserveEntrySignatures: 'allow-extension',
      output: {
        dir: 'dist',
        format: 'es',
        entryFileNames: 'fact-verdict.min.js',
        banner: compileHint,
        // Features that load on demand (not every page needs them) become chunks beside the entry.
        chunkFileNames: 'chunks/[name]-[hash].min.js',
        sourcemap: true,
      },
      plugins: [
        localeChunks(tags),
        minifyLiterals(), // html`` literals keep their indentation through terser
        nodeResolve(), // lit's production build (no dev-mode warnings or checks)
        minify(),
      ],
    },
    {
      // The badge-only file (src/cdn-badge.ts): a build of its own, sharing no chunk with the full
      // entry, so that a page with badges alone loads one file. Its chunks (the popover, the rating
      // scales) sit in a folder of their own; the languages are the same files as the entry's.
      input: 'dist/cdn-badge.js',
      preserveEntrySignatures: 'allow-extension',
      output: {
        dir: 'dist',
        format: 'es',
        entryFileNames: 'fact-verdict-badge.min.js',
        banner: compileHint,
        chunkFileNames: 'chunks/badge/[name]-[hash].min.js',
        sourcemap: true,
      },
      plugins: [localeChunks(tags), minifyLiterals(), nodeResolve(), minify()],
    },
    ...tags.map((tag) => ({
      input: `dist/i18n/locales/${tag}.js`,
      output: { file: `dist/${LOCALE_CHUNK.replace('[tag]', tag)}`, format: 'es', sourcemap: true },
      plugins: [withoutReviewRecord(), minify()],
    })),
  ];
};
