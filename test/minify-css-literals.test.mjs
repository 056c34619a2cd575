// The CDN build's css`` minifier (scripts/minify-css-literals.mjs): what it drops, what it must
// keep (descendant combinators, calc() operators, `and (`, strings, anything beside an
// interpolation that could need it), the literals it leaves as written, and the rollup plugin with
// its source map. test/browser/cdn-parity.test.ts checks the real bundle's rendering on top.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceMap } from 'node:module';
import { rollup } from 'rollup';
import fc from 'fast-check';
import { minifyCssTemplate, minifyCssLiterals } from '../scripts/minify-css-literals.mjs';

/** Minifies a literal written with `$` for each interpolation; the result joined the same way. */
const min = (text) => minifyCssTemplate(text.split('$'))?.join('$');

test('drops comments, and whitespace beside braces, semicolons, colons and commas', () => {
  const sheet = `
  /* the host */
  :host {
    display : block;
    margin: 0 ;
  }
  .a,
  .b {
    color: red; /* why */
    font: inherit
  }
`;
  assert.equal(min(sheet), ' :host{display:block;margin:0}.a,.b{color:red;font:inherit}');
});

test('keeps descendant combinators, and the space before a pseudo-class in a selector', () => {
  assert.equal(min('.attribution p { margin: 0 }'), '.attribution p{margin:0}');
  assert.equal(min(":host([rating='true']) .badge { --_tone: red }"), ":host([rating='true']) .badge{--_tone:red}");
  assert.equal(min('a :hover { color: red }'), 'a :hover{color:red}');
  assert.equal(min('.meta > * + *::before { content: "" }'), '.meta>*+*::before{content:""}');
  assert.equal(min('a ~ b, c > d { x: y }'), 'a~b,c>d{x:y}');
  // Inside brackets a combinator-like character is something else: left alone.
  assert.equal(min('li:nth-child(2n + 1) { x: y }'), 'li:nth-child(2n + 1){x:y}');
  assert.equal(min('[a ~= b] { x: y }'), '[a ~= b]{x:y}');
});

test('keeps the spaces values need: calc() operators, juxtaposed values, var() fallbacks', () => {
  assert.equal(min('a { x: calc(var(--m) / -2 - 1px); y: calc(1px + 2px) }'), 'a{x:calc(var(--m) / -2 - 1px);y:calc(1px + 2px)}');
  assert.equal(min('a { border: 1px  solid\n   red; }'), 'a{border:1px solid red}');
  assert.equal(min('a { font-family: var(--f, Georgia , serif), sans-serif }'), 'a{font-family:var(--f,Georgia,serif),sans-serif}');
  assert.equal(min('a { x: var( --y , a b ) }'), 'a{x:var(--y,a b)}');
  assert.equal(min('a { display: none !important; }'), 'a{display:none!important}');
  assert.equal(min('a { display: none ! important }'), 'a{display:none! important}');
});

test('keeps the space before a parenthesis, where it tells a function from a word', () => {
  assert.equal(min('@media (forced-colors: active) and (min-width: 30em) { a { x: y } }'), '@media (forced-colors:active) and (min-width:30em){a{x:y}}');
  assert.equal(min('@container (min-width: 36rem) { a { x: y } }'), '@container (min-width:36rem){a{x:y}}');
  assert.equal(min('a { x: y (z) }'), 'a{x:y (z)}');
  // A colon in another at-rule's prelude is not known to be a condition's: left alone.
  assert.equal(min('@page :first { margin: 1in }'), '@page :first{margin:1in}');
  assert.equal(min('@keyframes pulse { 50% { opacity: 0.5; } }'), '@keyframes pulse{50%{opacity:0.5}}');
});

test('never touches the inside of strings or unquoted urls', () => {
  assert.equal(min(`a::before { content: '·' / ''; }`), `a::before{content:'·' / ''}`);
  assert.equal(min('a { content: " ;  { /* no */ }  , " }'), 'a{content:" ;  { /* no */ }  , "}');
  assert.equal(min('a { background: url(data:image/png;base64,AAAA) }'), 'a{background:url(data:image/png;base64,AAAA)}');
  assert.equal(min("a { background: url( 'x y.png' ) }"), "a{background:url('x y.png')}");
});

test('beside an interpolation, keeps every space that any value of it could need', () => {
  assert.equal(min('a { border: 1px solid $; }'), 'a{border:1px solid $;}');
  assert.equal(min('a { margin: calc($ * 0.75); padding: $ $ }'), 'a{margin:calc($ * 0.75);padding:$ $}');
  assert.equal(min('a { color: $ ; }'), 'a{color:$;}', 'the last ; after an interpolation stays');
  assert.equal(min('a { x: $ !important }'), 'a{x:$ !important}');
  assert.equal(min('$ > b { x: y }'), undefined, 'a prelude that starts with an interpolation: its block is unknown');
  assert.equal(min('a $ > b { x: y }'), 'a $ > b{x:y}', 'a combinator beside an interpolation keeps its spaces');
  assert.equal(min('a { $ }'), 'a{$}');
  assert.equal(min('a { $: 1px }'), 'a{$: 1px}', 'an interpolated property name: the colon is not known to be a declaration’s');
  // Strings and comments that hold an interpolation are kept whole.
  assert.equal(min("a { content: ' $ ' }"), "a{content:' $ '}");
  assert.equal(min('a { /* $ */ x: y }'), 'a{/* $ */ x:y}');
});

test('leaves the whitespace at a literal’s edges to one space, unless a brace or semicolon is beside it', () => {
  // A literal can be interpolated into another one, where its edges touch unknown text.
  assert.equal(min('  var(--x,  1rem)  '), ' var(--x,1rem) ');
  assert.equal(min('  $ + $  '), ' $ + $ ', 'a fragment is no selector: its + keeps its spaces');
  assert.equal(min('a { x: y }\n'), 'a{x:y}');
  assert.equal(min('\n  '), ' ');
  assert.equal(min(''), '');
});

test('keeps a comment that separates two tokens touching it', () => {
  assert.equal(min('a { x: a/**/b }'), 'a{x:a/**/b}');
  assert.equal(min('a { x: a /**/b }'), 'a{x:a b}');
});

test('leaves a literal as written when it is beyond what the minifier understands', () => {
  for (const text of [
    'a { content: "\\2014" }', // a backslash: cooked and raw text differ
    '.a { .b { x: y } }', // CSS nesting
    '.a { .b { x: y }', // nesting, left open
    'a { x: y }}', // unbalanced
    'a { x: y',
    'a { x: (y }',
    'a { x: y) }',
    'a { /* open',
    'a { content: "open }',
    'a { content: "line\nbreak" }',
    'a { background: url(open }',
    'a { x: { y } }',
  ]) {
    assert.equal(min(text), undefined, text);
  }
});

// ---------------------------------------------------------------------------------------------
// Properties over generated style sheets: whatever the input, the minifier never throws, never
// changes anything but whitespace, comments and a block's last semicolon, never adds whitespace,
// keeps a space between any two tokens where no punctuation could make it meaningless, and is
// idempotent.
// ---------------------------------------------------------------------------------------------

const pick = (...values) => fc.constantFrom(...values);
const ws = fc.array(pick(' ', '  ', '\n', '\n    ', '\t', ' /* c */ '), { maxLength: 2 }).map((parts) => parts.join(''));
const gap = fc.array(pick(' ', '\n  ', ' /* note */ '), { minLength: 1, maxLength: 2 }).map((parts) => parts.join(''));
const ident = pick('a', 'p', '.card', '#id', '*', ':host', ':host([x])', '.a:hover', 'li::before');
const selector = fc
  .array(
    fc.tuple(
      ident,
      fc.oneof(
        gap,
        fc.tuple(ws, pick('>', '~'), ws).map((t) => t.join('')),
      ),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => parts.map(([i, c], k) => (k < parts.length - 1 ? i + c : i)).join(''));
const word = pick('0', '1px', 'red', 'solid', 'auto', '$', '-2', '50%', 'inherit');
const value = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 3 }).chain((words) => gap.map((g) => words.join(g))),
  fc.tuple(word, gap, pick('+', '-', '*', '/'), gap, word).map(([a, g1, op, g2, b]) => `calc(${a}${g1}${op}${g2}${b})`),
  fc.tuple(ws, word, ws, ws, word).map(([w1, a, w2, w3, b]) => `var(--x${w1},${w2}${a} ${b}${w3})`),
);
const declaration = fc
  .tuple(pick('color', '--_tone', 'margin'), ws, ws, value, fc.boolean())
  .map(([n, w1, w2, v, imp]) => `${n}${w1}:${w2}${v}${imp ? ' !important' : ''}`);
const rule = fc
  .tuple(selector, ws, fc.array(fc.tuple(declaration, ws), { maxLength: 3 }), fc.boolean())
  .map(([s, w, decls, last]) => `${s}${w}{${decls.map(([d, w2], i) => `${w2}${d}${i < decls.length - 1 || last ? ';' : ''}`).join('')}${w}}`);
const sheet = fc.tuple(ws, fc.array(fc.tuple(rule, ws), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([lead, rules, media]) => {
  const body = rules.map(([r, w]) => r + w).join('');
  return lead + (media ? `@media (min-width: 30em) and (hover: hover) { ${body} }` : body);
});

/** Non-whitespace characters, and for each pair of neighbours whether whitespace parted them. */
function shape(text) {
  const chars = [];
  const parted = [];
  for (const piece of text.replace(/\/\*.*?\*\//gs, ' ').split(/(\s+)/)) {
    if (/^\s+$/.test(piece)) parted[chars.length] = true;
    else for (const c of piece) chars.push(c);
  }
  return { chars, parted };
}

// Whitespace may go after these (a declaration's colon, a selector's combinator, a bracket's opening)…
const DROPPABLE_AFTER = new Set('{};:,(>~');
// …and before these (`!important`, a closing bracket).
const DROPPABLE_BEFORE = new Set('{};:,)!>~');

test('generated sheets: only whitespace, comments and last semicolons change, and needed spaces stay', () => {
  fc.assert(
    fc.property(sheet, (text) => {
      const out = min(text);
      assert.notEqual(out, undefined, 'a generated sheet is always understood');
      assert.equal(min(out), out, 'idempotent');
      const before = shape(text);
      const after = shape(out);
      // The same characters, in order, but for dropped semicolons (each right before a `}`).
      let j = 0;
      for (let i = 0; i < before.chars.length; i++) {
        if (after.chars[j] === before.chars[i]) {
          const wasParted = before.parted[i] === true;
          const isParted = after.parted[j] === true;
          if (isParted) assert.ok(wasParted, `whitespace added before ${i} in ${JSON.stringify(text)}`);
          const [l, r] = [before.chars[i - 1], before.chars[i]];
          if (i > 0 && wasParted && !DROPPABLE_AFTER.has(l) && !DROPPABLE_BEFORE.has(r)) {
            assert.ok(isParted, `space between ${l} and ${r} dropped in ${JSON.stringify(text)} -> ${JSON.stringify(out)}`);
          }
          j++;
        } else {
          assert.equal(before.chars[i], ';', `only a semicolon may go, not ${before.chars[i]}`);
          assert.ok(before.chars.slice(i + 1).find((c) => c !== ';') === '}', 'a dropped semicolon ends its block');
        }
      }
      assert.equal(j, after.chars.length, 'nothing added');
    }),
    { numRuns: 500, seed: 20261201 },
  );
});

test('arbitrary text: never throws, and gives back as many strings or nothing', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: fc.constantFrom(...'ab {}();:,>+~!/*\'"\\\n$url@-'.split('')) }), { minLength: 1, maxLength: 4 }), (strings) => {
      const out = minifyCssTemplate(strings);
      if (out !== undefined) {
        assert.equal(out.length, strings.length);
        assert.deepEqual(minifyCssTemplate(out), out);
      }
    }),
    { numRuns: 2000, seed: 20261201 },
  );
});

// ---------------------------------------------------------------------------------------------
// The rollup plugin.
// ---------------------------------------------------------------------------------------------

/** Bundles virtual modules (name → code) from `main.js` with the plugin; the output chunk. */
async function bundle(modules) {
  const virtual = {
    name: 'virtual',
    resolveId: (id) => (id.replace(/^\.\//, '') in modules ? `/virtual/${id.replace(/^\.\//, '')}` : { id, external: true }),
    load: (id) => modules[id.replace('/virtual/', '')],
  };
  const build = await rollup({ input: 'main.js', plugins: [virtual, minifyCssLiterals()], onwarn: (w) => assert.fail(w.message) });
  const { output } = await build.generate({ format: 'es', sourcemap: true });
  await build.close();
  return output[0];
}

test('the plugin minifies lit css`` literals only, and maps the code after them to its source', async () => {
  const main = [
    "import { css as litCss } from 'lit';",
    'const css = (s) => s.raw.join("");',
    'export const styles = litCss`',
    '  .a {',
    '    color: ${1};',
    '  }',
    '`;',
    'export const other = css` .b { color: red; } `;',
    'export function marker() { return 42; }',
  ].join('\n');
  const chunk = await bundle({ 'main.js': main });
  assert.match(chunk.code, /` \.a\{color:\$\{1\};\}`/);
  assert.match(chunk.code, /css` \.b \{ color: red; \} `/, 'a tag that is not lit’s is left alone');
  const generated = chunk.code.split('\n');
  const line = generated.findIndex((l) => l.includes('function marker'));
  const entry = new SourceMap(chunk.map).findEntry(line, generated[line].indexOf('function marker'));
  assert.equal(
    entry.originalLine,
    main.split('\n').findIndex((l) => l.includes('function marker')),
  );
  assert.equal(entry.originalColumn, 7, 'the column after `export `');
});

test('the plugin leaves node_modules and non-JavaScript modules alone', async () => {
  const plugin = minifyCssLiterals();
  const code = "import { css } from 'lit';\nexport default css` a { x: y } `;";
  const context = { parse: () => assert.fail('should not parse') };
  assert.equal(plugin.transform.call(context, code, '/x/node_modules/lit/a.js'), null);
  assert.equal(plugin.transform.call(context, code, '/x/a.css'), null);
});
