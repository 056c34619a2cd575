// Compiles a publisher's TypeScript against the PACKED package (not the sources), with the
// project's own `tsc --strict`, under both module resolutions a consumer may use (`bundler` and
// `nodenext`): the entry points' types resolve, events are typed through `addEventListener`, tags
// through `querySelector`, and lines that must not compile do not (`@ts-expect-error`, which tsc
// reports when the line compiles after all). Each `*.class.js` and `fact-*.js` entry is also
// compiled alone (a page registering a class under its own tag imports nothing else): its events
// are typed and their detail types are exported from it. A React 19 TSX consumer of the plain tags
// is compiled too, through the generated `fact-verdict/types/react` (see checkReactTypes).
//
//   node scripts/check-types.mjs      (dist/ built; packs and installs by itself)
//
// check-pack.mjs runs it on the package it has already installed.
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { withPackedPackage } from './packed.mjs';

const tsc = createRequire(join(process.cwd(), 'package.json')).resolve('typescript/bin/tsc');

const RESOLUTIONS = {
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
};

/** What a publisher writes with every entry at hand. */
const CONSUMER = `import 'fact-verdict';
import { FactVerdict } from 'fact-verdict/fact-verdict.class.js';
import { readFactCheck, type FactCheck } from 'fact-verdict/data';
import type { FactErrorDetail, FactErrorReason, FactEventMap, FactLinkDetail, FactLoadDetail, FactRetryDetail, FactSourcesToggleDetail } from 'fact-verdict';

const doc: FactCheck = { claim: { text: 'The river bridge will close for five years.' }, verdict: { label: 'False' } };

FactVerdict.define('my-verdict');

// The tags are in HTMLElementTagNameMap, so these are the classes, not bare HTMLElements.
const embed = document.querySelector('fact-verdict')!;
embed.data = doc;
embed.layout = 'compact';
document.querySelector('fact-claim-card')!.data = doc;
// A verdict has a label, a rating or both, so its label may be absent.
document.querySelector('fact-verdict-badge')!.label = doc.verdict.label ?? '';

// Every event is typed wherever a listener is added: the element, the document, the window.
embed.addEventListener('fact-load', (e) => {
  const text: string = e.detail.document.claim.text;
  const source: 'property' | 'src' | 'inline' = e.detail.source;
  console.log(text, source, e.detail.documents.length);
});
embed.addEventListener('fact-error', (e) => {
  const reason: FactErrorReason = e.detail.reason;
  console.log(reason, e.detail.message, e.detail.problems.length, e.detail.status);
});
document.addEventListener('fact-link', (e) => console.log(e.detail.href, e.detail.kind));
document.addEventListener('fact-sources-toggle', (e) => console.log(e.detail.expanded, e.detail.count));
window.addEventListener('fact-retry', (e) => console.log(e.detail.src.length));

// The detail types are exported for listeners written on their own.
const onLoad = (e: CustomEvent<FactLoadDetail>): string | undefined => e.detail.document.verdict.label;
embed.addEventListener('fact-load', onLoad);
const details: [FactErrorDetail['reason'], FactLinkDetail['kind'], FactRetryDetail['src'], FactSourcesToggleDetail['count']] = ['network', 'evidence', '/x.json', 3];
const linkDetail: FactEventMap['fact-link'] = { href: 'https://example.org/', kind: 'evidence' };
console.log(details, linkDetail, readFactCheck(doc).problems.length);

// The CDN file has types too.
export async function fromTheCdn(): Promise<void> {
  const cdn = await import('fact-verdict/cdn');
  cdn.registerRatingScale({ 'Totally Bogus': 'false' });
}

// Each line below must NOT compile; if it does, tsc reports the unused directive.
// @ts-expect-error: a load's detail holds documents, not a claim at its top level
embed.addEventListener('fact-load', (e) => e.detail.claim);
// @ts-expect-error: a link's kind is one of a few words
document.addEventListener('fact-link', (e) => e.detail.kind === 'banner');
// @ts-expect-error: the layout is 'full' or 'compact'
embed.layout = 'wide';
// @ts-expect-error: a FactCheck's claim needs its text
export const broken: FactCheck = { claim: {}, verdict: { label: 'False' } };
`;

/** A page that registers one class under its own tag and imports nothing else. */
function classOnly(entry) {
  const tag = entry.slice(2, -'.class.js'.length);
  const name = tag.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase());
  return `import { ${name}, type FactLinkDetail, type FactLoadDetail } from 'fact-verdict/${entry.slice(2)}';

${name}.define('my-${tag}');
const el = document.createElement('my-${tag}') as ${name};
el.addEventListener('fact-link', (e) => console.log(e.detail.href, e.detail.kind));
document.addEventListener('fact-load', (e: CustomEvent<FactLoadDetail>) => console.log(e.detail.document.claim.text));
export const link: FactLinkDetail = { href: 'https://example.org/', kind: 'evidence' };
// @ts-expect-error: a link's detail has no text
el.addEventListener('fact-link', (e) => e.detail.text);
`;
}

/** A page that imports one element's registration module: its tag and its events are typed. */
function registrationOnly(entry) {
  const tag = entry.slice(2, -'.js'.length);
  return `import 'fact-verdict/${entry.slice(2)}';
import type { FactEventMap } from 'fact-verdict/${entry.slice(2)}';

const el = document.querySelector('${tag}')!;
el.addEventListener('fact-link', (e) => console.log(e.detail.href));
export const toggle: FactEventMap['fact-sources-toggle'] = { expanded: true, count: 2 };
// @ts-expect-error: the tag maps to its class, which has no such property
el.notAProperty = 1;
`;
}

/** A CMS plugin's server code: `fact-verdict/ssr` types without `@lit-labs/ssr`'s own in the program. */
const SSR_CONSUMER = `import { renderFactVerdict, jsonScript, type RenderOptions } from 'fact-verdict/ssr';

const options: RenderOptions = { lang: 'hy', theme: 'light', layout: 'compact', headingLevel: 3, nonce: 'n0nce', claimReview: true };
export const page: Promise<string> = renderFactVerdict({ claim: { text: 'x' }, verdict: { label: 'False' } }, options);
export const ld: string = jsonScript({ '@type': 'ClaimReview' });
// @ts-expect-error: no such layout
export const wrong = renderFactVerdict({}, { layout: 'wide' });
`;

/**
 * A React 19 app's TSX using the plain tags through `fact-verdict/types/react` (the same consumer
 * test/framework-types.test.mjs compiles against dist/), when React's types are at hand in this
 * checkout: they are linked into the app rather than installed, so the check stays offline and
 * quick. Lib checking stays off for it (React's own declarations would take most of the time);
 * the framework-types test compiles the generated declarations as sources, which checks them.
 */
function checkReactTypes(app) {
  const project = createRequire(join(process.cwd(), 'package.json'));
  let reactTypes;
  try {
    reactTypes = dirname(project.resolve('@types/react/package.json'));
  } catch {
    console.log('types skipped: react.tsx (no @types/react in this checkout)');
    return [];
  }
  mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
  if (!existsSync(join(app, 'node_modules/@types/react'))) symlinkSync(reactTypes, join(app, 'node_modules/@types/react'), 'dir');
  mkdirSync(join(app, 'src'), { recursive: true });
  copyFileSync(join(process.cwd(), 'test/framework-types/react.tsx'), join(app, 'src/react.tsx'));
  const failures = [];
  for (const [resolution, options] of Object.entries(RESOLUTIONS)) {
    const config = `tsconfig.react.${resolution}.json`;
    writeFileSync(
      join(app, config),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['fact-verdict/types/react'],
        },
        files: ['src/react.tsx'],
      }),
    );
    const result = spawnSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: app, encoding: 'utf8' });
    const label = `react.tsx (${resolution})`;
    if (result.status === 0) {
      console.log(`types ok: ${label}`);
    } else {
      failures.push(label);
      console.error(`types FAILED: ${label}\n${(result.stdout + result.stderr).trim()}`);
    }
  }
  return failures;
}

/** Writes the consumer programs into `app` and compiles each; returns the failures. */
export function checkConsumerTypes(app) {
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules/fact-verdict/package.json'), 'utf8'));
  const programs = { consumer: CONSUMER, ssr: SSR_CONSUMER };
  for (const entry of Object.keys(pkg.exports)) {
    if (entry.endsWith('.class.js')) programs[`class-${entry.slice(2, -'.class.js'.length)}`] = classOnly(entry);
    else if (/^\.\/fact-[a-z-]+\.js$/.test(entry)) programs[`entry-${entry.slice(2, -'.js'.length)}`] = registrationOnly(entry);
  }
  mkdirSync(join(app, 'src'), { recursive: true });
  const failures = [];
  for (const [name, source] of Object.entries(programs)) {
    writeFileSync(join(app, 'src', `${name}.ts`), source);
    for (const [resolution, options] of Object.entries(RESOLUTIONS)) {
      const config = `tsconfig.${name}.${resolution}.json`;
      writeFileSync(
        join(app, config),
        JSON.stringify({
          compilerOptions: { ...options, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
          files: [`src/${name}.ts`],
        }),
      );
      const result = spawnSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: app, encoding: 'utf8' });
      const label = `${name}.ts (${resolution})`;
      if (result.status === 0) {
        console.log(`types ok: ${label}`);
      } else {
        failures.push(label);
        console.error(`types FAILED: ${label}\n${(result.stdout + result.stderr).trim()}`);
      }
    }
  }
  return [...failures, ...checkReactTypes(app)];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const failures = await withPackedPackage(({ app }) => checkConsumerTypes(app));
  if (failures.length) {
    console.error(`${failures.length} consumer program(s) failed to compile against the packed package`);
    process.exit(1);
  }
}
