// custom-elements.json is generated from the JSDoc in the element sources (`npm run analyze`, run by
// `npm run build` after tsc and rollup), and from it the framework typings and editor data in
// dist/ (scripts/cem/framework-types.mjs). The plugins in scripts/cem/ each do one job, in order:
// what the analyzer cannot see is added, then the manifest is made to describe the shipped
// package (paths in dist/, public members only), then the typings are written from it.
// packagejson: false, because package.json already names the manifest and the analyzer would
// otherwise rewrite that field wherever it was told to write.
import { registrationsPlugin } from './scripts/cem/registrations.mjs';
import { resolveTypesPlugin } from './scripts/cem/resolve-types.mjs';
import { cssDefaultsPlugin } from './scripts/cem/css-defaults.mjs';
import { shippedPathsPlugin } from './scripts/cem/shipped-paths.mjs';
import { publicApiPlugin } from './scripts/cem/public-api.mjs';
import { frameworkTypesPlugin } from './scripts/cem/framework-types.mjs';

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    registrationsPlugin(),
    // Reads the sources, so it runs while the paths still name them.
    resolveTypesPlugin(),
    cssDefaultsPlugin(),
    shippedPathsPlugin(),
    // Keeps the modules package.json exports, so it runs once the paths name dist/.
    publicApiPlugin(),
    frameworkTypesPlugin(),
  ],
};
