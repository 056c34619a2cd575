// Points every module path in the manifest at the file the package ships (`dist/…/x.js`) instead of
// the source the analyzer read (`src/…/x.ts`), which is not in the package: tools import what the
// manifest names (the JetBrains web-types, bundler plugins, `custom-element-definition` lookups).
// The schema's `path` is the JavaScript module to import; each has its `.d.ts` beside it, which is
// where TypeScript finds the types, so no separate types path is recorded.

import { posix } from 'node:path';

const SOURCE = /^\/?src\/(.+)\.[jt]s$/;

/** `src/elements/verdict/verdict.element.ts` (or the analyzer's `/src/….js`) → `dist/elements/verdict/verdict.element.js`. */
export const shippedPath = (path) => path.replace(SOURCE, 'dist/$1.js');

/** Rewrites every `path` and `module` under `node`; a relative `module` (a re-export's) is resolved from `from`. */
function rewrite(node, from) {
  if (Array.isArray(node)) return node.forEach((item) => rewrite(item, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'module' && typeof value === 'string' && /^\.\.?\//.test(value)) node[key] = shippedPath(posix.join(posix.dirname(from), value));
    else if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shippedPath(value);
    else rewrite(value, from);
  }
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function shippedPathsPlugin() {
  return {
    name: 'fact-verdict:shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) rewrite(module, module.path);
    },
  };
}
