// The CSS half of the browser-support statement (README, "Browser support"): every property, value
// keyword, function, unit, at-rule, media feature and selector the elements' stylesheets use is
// supported, unprefixed and unflagged, by the oldest version of each engine that package.json's
// "browserslist" names, according to MDN's browser-compat-data (the copy eslint-plugin-compat
// reads, which checks the JavaScript half in `npm run lint`). A feature that fails here either
// raises the stated minimum or goes on EXCEPTIONS below with the reason it is safe without support.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
// postcss arrives through vite and vue's compiler (both dev dependencies); the browserslist and the
// compat data are the ones eslint-plugin-compat itself resolves, so both halves read the same data.
import postcss from 'postcss';

const requireFromCompat = createRequire(createRequire(import.meta.url).resolve('eslint-plugin-compat'));
const bcd = requireFromCompat('@mdn/browser-compat-data');
const browserslist = requireFromCompat('browserslist');

/** Features used on purpose where an engine lacks them, each with why that is safe (a key covers its values too). */
export const EXCEPTIONS = {
  'css.properties.forced-color-adjust': {
    engines: ['safari', 'safari_ios'],
    why: 'only has an effect in forced-colours mode, which Safari never enters (macOS and iOS have no such mode); the declaration is ignored there',
  },
  'css.selectors.marker': {
    engines: ['safari', 'safari_ios'],
    why: "Safari styles only a list marker's colour and size: the sources' numbers show, in the muted colour, just not bold or in tabular figures",
  },
  'css.properties.cursor.pointer': {
    engines: ['safari_ios'],
    why: 'a touch screen shows no cursor; the hand over the evidence toggle is for a mouse, and the toggle works the same without it',
  },
};
const exceptionFor = (path) => Object.entries(EXCEPTIONS).find(([key]) => path === key || path.startsWith(`${key}.`))?.[1];

// browserslist's names for the engines we state, and BCD's.
const ENGINES = { chrome: 'chrome', firefox: 'firefox', safari: 'safari', ios_saf: 'safari_ios' };

/** The oldest version of each engine the browserslist admits, as BCD names them. */
function minimums() {
  const floor = {};
  for (const entry of browserslist(undefined, { path: process.cwd() })) {
    const [name, range] = entry.split(' ');
    const engine = ENGINES[name];
    if (!engine) continue;
    const version = Number.parseFloat(range.split('-')[0]);
    floor[engine] = Math.min(floor[engine] ?? Infinity, version);
  }
  return floor;
}

const cmp = (a, b) => {
  const [x, y] = [String(a).split('.').map(Number), String(b).split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/**
 * Whether BCD says `support` covers `version` without a flag or a partial implementation, and
 * without a prefix unless it is the one the stylesheet wrote (`-webkit-box-orient`).
 */
function supported(support, version, prefix = undefined) {
  return [support ?? []].flat().some((s) => {
    if (s.prefix !== prefix || s.alternative_name || s.flags || s.partial_implementation || s.version_removed) return false;
    const added = String(s.version_added ?? 'false').replace('≤', '');
    return added !== 'false' && added !== 'preview' && (added === 'true' || cmp(added, version) <= 0);
  });
}

const at = (path) => path.split('.').reduce((node, key) => node?.[key], bcd);

// Functions and units live at different depths of css.types; index them by name once.
const byName = new Map();
for (const [key, value] of Object.entries(bcd.css.types)) {
  if (value.__compat) byName.set(key, `css.types.${key}`);
  for (const [sub, subValue] of Object.entries(value)) {
    if (sub !== '__compat' && subValue.__compat && !byName.has(sub)) byName.set(sub, `css.types.${key}.${sub}`);
  }
}
byName.set('var', 'css.properties.custom-property.var');
const UNITS = new Map(Object.keys(bcd.css.types.length).map((key) => [key, `css.types.length.${key}`]));

/** The CSS in every css`` literal of the published element code, interpolations left out. */
function stylesheets() {
  const files = readdirSync('src', { recursive: true })
    .map((file) => join('src', file))
    .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$|test-support/.test(file));
  const sheets = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (let start = text.indexOf('css`'); start !== -1; start = text.indexOf('css`', start + 1)) {
      let css = '';
      let i = start + 4;
      while (i < text.length && text[i] !== '`') {
        if (text[i] === '$' && text[i + 1] === '{') {
          // ${…} is another css`` literal (checked where it is written) or a token: a placeholder keeps the syntax whole.
          let depth = 1;
          for (i += 2; depth > 0 && i < text.length; i += 1) {
            if (text[i] === '{') depth += 1;
            else if (text[i] === '}') depth -= 1;
          }
          css += 'inherit';
          continue;
        }
        css += text[i];
        i += 1;
      }
      sheets.push({ file, css });
    }
  }
  return sheets;
}

/** Parses a stylesheet, a declaration list or a lone value (tokens.ts holds values). */
function parse(css) {
  for (const wrap of [(t) => t, (t) => `:host{${t}}`, (t) => `:host{--value:${t}}`]) {
    try {
      return postcss.parse(wrap(css));
    } catch {
      // try the next shape
    }
  }
  throw new Error(`unparseable CSS: ${css.slice(0, 80)}`);
}

/** Every BCD feature path the sheets use, with where each is first used. */
function featuresUsed() {
  const used = new Map();
  const use = (path, where, prefix = undefined) => {
    if (path && at(path)?.__compat && !used.has(path)) used.set(path, { where, prefix });
  };
  for (const { file, css } of stylesheets()) {
    parse(css).walk((node) => {
      // What an @supports block holds applies only where its condition holds: that is the
      // stylesheet's own feature test (anchor positioning for the badge's popover), so its
      // contents are not held to the floor; the @supports rule itself is.
      for (let parent = node.parent; parent; parent = parent.parent) if (parent.type === 'atrule' && parent.name === 'supports') return;
      if (node.type === 'decl') {
        const prop = node.prop.toLowerCase();
        const where = `${file}: ${prop}: ${node.value}`;
        if (!prop.startsWith('--')) {
          // A prefixed property BCD files under its standard name (-webkit-box-orient under
          // box-orient) is checked there, for support with that prefix.
          const [, prefix, bare] = /^(-[a-z]+-)(.+)$/.exec(prop) ?? [];
          const viaStandard = !at(`css.properties.${prop}`) && prefix && at(`css.properties.${bare}`);
          const name = viaStandard ? bare : prop;
          assert.ok(at(`css.properties.${name}`), `${where}: no such property in browser-compat-data`);
          use(`css.properties.${name}`, where, viaStandard ? prefix : undefined);
          for (const word of node.value.toLowerCase().match(/[a-z-]+/g) ?? []) use(`css.properties.${name}.${word}`, where);
        }
        for (const [, name] of node.value.toLowerCase().matchAll(/([a-z-]+)\(/g)) use(byName.get(name), where);
        for (const [, unit] of node.value.toLowerCase().matchAll(/\d(?:\.\d+)?([a-z]+)\b/g)) use(UNITS.get(unit), where);
      } else if (node.type === 'atrule') {
        const name = node.name.toLowerCase();
        const where = `${file}: @${name} ${node.params}`;
        use(`css.at-rules.${name}`, where);
        for (const [, feature] of node.params.toLowerCase().matchAll(/\(\s*(?:min-|max-)?([a-z-]+)\s*[:)]/g)) use(`css.at-rules.${name}.${feature}`, where);
      } else if (node.type === 'rule') {
        const where = `${file}: ${node.selector}`;
        if (node.parent?.type === 'rule') use('css.selectors.nesting', where);
        for (const [, colons, name, call] of node.selector.toLowerCase().matchAll(/(::?)([a-z-]+)(\()?/g)) {
          // BCD keeps :host() apart from :host, as `hostfunction`.
          use(`css.selectors.${name}${call && colons === ':' && at(`css.selectors.${name}function`) ? 'function' : ''}`, where);
        }
      }
    });
  }
  return used;
}

test('the stated browsers support every CSS feature the elements use', () => {
  const floor = minimums();
  assert.deepEqual(Object.keys(floor).sort(), Object.values(ENGINES).sort(), 'package.json "browserslist" names Chrome, Firefox, Safari and iOS Safari');
  const used = featuresUsed();
  assert.ok(used.size > 40, `expected the stylesheets' features, found ${used.size}`);
  for (const path of ['css.types.color.light-dark', 'css.at-rules.container', 'css.selectors.hostfunction']) {
    assert.ok(used.has(path), `the scan finds ${path}, which the styles use`);
  }
  const gaps = [];
  for (const [path, { where, prefix }] of used) {
    const support = at(path).__compat.support;
    for (const [engine, version] of Object.entries(floor)) {
      if (exceptionFor(path)?.engines.includes(engine)) continue;
      if (!supported(support[engine], version, prefix)) gaps.push(`${path}${prefix ? ` (as ${prefix})` : ''} is not in ${engine} ${version} (${where})`);
    }
  }
  assert.deepEqual(gaps, [], 'raise the browserslist minimum (and README\'s "Browser support") or add an exception with its reason');
});

test('every exception is still needed', () => {
  const floor = minimums();
  const used = featuresUsed();
  for (const [path, { engines }] of Object.entries(EXCEPTIONS)) {
    assert.ok(used.has(path), `${path} is no longer used: drop its exception`);
    for (const engine of engines) {
      assert.equal(
        supported(at(path).__compat.support[engine], floor[engine]),
        false,
        `${engine} ${floor[engine]} supports ${path} now: drop it from the exception`,
      );
    }
  }
});

test('the check finds a feature the floor lacks (it can fail)', () => {
  // light-dark() came in Chrome 123, Firefox 120 and Safari 17.5: our floor. One version lower fails.
  const path = 'css.types.color.light-dark';
  assert.equal(supported(at(path).__compat.support.chrome, '123'), true);
  assert.equal(supported(at(path).__compat.support.chrome, '122'), false);
  assert.equal(supported(at(path).__compat.support.safari, '17.4'), false);
  assert.equal(supported(at('css.properties.line-clamp').__compat.support.firefox, '150'), false, 'a prefixed-only feature does not count');
});
