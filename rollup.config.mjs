// Rollup builds only the CDN embed: the ES modules that `tsc` emitted into dist/, bundled with
// lit into one self-contained, minified file that registers every element. The npm package ships
// the unbundled modules themselves (see package.json "exports").
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

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
    // Lit's html`` and css`` literals keep their indentation through terser; minify their contents.
    // tokens.js holds var() fragments, not whole stylesheets, so it is left as it is.
    (minifyHTML.default ?? minifyHTML)({ exclude: ['**/internal/tokens.js'] }),
    nodeResolve(), // lit's production build (no dev-mode warnings or checks)
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
