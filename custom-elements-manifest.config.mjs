// custom-elements.json is generated from the JSDoc in the element sources (`npm run analyze`).
// packagejson: false, because package.json already names the manifest and the analyzer would
// otherwise rewrite that field wherever it was told to write.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  litelement: true,
  packagejson: false,
};
