// Rollup builds only the CDN embed: the ES modules that `tsc` emitted into dist/, bundled with
// lit into one self-contained, minified file that registers every element. The npm package ships
// the unbundled modules themselves (see package.json "exports").
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

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

export default {
  input: 'dist/cdn.js',
  // Let the entry export internals that lazy chunks import, so the entry stays the one file to load
  // (otherwise rollup moves shared code into a third chunk the page must also fetch).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'fact-verdict.min.js',
    // Features that load on demand (not every page needs them) become chunks beside the entry.
    chunkFileNames: 'chunks/[name]-[hash].min.js',
    sourcemap: true,
  },
  plugins: [
    minifyLiterals(), // html`` literals keep their indentation through terser
    nodeResolve(), // lit's production build (no dev-mode warnings or checks)
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
