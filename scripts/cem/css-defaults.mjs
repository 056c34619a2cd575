// Checks each custom property's documented default (`@cssprop [--fact-max-width=42rem]`) against
// the CSS: the same `var(--name, default)` must appear in the element sources. The defaults are
// written by hand in JSDoc (the analyzer cannot read them from `css` literals), so without this a
// changed fallback would leave the manifest, the typings' hover text and Storybook's token tables
// quietly stating the old one. A property documented without a default only warns.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const squash = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .trim();

/** Every `var(--fact-…, fallback)` in the element sources, as name → the set of fallbacks used. */
function fallbacksInCss() {
  const sources = readdirSync('src/elements', { recursive: true })
    .filter((f) => f.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(f))
    .map((f) => readFileSync(join('src/elements', f), 'utf8'))
    .join('\n');
  const found = new Map();
  for (const match of sources.matchAll(/var\(\s*(--[\w-]+)\s*,/g)) {
    // The fallback runs to the parenthesis that closes this var(…).
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < sources.length && depth > 0; end++) depth += sources[end] === '(' ? 1 : sources[end] === ')' ? -1 : 0;
    const fallback = squash(sources.slice(match.index + match[0].length, end - 1));
    if (!found.has(match[1])) found.set(match[1], new Set());
    found.get(match[1]).add(fallback);
  }
  return found;
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function cssDefaultsPlugin() {
  return {
    name: 'fact-verdict:css-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const fallbacks = fallbacksInCss();
      const wrong = [];
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const property of declaration.cssProperties ?? []) {
          if (property.default === undefined) {
            console.warn(`[fact-verdict] <${declaration.tagName}> ${property.name} is documented without a default`);
          } else if (!fallbacks.get(property.name)?.has(squash(property.default))) {
            const used = [...(fallbacks.get(property.name) ?? [])].join(' or ') || 'no fallback';
            wrong.push(`<${declaration.tagName}> ${property.name}: documented ${property.default}, the CSS uses ${used}`);
          }
        }
      }
      if (wrong.length) throw new Error(`@cssprop defaults that the CSS does not use:\n  ${wrong.join('\n  ')}`);
    },
  };
}
