// Leaves the manifest with the public API only, which is what its readers take it for: the
// generated JSX/Vue typings would otherwise offer `#behaviour` or `problems` as props, editors
// would complete them, and Storybook would list them.
// - Modules: only those package.json exports (the elements' classes and registration modules);
//   internal helpers (`internal/define.js`, the views, the base classes) are not importable.
// - Members: no `#private`, `_underscored`, `private`/`protected` or `@internal` ones, and no
//   static fields (`styles`, `properties`, `implementation`, `dependencies`: Lit's and our
//   plumbing). Static methods stay: `define()` is how a page registers a class under its own tag.
import { readFileSync } from 'node:fs';

/** Every file the package's "exports" map resolves to, as manifest paths (`dist/…`). */
function exportedFiles() {
  const files = new Set();
  const visit = (target) => {
    if (typeof target === 'string') files.add(target.replace(/^\.\//, ''));
    else if (target && typeof target === 'object') Object.values(target).forEach(visit);
  };
  visit(JSON.parse(readFileSync('package.json', 'utf8')).exports);
  return files;
}

const isInternal = (item) =>
  item.privacy === 'private' || item.privacy === 'protected' || /^[#_]/.test(item.name) || /@internal\b/.test(item.description ?? '');

function clean(declaration) {
  if (declaration.members) declaration.members = declaration.members.filter((m) => !isInternal(m) && !(m.static && m.kind === 'field'));
  for (const key of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
    if (declaration[key]) declaration[key] = declaration[key].filter((item) => !isInternal(item));
  }
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function publicApiPlugin() {
  return {
    name: 'fact-verdict:public-api',
    packageLinkPhase({ customElementsManifest }) {
      const exported = exportedFiles();
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => exported.has(module.path));
      for (const module of customElementsManifest.modules) (module.declarations ?? []).forEach(clean);
    },
  };
}
