// Every example in README.md runs: each ```html block is rendered into the page with the elements
// registered and its inline scripts executed, each ```js / ```ts block is executed as a module
// (TypeScript with its types stripped by the project's TypeScript), and the test fails when a block
// throws, rejects, leaves an element undefined, or leaves an embed loading or in `error`.
//
// What a block cannot have in a test page is stood in for, generically:
// - `fetch`: a URL this server cannot answer (the README's `/fact-checks/123.json`, another origin)
//   answers with the canonical example document, so a `src` ends `ready`.
// - `import … from 'fact-verdict…'`: the package's entry points map to their sources, through the
//   `exports` of package.json (`./dist/x.js` is built from `src/x.ts`; the CDN file from src/cdn.ts).
// - `<script src>` (the CDN script tag) is not loaded: the page already has the elements.
//
// Languages that do not run (sh, css, json, jsonc…) are skipped by language. A runnable block that
// must not run needs a marker on the line before its fence, with a reason, and such markers stay
// rare: `<!-- readme-test: skip (why) -->`.
import './index.js';
import { deepQueryAll, expect, waitUntil } from './test-support/index.js';

type Block = { language: string; code: string; line: number; skip?: string };
type Updating = HTMLElement & { updateComplete?: Promise<unknown>; state?: string };

const RUNNABLE: Record<string, 'html' | 'js' | 'ts'> = { html: 'html', js: 'js', javascript: 'js', mjs: 'js', ts: 'ts', typescript: 'ts' };
const SKIP_MARKER = /^<!--\s*readme-test:\s*skip\b\s*(.*?)\s*-->$/;
/** At most this many runnable blocks may opt out. */
const MAX_SKIPPED = 2;

/** The fenced code blocks of a Markdown text, with their language and the line they start on. */
function codeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence); i++) body.push(lines[i]!);
    const before =
      lines
        .slice(0, start)
        .reverse()
        .find((l) => l.trim() !== '')
        ?.trim() ?? '';
    const skip = SKIP_MARKER.exec(before)?.[1];
    blocks.push({ language: open[2]!.toLowerCase(), code: body.join('\n'), line: start + 1, ...(skip !== undefined ? { skip } : {}) });
  }
  return blocks;
}

const readme = await (await fetch('/README.md')).text();
const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, string | { default: string }> };
const blocks = codeBlocks(readme);
const example: unknown = await (await fetch('/examples/fip-csto-putin-2024.json')).json();

/** `fact-verdict/…` → the URL of the source module the entry point is built from. */
function sourceOf(specifier: string): string | undefined {
  if (specifier !== 'fact-verdict' && !specifier.startsWith('fact-verdict/')) return undefined;
  const entry = pkg.exports[specifier === 'fact-verdict' ? '.' : `./${specifier.slice('fact-verdict/'.length)}`];
  const target = typeof entry === 'string' ? entry : entry?.default;
  if (!target) throw new Error(`${specifier} is not an entry point of the package`);
  const source = target === './dist/fact-verdict.min.js' ? 'src/cdn.ts' : target.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts');
  return new URL(`/${source}`, location.origin).href;
}

function rewriteImports(code: string): string {
  const swap = (match: string, quote: string, specifier: string) => {
    const url = sourceOf(specifier);
    return url ? match.replace(`${quote}${specifier}${quote}`, `${quote}${url}${quote}`) : match;
  };
  return code
    .replace(/\bfrom\s*(['"])([^'"]+)\1/g, swap)
    .replace(/\bimport\s*(['"])([^'"]+)\1/g, swap)
    .replace(/\bimport\(\s*(['"])([^'"]+)\1\s*\)/g, swap);
}

let typescript: Promise<{ transpileModule(code: string, options: object): { outputText: string } }> | undefined;
/** The project's TypeScript compiler, loaded into the page only when a TypeScript block needs it. */
function loadTypeScript() {
  return (typescript ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/typescript/lib/typescript.js';
    script.onload = () => resolve((window as unknown as { ts: Awaited<typeof typescript> }).ts!);
    script.onerror = () => reject(new Error('could not load typescript.js'));
    document.head.append(script);
  }));
}

async function toJavaScript(code: string, language: 'js' | 'ts'): Promise<string> {
  if (language === 'js') return code;
  const ts = await loadTypeScript();
  // ES2022 modules, ESNext target: only the types go; `import type` lines vanish with them.
  return ts.transpileModule(code, { compilerOptions: { module: 99, target: 99, verbatimModuleSyntax: false } }).outputText;
}

/** Runs code as a module of its own (top-level `await` works) and waits until it has finished. */
async function runModule(code: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([rewriteImports(code)], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Waits until every element the block put in the page has rendered, and checks none failed. */
async function checkRendered(roots: Element[]): Promise<void> {
  const all = roots.flatMap((root) => [root as Updating, ...deepQueryAll<Updating>(root, '*')]);
  const undefinedTags = all.filter((el) => el.localName.includes('-') && !customElements.get(el.localName)).map((el) => `<${el.localName}>`);
  expect(undefinedTags, 'elements that are not registered').to.deep.equal([]);
  for (const el of all.filter((e) => typeof e.state === 'string')) {
    el.scrollIntoView(); // A lazy embed loads only near the viewport.
    await waitUntil(() => el.state !== 'loading', `<${el.localName}> never left the loading state`, { timeout: 5000 });
    expect(el.state, `<${el.localName}>'s state`).to.equal('ready');
  }
  const rendered = roots.flatMap((root) => [root as Updating, ...deepQueryAll<Updating>(root, '*')]);
  for (const el of rendered) await el.updateComplete;
  const failed = rendered.filter((el) => el.shadowRoot?.querySelector('[part~="error"]'));
  expect(
    failed.map((el) => `<${el.localName}>`),
    'elements showing their error state',
  ).to.deep.equal([]);
}

/** Renders an HTML block, then runs its inline scripts in order, as the page would after parsing. */
async function runHtml(code: string, container: HTMLElement): Promise<void> {
  const template = document.createElement('template');
  template.innerHTML = code;
  const scripts: string[] = [];
  for (const script of template.content.querySelectorAll('script')) {
    if (/json/.test(script.type)) continue; // Data for an embed, read by the element itself.
    if (!script.src) scripts.push(script.textContent ?? '');
    script.remove(); // `<script src>`: the library, which the page has already.
  }
  container.append(template.content);
  for (const script of scripts) await runModule(script);
}

/** Records errors thrown or rejections left unhandled while `body` runs (listeners, late promises). */
async function failingOnUncaught(body: () => Promise<void>): Promise<void> {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  expect(uncaught.map(String), 'uncaught errors').to.deep.equal([]);
}

const realFetch = window.fetch;

beforeEach(() => {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.origin === location.origin) {
      const response = await realFetch(input, init);
      if (response.ok) return response;
    }
    return new Response(JSON.stringify(example), { status: 200, headers: { 'content-type': 'application/json' } });
  };
});

afterEach(() => {
  window.fetch = realFetch;
});

describe('README.md', () => {
  it('has examples to run, every fence names its language, and skipping one is rare and explained', () => {
    const runnable = blocks.filter((b) => RUNNABLE[b.language]);
    expect(runnable.filter((b) => RUNNABLE[b.language] === 'html').length, 'html blocks').to.be.greaterThan(0);
    expect(runnable.filter((b) => RUNNABLE[b.language] === 'js').length, 'js blocks').to.be.greaterThan(0);
    expect(
      blocks.filter((b) => b.language === '').map((b) => `line ${b.line}`),
      'fences without a language',
    ).to.deep.equal([]);
    const skipped = runnable.filter((b) => b.skip !== undefined);
    expect(
      skipped.filter((b) => !/\w/.test(b.skip!)).map((b) => `line ${b.line}`),
      'skip markers without a reason',
    ).to.deep.equal([]);
    expect(skipped.length, 'skipped runnable blocks').to.be.at.most(MAX_SKIPPED);
  });

  for (const block of blocks) {
    const kind = RUNNABLE[block.language];
    if (!kind) continue;
    const title = `the ${block.language} example at line ${block.line} runs`;
    if (block.skip !== undefined) {
      it.skip(`${title} (skipped: ${block.skip})`);
      continue;
    }
    it(title, async function () {
      // The first TypeScript block loads the 9 MB compiler into the page: WebKit takes most of the
      // suite's 15 s to parse it on a busy 2-core machine (Chromium and Firefox a few seconds).
      if (kind === 'ts') this.timeout(45000);
      const container = document.createElement('div');
      document.body.append(container);
      const before = new Set(document.body.children);
      try {
        await failingOnUncaught(async () => {
          if (kind === 'html') await runHtml(block.code, container);
          else await runModule(await toJavaScript(block.code, kind));
          // What the block put in the page: its container's content, and whatever a script appended to <body>.
          const added = [...container.children, ...[...document.body.children].filter((el) => !before.has(el) && el !== container)];
          if (added.length) await checkRendered(added);
        });
      } finally {
        container.remove();
        for (const el of [...document.body.children]) if (!before.has(el)) el.remove();
      }
    });
  }
});
