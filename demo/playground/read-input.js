// What the playground does with the text pasted into it, before the library sees it: no DOM, no
// imports, so Node tests read it as the browser does (test/playground.test.mjs). The pasted text is
// only ever given to JSON.parse; HTML is never parsed as HTML, only searched for its JSON script
// blocks, whose text is raw (the HTML parser decodes no entities inside a <script>).

/** The most the playground reads: what an embed reads from `src` (README: `too-large`). */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * The deepest nesting the playground reads. A fact-check is a few levels deep and ClaimReview is
 * read to 32 (`MAX_INPUT_DEPTH`); deeper is a mistake or an attack, and writing it back as JSON
 * (the snippet) would overflow the stack, so it is refused with a message instead.
 */
export const MAX_DEPTH = 64;

// A JSON script block: `<script ... type="application/ld+json" ...>…</script>`. The HTML parser ends
// a script at the first `</script` followed by a space, `/` or `>`, whatever the case: so does this.
const SCRIPT_BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;
const JSON_TYPE = /\btype\s*=\s*(["']?)\s*application\/(ld\+)?json\s*\1(?=[\s/>]|$)/i;

/**
 * Reads pasted text into one of:
 * - `{ kind: 'empty' }`: nothing but white space;
 * - `{ kind: 'too-large', bytes }`: over {@link MAX_INPUT_BYTES} in UTF-8, not parsed;
 * - `{ kind: 'no-scripts' }`: HTML (it starts with `<`) without a JSON script block;
 * - `{ kind: 'not-json', message, line?, column?, hint?, block? }`: JSON.parse refused it (or the
 *   `block`-th script block of the HTML), where (1-based, in the pasted text) and, for the common
 *   slips, how to fix it;
 * - `{ kind: 'too-deep' }`: nested deeper than {@link MAX_DEPTH};
 * - `{ kind: 'json', value, from, blocks }`: parsed; `from` is `json` or `html`, and HTML with
 *   several blocks gives their values as one array, as a search engine reads a page's JSON-LD.
 * Never throws.
 */
export function readInput(text) {
  const input = String(text ?? '').replace(/^\uFEFF/, '');
  if (input.trim() === '') return { kind: 'empty' };
  // Counting UTF-8 bytes of a 30 MB paste is slow; its length alone proves it too large.
  const bytes = input.length > MAX_INPUT_BYTES ? input.length : new TextEncoder().encode(input).length;
  if (bytes > MAX_INPUT_BYTES) return { kind: 'too-large', bytes };
  if (input.trimStart().startsWith('<')) return readHtml(input);
  const parsed = parse(input, 0);
  if (parsed.kind !== 'json') return parsed;
  return deeperThan(parsed.value, MAX_DEPTH) ? { kind: 'too-deep' } : { kind: 'json', value: parsed.value, from: 'json', blocks: 1 };
}

function readHtml(input) {
  const values = [];
  let block = 0;
  for (const match of input.matchAll(SCRIPT_BLOCK)) {
    if (!JSON_TYPE.test(match[1])) continue;
    block += 1;
    const start = match.index + match[0].indexOf('>') + 1;
    const parsed = parse(match[2], start, input);
    if (parsed.kind !== 'json') return { ...parsed, block };
    values.push(parsed.value);
  }
  if (values.length === 0) return { kind: 'no-scripts' };
  const value = values.length === 1 ? values[0] : values;
  return deeperThan(value, MAX_DEPTH) ? { kind: 'too-deep' } : { kind: 'json', value, from: 'html', blocks: values.length };
}

/** JSON.parse, with the place of a failure in the whole pasted text (`offset` is where `json` starts in `whole`). */
function parse(json, offset, whole = json) {
  try {
    return { kind: 'json', value: JSON.parse(json) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : /end of JSON input/i.test(message) ? json.length : undefined;
    const result = { kind: 'not-json', message: message.replace(/\s*\(line \d+ column \d+\)$/, '') };
    if (position === undefined) return { ...result, hint: hintFor(json, 0, message) };
    const absolute = offset + position;
    const before = whole.slice(0, absolute).split('\n');
    return { ...result, line: before.length, column: before[before.length - 1].length + 1, hint: hintFor(json, position, message) };
  }
}

/** How to fix the usual slips of hand-written JSON, or undefined. */
function hintFor(json, position, message) {
  const here = json[position];
  const previous = json.slice(0, position).trimEnd().at(-1);
  if ((here === '}' || here === ']') && previous === ',') return 'JSON allows no comma after the last item: remove the comma before it.';
  if (json.trimStart().startsWith('//') || json.trimStart().startsWith('/*') || (here === '/' && /[/*]/.test(json[position + 1] ?? ''))) {
    return 'JSON has no comments: remove them.';
  }
  if (here === "'" || /token '''/.test(message)) return 'JSON strings and property names take double quotes ("…"), not single ones.';
  if (/property name/.test(message) && /[A-Za-z_$]/.test(here ?? '')) return 'Property names in JSON are in double quotes: "claim", not claim.';
  if (/end of JSON input|Unterminated string/i.test(message) || position >= json.trimEnd().length)
    return 'The text ends too early: a closing }, ] or " is missing.';
  return undefined;
}

/** Whether `value` nests deeper than `limit` levels, found without recursion (a deep value would overflow the stack). */
function deeperThan(value, limit) {
  const stack = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop();
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
