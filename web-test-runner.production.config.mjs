// The element tests again, with lit's production build: the one the CDN bundle ships, without the
// dev build's extra checks (which can hide or cause a difference). `npm test` runs this after the
// main suite (web-test-runner.config.mjs, lit dev mode); alone: `npx wtr --config web-test-runner.production.config.mjs`.
// src/test-support/lit-warnings.ts stays installed and simply never sees a warning here.
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['src/elements/**/*.test.ts'],
  // Any condition list without 'development' (the dev server's default when none is given) makes
  // `lit` resolve to its production build.
  nodeResolve: { exportConditions: ['production'] },
  // The time-zone groups test the data layer, which has no lit in it; once is enough.
  groups: [],
};
