// Generates the typings and editor data shipped in dist/ from the finished manifest, with the
// `custom-element-*-integration` generators: JSX types (React, Preact, Solid), Vue
// `GlobalComponents`, VS Code custom data (HTML and CSS) and JetBrains web-types.
//
// The JSX and Vue generators are given a view of the manifest rather than the manifest itself,
// because what they emit from it as written does not compile: they wrap an event's type in
// `CustomEvent<…>` themselves (ours already is one), print type names bare (`FactCheck`, which the
// generated file does not import), and type an attribute without a property (`lang`) as
// `Class['undefined']`; and Vue wants props in camelCase. In the view every type is a self-contained expression against the
// package's own declarations (`import("../index.js").FactVerdict["layout"]`), so the typings can
// never disagree with the classes; attributes that take numbers accept their digits as a string
// too (`heading-level="3"`), as HTML does. The editor data reads the manifest as it is: its unions
// are already written out (resolve-types.mjs), which is where editors get the values they offer.
//
// They describe the built package, so nothing is written until dist/index.d.ts exists (a lone
// `npm run analyze` before any build, as the Storybook scripts run it, writes the manifest only).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

export const OUTDIR = 'dist/frameworks';
/** The package's root declarations, as the generated files (in OUTDIR) import them. */
const ROOT_TYPES = '../index.js';
const GENERATED = '// Generated from custom-elements.json by scripts/cem/framework-types.mjs at build time: do not edit.\n';

const elementsOf = (manifest) => manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));

/** The manifest as the JSX and Vue generators can use it (see the comment at the top). */
export function generatorView(manifest, { vue = false } = {}) {
  const view = structuredClone(manifest);
  for (const element of elementsOf(view)) {
    const typeOf = (name) => `import("${ROOT_TYPES}").${element.name}["${name}"]`;
    const fields = new Map((element.members ?? []).map((m) => [m.name, m]));
    element.attributes = (element.attributes ?? [])
      .filter((attribute) => attribute.fieldName && fields.has(attribute.fieldName))
      .map((attribute) => {
        const type = typeOf(attribute.fieldName);
        const numeric = /^\d+(?: \| \d+)*$|^number$/.test((fields.get(attribute.fieldName).type?.text ?? '').replace(/ \| undefined$/, ''));
        const name = vue ? camelize(attribute.name) : attribute.name;
        return { ...attribute, name, tsType: { text: numeric ? `${type} | \`\${${type}}\`` : type } };
      });
    element.members = (element.members ?? []).map((member) => (member.kind === 'field' ? { ...member, tsType: { text: typeOf(member.name) } } : member));
    element.events = (element.events ?? []).map((event) => {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
      const name = vue ? camelize(`-${event.name}`) : event.name;
      return { ...event, name, type: { text: detail ? `import("${ROOT_TYPES}").${detail}` : 'unknown' } };
    });
  }
  return view;
}

/** `heading-level` → `headingLevel`; `-fact-load` → `FactLoad`. */
const camelize = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** The React and Preact files: the plain JSX types joined with each framework's own HTML props. */
function jsxFor(framework, elementNames) {
  const attributes =
    framework === 'react'
      ? 'import("react").HTMLAttributes<HTMLElementTagNameMap[Tag]> & import("react").RefAttributes<HTMLElementTagNameMap[Tag]>'
      : 'import("preact").HTMLAttributes<HTMLElementTagNameMap[Tag]>';
  const name = framework === 'react' ? 'ReactCustomElements' : 'PreactCustomElements';
  return `${GENERATED}// ${framework === 'react' ? 'React 19' : 'Preact'}: <${elementNames.join('>, <')}> in JSX, typed. Load it with tsconfig
// \`"types": ["fact-verdict/types/${framework}"]\` or \`import type {} from 'fact-verdict/types/${framework}';\`.
// Events are props named as React 19 and Preact listen for them: \`onfact-load\`, never \`onFactLoad\`.
import type { CustomElements } from './jsx.js';

/** Each tag's own attributes, properties and events, with the framework's props for any HTML element. */
export type ${name} = {
  [Tag in keyof CustomElements]: CustomElements[Tag] & Omit<${attributes}, keyof CustomElements[Tag]>;
};

declare module '${framework}' {
  namespace JSX {
    interface IntrinsicElements extends ${name} {}
  }
}
`;
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function frameworkTypesPlugin() {
  return {
    name: 'fact-verdict:framework-types',
    packageLinkPhase({ customElementsManifest }) {
      if (!existsSync('dist/index.d.ts')) {
        console.log('[fact-verdict] dist/index.d.ts is not built: framework typings and editor data not written');
        return;
      }
      const view = generatorView(customElementsManifest);
      const names = elementsOf(view).map((e) => e.tagName);
      const common = { outdir: OUTDIR, typesSrc: 'tsType', hideLogs: true, hideMethodDocs: true };

      generateJsxTypes(view, { ...common, fileName: 'jsx.d.ts' });
      prepend(join(OUTDIR, 'jsx.d.ts'), GENERATED);
      writeFileSync(join(OUTDIR, 'react.d.ts'), jsxFor('react', names));
      writeFileSync(join(OUTDIR, 'preact.d.ts'), jsxFor('preact', names));

      generateSolidJsTypes(view, { ...common, fileName: 'solid.d.ts' });
      // The Solid types name each class (`JSX.DirectiveFunctionAttributes<FactVerdict>`) without
      // importing it unless told a path, which would make them ignore `typesSrc`; and they leave the
      // augmentation of Solid's JSX to the reader.
      const classes = elementsOf(view).map((e) => e.name);
      prepend(join(OUTDIR, 'solid.d.ts'), `${GENERATED}import type { ${classes.join(', ')} } from '${ROOT_TYPES}';\n`);
      append(
        join(OUTDIR, 'solid.d.ts'),
        `\ndeclare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
      );

      // Vue matches a template's `heading-level="3"` and `@fact-load` to the props `headingLevel`
      // and `onFactLoad`, whatever the element: the Vue view names them so.
      generateVuejsTypes(generatorView(customElementsManifest, { vue: true }), { ...common, fileName: 'vue.d.ts' });
      // The generator also declares a global `JSX` namespace, which would give the tags to React's
      // and every other JSX in the same program as a second, different definition: Vue needs only
      // `GlobalComponents` (its own TSX reads those too).
      const vue = readFileSync(join(OUTDIR, 'vue.d.ts'), 'utf8').replace(/declare global \{[\s\S]*$/, '');
      writeFileSync(join(OUTDIR, 'vue.d.ts'), GENERATED + vue);

      // Editors: from the manifest itself; the files sit in dist/, beside the modules they name.
      generateVsCodeCustomElementData(customElementsManifest, {
        outdir: 'dist',
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
        hideLogs: true,
        hideMethodDocs: true,
      });
      generateJetBrainsWebTypes(customElementsManifest, {
        outdir: 'dist',
        webTypesFileName: 'web-types.json',
        hideLogs: true,
        hideMethodDocs: true,
        modulePathTemplate: (_name, modulePath) => `./${relative('dist', modulePath)}`,
      });
      console.log(`[fact-verdict] typings for ${names.length} tags in ${OUTDIR}/, editor data in dist/`);
    },
  };
}

function prepend(path, text) {
  writeFileSync(path, text + readFileSync(path, 'utf8'));
}
function append(path, text) {
  writeFileSync(path, readFileSync(path, 'utf8') + text);
}
