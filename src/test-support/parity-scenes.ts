/**
 * The scenes the CDN parity test (test/browser/cdn-parity.test.ts) renders twice, once from the
 * CDN bundle and once from the source modules, each in its own frame. A scene is plain DOM: it
 * imports no element and no lit, so the same module serves either build, and it touches elements
 * only through their public API (attributes, properties, CSS parts), never their internals.
 */
import { threeReviewsTwoClaims } from '../data/claim-review/fixtures/several-checkers.js';

/** What a scene's first element shows once it has settled (`<fact-verdict>`'s reflected `state`). */
export type SceneState = 'ready' | 'error' | 'loading';

export interface Scene {
  /** Names the scene in test titles and in the frame (`<section data-scene>`). */
  name: string;
  /** What the scene holds, built with DOM calls (no markup is parsed); properties come from `setup`. */
  content: readonly Content[];
  /** The section's width in px: the elements lay themselves out by container queries. */
  width?: number;
  /** Sets properties once the content is in the document, with the canonical example at hand. */
  setup?: (section: HTMLElement, canonical: Record<string, unknown>) => void;
  /** The state the scene's first element must reach before it is compared (default `ready` for one that has a state). */
  state?: SceneState;
  /** A reader's action, run after the scene settled once (the parity test settles it again). */
  act?: (section: HTMLElement) => void;
}

/** An element to build: its tag, attributes and children (text or elements). */
export interface ElementSpec {
  tag: string;
  attributes: Record<string, string>;
  children: readonly Content[];
}
export type Content = ElementSpec | string;

const el = (tag: string, attributes: Record<string, string> = {}, ...children: Content[]): ElementSpec => ({ tag, attributes, children });

function build(document: Document, content: Content): Node {
  if (typeof content === 'string') return document.createTextNode(content);
  const element = document.createElement(content.tag);
  for (const [name, value] of Object.entries(content.attributes)) element.setAttribute(name, value);
  element.append(...content.children.map((child) => build(document, child)));
  return element;
}

const first = (section: HTMLElement) => section.firstElementChild as HTMLElement & Record<string, unknown>;
const withData = (section: HTMLElement, canonical: Record<string, unknown>) => {
  for (const el of section.children) (el as HTMLElement & { data?: unknown }).data = canonical;
};
/** Clicks an element by its public CSS part, wherever it is in the scene's shadow trees. */
const clickPart = (part: string) => (section: HTMLElement) => {
  const found = findDeep(section, (el) => el.getAttribute('part')?.split(/\s+/).includes(part) ?? false);
  if (!found) throw new Error(`no [part~="${part}"] in the scene`);
  (found as HTMLElement).click();
};
/** Opens every `<details>` in the scene, so text that is folded away is rendered and compared too. */
const openDetails = (section: HTMLElement) => {
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'details') (el as HTMLDetailsElement).open = true;
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(section);
};

function findDeep(root: ParentNode, test: (el: Element) => boolean): Element | undefined {
  for (const el of root.querySelectorAll('*')) {
    if (test(el)) return el;
    const inner = el.shadowRoot && findDeep(el.shadowRoot, test);
    if (inner) return inner;
  }
  return undefined;
}

export const SCENES: readonly Scene[] = [
  { name: 'fact-verdict full, canonical example', content: [el('fact-verdict')], width: 720, setup: withData },
  { name: 'fact-verdict full, narrow container', content: [el('fact-verdict')], width: 320, setup: withData },
  { name: 'fact-verdict full, fetched from src', content: [el('fact-verdict', { loading: 'eager', src: '/examples/fip-csto-putin-2024.json' })], width: 720 },
  // The other examples, for what the canonical one lacks (a correction with its date, a chart's source).
  ...['harbor-line-ridership', 'school-funding-chart', 'wind-power-winter'].map((example) => ({
    name: `fact-verdict full, examples/${example}.json`,
    content: [el('fact-verdict', { loading: 'eager', src: `/examples/${example}.json` })],
    width: 720,
  })),
  { name: 'fact-verdict compact', content: [el('fact-verdict', { layout: 'compact' })], width: 720, setup: withData },
  // A round-up with several fact-checkers on one claim: its views and their style sheet arrive in a
  // chunk of their own in the CDN build (adopted into the embed's root when first drawn).
  {
    name: 'fact-verdict round-up, several fact-checkers on one claim',
    content: [el('fact-verdict')],
    width: 720,
    setup: (section) => Object.assign(first(section), { data: threeReviewsTwoClaims }),
  },
  { name: 'fact-verdict dark theme', content: [el('fact-verdict', { theme: 'dark' })], width: 720, setup: withData },
  {
    name: 'fact-verdict with the theming custom properties set',
    content: [
      el('fact-verdict', {
        style:
          '--fact-radius: 1.25rem; --fact-space: 1.5rem; --fact-accent-color: rebeccapurple; --fact-border-color: #7a7a7a; --fact-subtle-color: #fdf6e3; --fact-quote-font: Georgia, serif',
      }),
    ],
    width: 720,
    setup: withData,
  },
  {
    name: 'fact-verdict error, invalid document',
    content: [el('fact-verdict')],
    width: 720,
    state: 'error',
    setup: (s) => void (first(s).data = { claim: {} }),
    act: openDetails,
  },
  {
    name: 'fact-verdict error, src not found, with fallback content',
    content: [
      el('fact-verdict', { loading: 'eager', src: '/examples/does-not-exist.json' }, el('a', { href: 'https://example.org/fact-check' }, 'Fact check: False')),
    ],
    width: 720,
    state: 'error',
  },
  // Far below the frame's viewport, a lazy `src` waits: the loading placeholder is what shows.
  {
    name: 'fact-verdict loading',
    content: [el('fact-verdict', { src: '/examples/never-fetched.json', style: 'margin-top: 20000px' })],
    width: 720,
    state: 'loading',
  },
  { name: 'fact-verdict-badge rating true', content: [el('fact-verdict-badge', { rating: 'true' })] },
  { name: 'fact-verdict-badge rating false with its own label', content: [el('fact-verdict-badge', { rating: 'false', label: 'Fake' })] },
  { name: 'fact-verdict-badge rating from an English label', content: [el('fact-verdict-badge', { label: 'Mostly true' })] },
  { name: "fact-verdict-badge rating from a publisher's scale", content: [el('fact-verdict-badge', { label: 'Pants on Fire' })] },
  {
    name: 'fact-verdict-badge misleading, mixed, unproven, satire, unrated in a line of text',
    content: ['misleading', 'mixed', 'unproven', 'satire', 'unrated'].flatMap((rating, i) => [...(i ? [' and '] : []), el('fact-verdict-badge', { rating })]),
  },
  { name: 'fact-claim-card from a document', content: [el('fact-claim-card')], width: 640, setup: withData },
  {
    name: 'fact-claim-card from claim and verdict',
    content: [el('fact-claim-card')],
    width: 400,
    setup: (s, canonical) => Object.assign(first(s), { claim: canonical['claim'], verdict: canonical['verdict'] }),
  },
  { name: 'fact-evidence-list all sources', content: [el('fact-evidence-list')], width: 640, setup: withData },
  { name: 'fact-evidence-list collapsed', content: [el('fact-evidence-list', { limit: '2' })], width: 640, setup: withData },
  { name: 'fact-evidence-list expanded', content: [el('fact-evidence-list', { limit: '2' })], width: 640, setup: withData, act: clickPart('toggle') },
  { name: 'fact-timeline wide', content: [el('fact-timeline')], width: 720, setup: withData },
  { name: 'fact-timeline narrow', content: [el('fact-timeline')], width: 320, setup: withData },
  {
    name: 'fact-timeline invalid events',
    content: [el('fact-timeline')],
    width: 640,
    setup: (s) => void (first(s).events = [{ title: 42 }]),
    act: openDetails,
  },
];

/**
 * Renders every scene into `document.body`, one `<section data-scene>` each, and returns the
 * sections by scene name. Runs inside a parity frame, after the frame has loaded its build.
 */
export function renderScenes(document: Document, canonical: Record<string, unknown>): Map<string, HTMLElement> {
  const sections = new Map<string, HTMLElement>();
  for (const scene of SCENES) {
    const section = document.createElement('section');
    section.dataset['scene'] = scene.name;
    section.style.width = `${scene.width ?? 480}px`;
    section.append(...scene.content.map((content) => build(document, content)));
    document.body.append(section);
    scene.setup?.(section, canonical);
    sections.set(scene.name, section);
  }
  // The loading scene pushes everything after it out of reach; keep it last on the page.
  for (const scene of SCENES) if (scene.state === 'loading') document.body.append(sections.get(scene.name)!);
  return sections;
}
