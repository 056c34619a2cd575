// Minifies the static text of Lit's css`` literals for the CDN build, without ever moving text
// across a ${…} interpolation: it only drops comments and whitespace, and a block's last `;`,
// where CSS syntax makes them meaningless, and collapses every other whitespace run to one space.
// (The minify-html-literals plugin's CSS minifier rewrote whole rules around placeholders and
// moved values into the wrong declarations; see minifyLiterals() in rollup.config.mjs.)
//
// What an interpolation holds is unknown here (a var() fragment, a number, a whole stylesheet), so
// it is taken to be a whole number of CSS tokens, and whitespace beside it is dropped only next to
// `{ } ; , ( )` or a declaration's colon, where no token on the other side could need it.
// Anything this does not fully understand (a backslash, CSS nesting, unbalanced brackets, an
// unterminated string or comment) leaves that literal exactly as written.

const HOLE = '\u0000'; // stands for an interpolation (a literal holding U+0000 itself is left alone)
const PUNCT = new Set('{}()[];:,>+~!');
const WS = new Set(' \t\n\r\f');
/** At-rules whose block holds rules, not declarations. */
const RULE_BLOCKS = new Set(['media', 'supports', 'container', 'layer', 'scope', 'starting-style', 'document', 'keyframes', '-webkit-keyframes']);
/** At-rules whose parenthesised conditions are `(feature: value)`, where space after the colon is meaningless. */
const CONDITIONS = new Set(['media', 'supports', 'container']);

/**
 * The minified static strings of one css`` literal (its `strings.raw`, as many as it has), or
 * undefined to leave it as written.
 * @param {readonly string[]} strings
 * @returns {string[] | undefined}
 */
export function minifyCssTemplate(strings) {
  // The tag reads the cooked strings; without a backslash they equal the raw text read here.
  if (strings.length === 0 || strings.some((s) => s.includes('\\') || s.includes(HOLE))) return undefined;
  const source = strings.join(HOLE);
  const tokens = tokenize(source);
  if (!tokens) return undefined;
  const merged = mergeWhitespace(tokens);
  if (!annotate(merged)) return undefined;
  const out = merged.map((token, i) => emit(merged, i)).join('');
  // Belt and braces: the same tokens, in the same order, less only the dropped semicolons.
  const again = tokenize(out);
  const kept = merged.filter((t) => significant(t) && t.role !== 'last-semi').map((t) => t.text);
  const retokenized = again?.filter(significant).map((t) => t.text);
  if (!retokenized || !sameList(kept, retokenized)) return undefined;
  const pieces = out.split(HOLE);
  return pieces.length === strings.length ? pieces : undefined;
}

/**
 * @typedef {{ type: 'ws' | 'comment' | 'string' | 'url' | 'hole' | 'punct' | 'word', text: string, role?: string }} Token
 */

/** CSS tokens, as far as this needs them; undefined for an unterminated string, comment or url(. */
function tokenize(source) {
  /** @type {Token[]} */
  const tokens = [];
  const n = source.length;
  let k = 0;
  while (k < n) {
    const c = source[k];
    let end;
    let type;
    if (c === HOLE) {
      [type, end] = ['hole', k + 1];
    } else if (WS.has(c)) {
      end = k;
      while (end < n && WS.has(source[end])) end++;
      type = 'ws';
    } else if (c === '/' && source[k + 1] === '*') {
      const close = source.indexOf('*/', k + 2);
      if (close < 0) return undefined;
      [type, end] = ['comment', close + 2];
    } else if (c === '"' || c === "'") {
      const close = source.indexOf(c, k + 1);
      // A line break ends a CSS string early (a bad string): too odd to touch.
      if (close < 0 || /[\n\r\f]/.test(source.slice(k, close))) return undefined;
      [type, end] = ['string', close + 1];
    } else if (PUNCT.has(c)) {
      [type, end] = ['punct', k + 1];
    } else {
      end = k;
      while (end < n && !isBreak(source, end)) end++;
      type = 'word';
      // An unquoted url(…) is one token, whatever it holds.
      if (/^url$/i.test(source.slice(k, end)) && source[end] === '(' && !/^\(\s*['"]/.test(source.slice(end))) {
        const close = source.indexOf(')', end);
        if (close < 0) return undefined;
        [type, end] = ['url', close + 1];
      }
    }
    tokens.push({ type, text: source.slice(k, end) });
    k = end;
  }
  return tokens;
}

function isBreak(source, i) {
  const c = source[i];
  return c === HOLE || WS.has(c) || PUNCT.has(c) || c === '"' || c === "'" || (c === '/' && source[i + 1] === '*');
}

const significant = (t) => t.type !== 'ws' && t.type !== 'comment';
const isPunct = (t, chars) => t?.type === 'punct' && chars.includes(t.text);
/** Punctuation that no whitespace beside it can change, in any context. */
const isHard = (t) => isPunct(t, '{};,');

/**
 * Comments go, as whitespace, when whitespace or hard punctuation is beside them (a comment between
 * two tokens that touch it, `a/**\/b`, separates them as whitespace would not, so it stays; so does
 * one holding an interpolation). Then each run of whitespace becomes one token.
 */
function mergeWhitespace(tokens) {
  const soft = (t) => !t || t.type === 'ws' || isHard(t);
  const out = [];
  tokens.forEach((t, i) => {
    const blank = t.type === 'ws' || (t.type === 'comment' && !t.text.includes(HOLE) && (soft(tokens[i - 1]) || soft(tokens[i + 1])));
    if (blank && out.at(-1)?.type === 'ws') return;
    out.push(blank ? { type: 'ws', text: ' ' } : t);
  });
  return out;
}

/**
 * Marks the tokens whose neighbouring whitespace depends on where they are: a declaration's colon,
 * a selector combinator, a colon in a media/supports/container condition, `!important`, a block's
 * last semicolon. False when the structure is beyond this (nesting, unbalanced brackets, a block
 * whose kind is unknown).
 */
function annotate(tokens) {
  const frames = [{ kind: 'rules', prelude: [], depth: 0 }];
  const previousSignificant = (i) => {
    for (let j = i - 1; j >= 0; j--) if (significant(tokens[j])) return j;
    return -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!significant(t)) continue;
    const frame = frames.at(-1);
    const ch = t.type === 'punct' ? t.text : '';
    const opens = ch === '(' || ch === '[';
    const closes = ch === ')' || ch === ']';
    if (closes && frame.depth === 0) return false;
    if (frame.kind === 'rules') {
      if (frame.depth === 0 && ch === '{') {
        const kind = markPrelude(tokens, frame.prelude);
        if (!kind) return false;
        frames.push(RULE_BLOCKS.has(kind) ? { kind: 'rules', prelude: [], depth: 0 } : { kind: 'decls', decl: [], colon: false, depth: 0 });
        frame.prelude = [];
      } else if (frame.depth === 0 && ch === '}') {
        if (frames.length === 1) return false;
        frames.pop();
      } else if (frame.depth === 0 && ch === ';') {
        frame.prelude = []; // a statement at-rule (@import …;): nothing in it is touched
      } else {
        frame.prelude.push({ index: i, depth: frame.depth });
        frame.depth += opens ? 1 : closes ? -1 : 0;
      }
      continue;
    }
    // A declaration block. A brace in it is a nested rule or a block inside a value: not handled.
    if (ch === '{' || (ch === '}' && frame.depth > 0)) return false;
    frame.depth += opens ? 1 : closes ? -1 : 0;
    if (frame.depth === 0 && (ch === ';' || ch === '}')) {
      if (ch === '}') {
        const last = previousSignificant(i);
        // `a: b;}` needs no `;`, unless an interpolation ends the declaration.
        if (isPunct(tokens[last], ';') && tokens[previousSignificant(last)]?.type !== 'hole') tokens[last].role = 'last-semi';
        frames.pop();
      }
      Object.assign(frame, { decl: [], colon: false });
      continue;
    }
    if (frame.depth === 0 && ch === ':' && !frame.colon) {
      frame.colon = true;
      // Only after a plain property name (an interpolated name could be anything).
      if (frame.decl.length === 1 && tokens[frame.decl[0]].type === 'word') t.role = 'decl-colon';
    } else if (frame.depth === 0 && ch === '!' && frame.colon && tokens[previousSignificant(i)]?.type !== 'hole') {
      t.role = 'bang';
    }
    frame.decl.push(i);
  }
  return frames.length === 1;
}

/**
 * Marks a rule's prelude, just closed by `{`, and says what it was: 'selector', an at-rule's name,
 * or undefined when it starts with an interpolation (its block could hold rules or declarations).
 */
function markPrelude(tokens, prelude) {
  const first = tokens[prelude[0]?.index];
  if (!first || first.type === 'hole') return undefined;
  if (first.type === 'word' && first.text.startsWith('@')) {
    const name = first.text.slice(1).toLowerCase();
    if (CONDITIONS.has(name)) {
      for (const { index, depth } of prelude) if (depth > 0 && isPunct(tokens[index], ':')) tokens[index].role = 'at-colon';
    }
    return name;
  }
  // Combinators, outside brackets (`:nth-child(2n + 1)`, `[a~=b]`), between two known tokens.
  prelude.forEach(({ index, depth }, p) => {
    if (depth > 0 || !isPunct(tokens[index], '>+~')) return;
    const before = tokens[prelude[p - 1]?.index];
    const after = tokens[prelude[p + 1]?.index];
    if (!before || !after || before.type === 'hole' || after.type === 'hole') return;
    // `+ 1`, `+ .5` would start a number once joined; not a selector, but leave it as it is.
    if (tokens[index].text === '+' && /^\.?\d/.test(after.text)) return;
    tokens[index].role = 'combinator';
  });
  return 'selector';
}

/** The text a token becomes. */
function emit(tokens, i) {
  const t = tokens[i];
  if (t.role === 'last-semi') return '';
  if (t.type !== 'ws') return t.text;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // At the literal's edges the outside is unknown (it may be interpolated into another literal).
  if (!before || !after) return isHard(before ?? after) ? '' : ' ';
  if (isHard(before) || isHard(after)) return '';
  if (isPunct(before, '(') || isPunct(after, ')')) return '';
  if (before.role === 'decl-colon' || after.role === 'decl-colon') return '';
  if (before.role === 'at-colon' || after.role === 'at-colon') return '';
  if (before.role === 'combinator' || after.role === 'combinator') return '';
  if (after.role === 'bang') return '';
  return ' ';
}

function sameList(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// ---------------------------------------------------------------------------------------------
// The rollup plugin: finds css`` literals whose tag is lit's `css` and rewrites their static text.
// ---------------------------------------------------------------------------------------------

const LIT_MODULES = new Set(['lit', 'lit-element', 'lit-element/lit-element.js', '@lit/reactive-element', '@lit/reactive-element/css-tag.js']);

/**
 * A rollup plugin that minifies the css`` literals of the project's own modules (not
 * node_modules), with a source map of the change.
 * @returns {import('rollup').Plugin}
 */
export function minifyCssLiterals() {
  return {
    name: 'fact-verdict-minify-css-literals',
    transform(code, id) {
      if (!/\.[cm]?js$/.test(id) || /[\\/]node_modules[\\/]/.test(id) || !/\bcss\s*`/.test(code)) return null;
      const edits = cssLiteralEdits(code, this.parse(code));
      return edits.length === 0 ? null : applyEdits(code, id, edits);
    },
  };
}

/**
 * The replacements ({ start, end, text }) that minify every lit css`` literal in a module.
 * @param {string} code
 * @param {import('estree').Program} program
 */
export function cssLiteralEdits(code, program) {
  const tags = new Set();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.has(node.source.value)) continue;
    for (const s of node.specifiers) if (s.type === 'ImportSpecifier' && (s.imported.name ?? s.imported.value) === 'css') tags.add(s.local.name);
  }
  const edits = [];
  if (tags.size === 0) return edits;
  visit(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) return;
    const quasis = node.quasi.quasis;
    const raws = quasis.map((q) => q.value.raw);
    // Positions must cover exactly the raw text, or nothing is touched.
    if (quasis.some((q, i) => code.slice(q.start, q.end) !== raws[i])) return;
    const minified = minifyCssTemplate(raws);
    if (!minified) return;
    quasis.forEach((q, i) => {
      if (minified[i] !== raws[i]) edits.push({ start: q.start, end: q.end, text: minified[i] });
    });
  });
  return edits.sort((a, b) => a.start - b.start);
}

function visit(node, fn) {
  fn(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') visit(child, fn);
    } else if (value && typeof value === 'object' && typeof value.type === 'string') {
      visit(value, fn);
    }
  }
}

/**
 * The edited code and its source map: a segment at each line start, each word and each edge of an
 * edit (the precision of magic-string's `hires: 'boundary'`).
 */
export function applyEdits(code, id, edits) {
  let out = '';
  const lines = [[]]; // per output line: [outColumn, srcLine, srcColumn]
  let outColumn = 0;
  let srcLine = 0;
  let srcColumn = 0;
  let at = 0;
  const mark = () => lines.at(-1).push([outColumn, srcLine, srcColumn]);
  /** Appends `text`, mapped to the source from the current position (or all to it, when `fixed`). */
  const append = (text, fixed) => {
    mark();
    let previous = '';
    for (const c of text) {
      // A segment at the start of each word too, so a name keeps its column.
      if (!fixed && /[\w$]/.test(c) && !/[\w$]/.test(previous)) mark();
      previous = c;
      out += c;
      if (c === '\n') {
        lines.push([]);
        outColumn = 0;
        if (!fixed) [srcLine, srcColumn] = [srcLine + 1, 0];
        mark();
      } else {
        outColumn += c.length;
        if (!fixed) srcColumn += c.length;
      }
    }
  };
  /** Moves the source position over `text` without output. */
  const skip = (text) => {
    for (const c of text) [srcLine, srcColumn] = c === '\n' ? [srcLine + 1, 0] : [srcLine, srcColumn + c.length];
  };
  for (const { start, end, text } of edits) {
    append(code.slice(at, start), false);
    const [line, column] = [srcLine, srcColumn];
    append(text, true);
    [srcLine, srcColumn] = [line, column];
    skip(code.slice(start, end));
    at = end;
  }
  append(code.slice(at), false);
  return { code: out, map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings: encodeMappings(lines) } };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value) {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    s += BASE64[digit];
  } while (v > 0);
  return s;
}

function encodeMappings(lines) {
  let [line, column] = [0, 0];
  return lines
    .map((segments) => {
      // Of several marks at one column, the last (where the text there really comes from) wins.
      const kept = segments.filter((segment, i) => segments[i + 1]?.[0] !== segment[0]);
      let previousOut = 0;
      return kept
        .map(([outColumn, srcLine, srcColumn]) => {
          const encoded = vlq(outColumn - previousOut) + vlq(0) + vlq(srcLine - line) + vlq(srcColumn - column);
          [previousOut, line, column] = [outColumn, srcLine, srcColumn];
          return encoded;
        })
        .join(',');
    })
    .join(';');
}
