// The framework typings and editor data that `npm run build` generates from custom-elements.json
// (scripts/cem/framework-types.mjs), checked as a consumer meets them: against the BUILT package.
//
// - TSX consumers for React (strict, --jsx react-jsx), Preact and Solid, and a Vue single-file
//   component checked with vue-tsc, in a temporary app whose node_modules links the project as
//   `fact-verdict` and the frameworks it needs. Each loads the typings the way the README says
//   (tsconfig "types") and holds lines that must not compile (`@ts-expect-error` /
//   `@vue-expect-error`, which fail the check when their line compiles after all): a wrong
//   attribute value, an unknown attribute, a wrong event detail.
// - The VS Code custom data and the JetBrains web-types list every tag, every attribute and every
//   value an attribute's union allows, as the manifest states them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test/framework-types');
const bin = (path) => join(root, 'node_modules', path);

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));

/** The literal values an attribute's type allows (`'full' | 'compact'` → full, compact), or none. */
function valuesOf(type) {
  const parts = (type?.text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  return parts.length && parts.every((p) => /^'[^']*'$|^\d+$/.test(p)) ? parts.map((p) => p.replace(/^'|'$/g, '')) : [];
}

const GENERATED = ['jsx', 'react', 'preact', 'solid', 'vue'];

/** A throwaway app: the fixtures, and node_modules linking the project and what the consumers import. */
function makeApp() {
  const app = mkdtempSync(join(tmpdir(), 'fact-verdict-frameworks-'));
  cpSync(fixtures, join(app, 'src'), { recursive: true });
  mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
  symlinkSync(root, join(app, 'node_modules/fact-verdict'), 'dir');
  for (const name of ['react', '@types/react', 'preact', 'solid-js', 'vue']) symlinkSync(bin(name), join(app, 'node_modules', name), 'dir');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  mkdirSync(join(app, 'generated'));
  for (const name of GENERATED) {
    const text = readFileSync(join(root, `dist/frameworks/${name}.d.ts`), 'utf8');
    writeFileSync(join(app, `generated/${name}.ts`), text.replaceAll('"../index.js"', '"fact-verdict"').replaceAll("'../index.js'", "'fact-verdict'"));
  }
  return app;
}

const base = {
  target: 'es2022',
  lib: ['es2022', 'dom', 'dom.iterable'],
  module: 'esnext',
  moduleResolution: 'bundler',
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};
const PROGRAMS = {
  react: { tool: 'typescript/bin/tsc', files: ['src/react.tsx'], options: { jsx: 'react-jsx', types: ['fact-verdict/types/react'] } },
  preact: {
    tool: 'typescript/bin/tsc',
    files: ['src/preact.tsx'],
    options: { jsx: 'react-jsx', jsxImportSource: 'preact', types: ['fact-verdict/types/preact'] },
  },
  solid: {
    tool: 'typescript/bin/tsc',
    files: ['src/solid.tsx'],
    options: { jsx: 'preserve', jsxImportSource: 'solid-js', types: ['fact-verdict/types/solid'] },
  },
  vue: {
    tool: 'vue-tsc/bin/vue-tsc.js',
    files: ['src/App.vue'],
    options: { jsx: 'preserve', types: ['fact-verdict/types/vue'] },
    // Without it Vue passes any attribute it does not know through to the element, unchecked.
    vueCompilerOptions: { checkUnknownProps: true },
  },
  bare: { tool: 'typescript/bin/tsc', files: ['src/bare.tsx'], options: { jsx: 'react-jsx', types: [] } },
  // The generated declarations themselves, copied as .ts sources: skipLibCheck (which the
  // consumers need, or tsc checks all of React's, Vue's and lit's declarations, minutes here)
  // would otherwise hide an error in them, and a type with an error in it quietly becomes `any`.
  generated: { tool: 'typescript/bin/tsc', files: GENERATED.map((name) => `generated/${name}.ts`), options: { jsx: 'preserve', types: [] } },
};

/** Runs one compiler on one consumer; resolves to its exit code and output. */
function compile(app, name) {
  const { tool, files, options, vueCompilerOptions } = PROGRAMS[name];
  const config = `tsconfig.${name}.json`;
  writeFileSync(join(app, config), JSON.stringify({ compilerOptions: { ...base, ...options }, files, ...(vueCompilerOptions ? { vueCompilerOptions } : {}) }));
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin(tool), '-p', config, '--pretty', 'false'], { cwd: app });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output: output.trim() }));
  });
}

const built = existsSync(join(root, 'dist/frameworks/react.d.ts'));

test('the framework typings are built', () => {
  for (const file of ['jsx', 'react', 'preact', 'solid', 'vue'])
    assert.ok(existsSync(join(root, `dist/frameworks/${file}.d.ts`)), `dist/frameworks/${file}.d.ts`);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const file of ['react', 'preact', 'solid', 'vue', 'jsx']) assert.equal(pkg.exports[`./types/${file}`]?.types, `./dist/frameworks/${file}.d.ts`);
  assert.equal(pkg['web-types'], './dist/web-types.json');
});

test(
  'TSX and Vue consumers compile against the built package, and their wrong lines do not',
  { skip: !built && 'dist/ not built', timeout: 180_000 },
  async () => {
    const app = makeApp();
    try {
      // Two at a time: these machines have two cores, and five compilers at once only queue.
      const names = Object.keys(PROGRAMS);
      const results = {};
      for (let i = 0; i < names.length; i += 2) {
        const batch = names.slice(i, i + 2);
        const outcomes = await Promise.all(batch.map((name) => compile(app, name)));
        batch.forEach((name, j) => (results[name] = outcomes[j]));
      }
      // Without the typings the tag is unknown to JSX: the consumers pass because of them, not
      // because our tags are `any`.
      const { bare, ...consumers } = results;
      assert.notEqual(bare.status, 0, 'a tag without the typings fails to compile');
      assert.match(bare.output, /Property 'fact-verdict' does not exist on type 'JSX\.IntrinsicElements'/);
      const failures = Object.entries(consumers).filter(([, r]) => r.status !== 0);
      assert.deepEqual(
        failures.map(([name, r]) => `${name}:\n${r.output}`),
        [],
        'every consumer compiles, and every line marked to fail does fail',
      );
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  },
);

test('VS Code custom data lists every tag, attribute and allowed value', { skip: !built && 'dist/ not built' }, () => {
  const data = JSON.parse(readFileSync(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const css = JSON.parse(readFileSync(join(root, 'dist/vscode.css-custom-data.json'), 'utf8'));
  assert.ok(elements.length >= 5);
  for (const element of elements) {
    const tag = data.tags.find((t) => t.name === element.tagName);
    assert.ok(tag, `<${element.tagName}> in the HTML data`);
    for (const attribute of element.attributes ?? []) {
      const entry = tag.attributes.find((a) => a.name === attribute.name);
      assert.ok(entry, `${element.tagName}[${attribute.name}]`);
      assert.deepEqual((entry.values ?? []).map((v) => v.name).sort(), valuesOf(attribute.type).sort(), `${element.tagName}[${attribute.name}] values`);
    }
    for (const property of element.cssProperties ?? [])
      assert.ok(
        css.properties.some((p) => p.name === property.name),
        `${property.name} in the CSS data`,
      );
  }
  // The unions are written out in the manifest, so editors offer the values themselves.
  const verdict = data.tags.find((t) => t.name === 'fact-verdict');
  assert.deepEqual(
    verdict.attributes.find((a) => a.name === 'layout').values.map((v) => v.name),
    ['full', 'compact'],
  );
});

test('JetBrains web-types list every tag, attribute, allowed value and event, with the module to import', { skip: !built && 'dist/ not built' }, () => {
  const types = JSON.parse(readFileSync(join(root, 'dist/web-types.json'), 'utf8'));
  const html = types.contributions.html.elements;
  for (const element of elements) {
    const entry = html.find((e) => e.name === element.tagName);
    assert.ok(entry, `<${element.tagName}> in web-types`);
    assert.ok(existsSync(join(root, 'dist', entry.source.module)), `${entry.source.module} is shipped`);
    for (const attribute of element.attributes ?? []) {
      const found = entry.attributes.find((a) => a.name === attribute.name);
      assert.ok(found, `${element.tagName}[${attribute.name}]`);
      for (const value of valuesOf(attribute.type))
        assert.match(found.value.type, new RegExp(`'${value}'|\\b${value}\\b`), `${element.tagName}[${attribute.name}] allows ${value}`);
    }
    for (const event of element.events ?? [])
      assert.ok(
        entry.js.events.some((e) => e.name === event.name),
        `${element.tagName} ${event.name}`,
      );
  }
});

test('the manifest describes the shipped package', () => {
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ module: m.path, ...e })),
  );
  assert.deepEqual(definitions.map((d) => d.name).sort(), elements.map((e) => e.tagName).sort(), 'a custom-element-definition per tag');
  for (const d of definitions) {
    assert.match(d.module, /^dist\/elements\/[\w-]+\/fact-[\w-]+\.js$/, `<${d.name}> is registered by its fact-*.js module`);
    assert.ok(
      elements.some((e) => e.name === d.declaration.name && manifest.modules.some((m) => m.path === d.declaration.module && m.declarations?.includes(e))),
    );
  }
  for (const module of manifest.modules) assert.match(module.path, /^dist\/.+\.js$/, module.path);
  for (const element of elements) {
    for (const member of element.members ?? []) {
      assert.ok(!/^[#_]/.test(member.name) && member.privacy !== 'private' && member.privacy !== 'protected', `${element.name}.${member.name} is public`);
      assert.ok(!(member.static && member.kind === 'field'), `${element.name}.${member.name}: no static internals`);
    }
    for (const item of [...(element.members ?? []), ...(element.attributes ?? [])]) {
      // A bare alias (`VerdictLayout`) tells a tool nothing; unions of literals are written out.
      assert.doesNotMatch(item.type?.text ?? '', /^(Verdict\w+|HeadingLevel|Rating)( \| undefined)?$/, `${element.name} ${item.name}: ${item.type?.text}`);
    }
    for (const property of element.cssProperties ?? []) assert.ok(property.default, `<${element.tagName}> ${property.name} has a default`);
  }
  const verdict = elements.find((e) => e.tagName === 'fact-verdict');
  assert.equal(verdict.attributes.find((a) => a.name === 'layout').type.text, "'full' | 'compact'");
  assert.equal(verdict.cssProperties.find((p) => p.name === '--fact-max-width').default, '42rem');
});
