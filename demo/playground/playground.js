// The playground's page script (an external module: the demo server's CSP allows no inline script).
// Pasted text is read by read-input.js (JSON.parse only), checked by fact-verdict/data, shown by the
// CDN bundle's <fact-verdict> through its `data` property, and every piece of it reaches the page
// as text: textContent and textarea values, never innerHTML.
import { readDocumentsSync } from '../../dist/data/index.js';
import { MAX_DEPTH, MAX_INPUT_BYTES, readInput } from './read-input.js';
import { messagesFor } from '../../dist/i18n/index.js';
import { claimReviewSnippet, embedSnippet } from './snippets.js';
import { LANGUAGES, autonym } from './languages.js';

/** Where each example comes from: the repository's examples, the playground's own, or text here. */
const EXAMPLES = [
  { name: 'FactCheck: Armenia and the CSTO (Fact Investigation Platform)', url: '/examples/fip-csto-putin-2024.json' },
  { name: 'FactCheck: harbor line ridership (many sources)', url: '/examples/harbor-line-ridership.json' },
  { name: 'FactCheck: a school funding chart', url: '/examples/school-funding-chart.json' },
  { name: 'FactCheck: wind power in winter', url: '/examples/wind-power-winter.json' },
  { name: 'ClaimReview: one review', url: './examples/claim-review.json' },
  { name: 'ClaimReview: a page’s @graph with two reviews', url: './examples/page-graph.json' },
  { name: 'HTML: an article with two JSON-LD blocks', url: './examples/article.html' },
  { name: 'Text that tries to end the script', url: './examples/script-in-text.json' },
  { name: 'Problems: no label, unsafe links', url: '/demo/invalid.json' },
  { name: 'Malformed: a trailing comma', text: '{\n  "claim": { "text": "The bridge will close." },\n  "verdict": { "label": "False" },\n}\n' },
];

/** The most problems listed: a huge document can have thousands, and the page must stay quick. */
const MAX_LISTED = 200;

const $ = (id) => document.getElementById(id);
const source = $('source');
const exampleSelect = $('example');
const layoutSelect = $('layout');
const themeSelect = $('theme');
const langSelect = $('lang');
const preview = $('preview');
const summary = $('summary');
const problemList = $('problems');
const snippet = $('snippet');
const claimReview = $('claim-review');

/** What the current text reads as: `readInput`'s result and, for JSON, the library's read of it. */
let current = { input: { kind: 'empty' }, read: undefined };

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function option(value, text, lang) {
  const node = element('option', text);
  node.value = value;
  if (lang) node.lang = lang;
  return node;
}

function fillPickers() {
  exampleSelect.replaceChildren(...EXAMPLES.map((example, i) => option(String(i), example.name)));
  langSelect.replaceChildren(...LANGUAGES.map((tag) => option(tag, `${autonym(tag)} (${tag})`, tag)));
}

function mebibytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** A plain object with a claim or a verdict is read as FactCheck; anything else as ClaimReview (as readDocumentsSync decides). */
function looksLikeFactCheck(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('claim' in value || 'verdict' in value);
}

/** The summary line, and the items of the problems list, for what was read. */
function report({ input, read }) {
  switch (input.kind) {
    case 'empty':
      return { line: 'Nothing to read yet: paste a document above, or load an example.', items: [] };
    case 'too-large':
      return {
        line: `Too large to read: ${mebibytes(input.bytes)}. The playground reads at most ${mebibytes(MAX_INPUT_BYTES)}, as much as an embed reads from src.`,
        items: [],
      };
    case 'no-scripts':
      return { line: 'This looks like HTML, but it has no <script type="application/ld+json"> (or application/json) block to read.', items: [] };
    case 'too-deep':
      return { line: `Nested more than ${MAX_DEPTH} levels deep. No fact-check is; the playground does not read it.`, items: [] };
    case 'not-json': {
      const where = input.line ? `line ${input.line}, column ${input.column}` : 'somewhere in the text';
      const what = input.block ? `Script block ${input.block} is not JSON` : 'Not JSON';
      const items = [{ severity: 'error', path: where, message: input.message }];
      if (input.hint) items.push({ severity: 'hint', path: '', message: input.hint });
      return { line: `${what}, so nothing can be shown (an embed would say its data could not be read).`, items };
    }
    default: {
      const { documents, problems } = read;
      const errors = problems.filter((p) => p.severity === 'error').length;
      const kind = looksLikeFactCheck(input.value) ? 'a FactCheck document' : `ClaimReview JSON-LD (${count(documents.length, 'document')})`;
      const from =
        input.from === 'html' ? ` from ${count(input.blocks, 'script block')}${input.blocks > 1 ? ', read as one array ([0] is the first block)' : ''}` : '';
      const tally = problems.length === 0 ? 'no problems' : `${count(errors, 'error')}, ${count(problems.length - errors, 'warning')}`;
      const outcome = documents.length === 0 ? ' The embed shows an error instead of the fact-check.' : '';
      return { line: `Read as ${kind}${from}: ${tally}.${outcome}`, items: problems };
    }
  }
}

function renderReport() {
  const { line, items } = report(current);
  summary.textContent = line;
  const listed = items.slice(0, MAX_LISTED).map((problem) => {
    const item = element('li', undefined, `problem ${problem.severity}`);
    item.dataset.severity = problem.severity;
    item.dataset.path = problem.path;
    item.append(element('span', problem.severity, 'severity'), ' ');
    if (problem.path) item.append(element('code', problem.path, 'path'), ' ');
    item.append(element('span', problem.message, 'message'));
    return item;
  });
  if (items.length > MAX_LISTED) listed.push(element('li', `… and ${items.length - MAX_LISTED} more`, 'problem more'));
  problemList.replaceChildren(...listed);
  problemList.hidden = listed.length === 0;
}

function options() {
  return { layout: layoutSelect.value, theme: themeSelect.value, lang: langSelect.value };
}

function applyOptions(embed) {
  const { layout, theme, lang } = options();
  embed.setAttribute('layout', layout);
  embed.setAttribute('theme', theme);
  embed.setAttribute('lang', lang);
}

/** A new embed for each new input, so nothing of the last one's state lingers; the data is a property, never markup. */
function renderEmbed() {
  const { input } = current;
  if (input.kind !== 'json') {
    preview.replaceChildren(element('p', 'No embed to show: see the problems above.', 'placeholder'));
    return;
  }
  const embed = document.createElement('fact-verdict');
  applyOptions(embed);
  embed.data = input.value;
  preview.replaceChildren(embed);
}

function renderOutputs() {
  const { input, read } = current;
  const documents = read?.documents ?? [];
  const ready = input.kind === 'json' && documents.length > 0;
  const { lang } = options();
  // The language's own words only where the embed would not take the article's: English is the default.
  const chosen = { ...options(), lang: lang === 'en' ? undefined : lang };
  snippet.value = ready ? embedSnippet(input.value, documents, chosen) : '';
  claimReview.value = ready ? claimReviewSnippet(documents, lang) : '';
  for (const button of document.querySelectorAll('[data-copy]')) button.disabled = !ready;
  if (ready) whenCatalogueArrives(lang);
}

let catalogueCheck;
/**
 * The fallback and a label-less rating are written in the picked language, whose catalogue the
 * library fetches the first time it is asked for: write them again when it has arrived (checked
 * for two seconds; a catalogue that cannot load leaves them in English, as it leaves the embed).
 */
function whenCatalogueArrives(lang, tries = 8) {
  window.clearTimeout(catalogueCheck);
  if (lang === 'en' || messagesFor(lang).factCheckKicker !== messagesFor('en').factCheckKicker || tries === 0) return;
  catalogueCheck = window.setTimeout(() => {
    if (messagesFor(lang).factCheckKicker !== messagesFor('en').factCheckKicker) renderOutputs();
    else whenCatalogueArrives(lang, tries - 1);
  }, 250);
}

function update() {
  const input = readInput(source.value);
  current = { input, read: input.kind === 'json' ? readDocumentsSync(input.value) : undefined };
  renderReport();
  renderEmbed();
  renderOutputs();
}

let pending;
source.addEventListener('input', () => {
  window.clearTimeout(pending);
  // A long document takes longer to read: wait for the typing to pause a little longer.
  pending = window.setTimeout(update, source.value.length > 200_000 ? 800 : 300);
});

for (const picker of [layoutSelect, themeSelect, langSelect]) {
  picker.addEventListener('change', () => {
    const embed = preview.querySelector('fact-verdict');
    if (embed) applyOptions(embed);
    renderOutputs();
  });
}

async function loadExample() {
  const example = EXAMPLES[Number(exampleSelect.value)];
  if (!example) return;
  let text = example.text;
  if (text === undefined) {
    try {
      const response = await fetch(example.url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      summary.textContent = `The example could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
      return;
    }
  }
  source.value = text;
  window.clearTimeout(pending);
  update();
}

$('load-example').addEventListener('click', loadExample);

/** Copies a textarea's text; where the clipboard is refused, selects it for the reader to copy. */
async function copy(button) {
  const target = $(button.dataset.copy);
  const status = $(button.dataset.status);
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(target.value);
    status.textContent = 'Copied.';
  } catch {
    target.focus();
    target.select();
    status.textContent = 'This browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).';
  }
  window.clearTimeout(button.clearStatus);
  button.clearStatus = window.setTimeout(() => (status.textContent = ''), 6000);
}

for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));

fillPickers();
// A browser restoring the form keeps what the reader had typed; otherwise start from the first example.
if (source.value.trim() === '') loadExample();
else update();
