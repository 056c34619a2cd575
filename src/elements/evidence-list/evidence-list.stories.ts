import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import canonical from '../../../examples/fip-csto-putin-2024.json';
import harborLine from '../../../examples/harbor-line-ridership.json';
import schoolFunding from '../../../examples/school-funding-chart.json';
import { showProblems } from '../../../stories/helpers/show-problems.js';
import { spread } from '../../../stories/helpers/spread.js';
// The registration module, exactly as the package's `fact-verdict/fact-evidence-list.js` entry.
import './fact-evidence-list.js';

const meta = {
  title: 'Elements/fact-evidence-list',
  component: 'fact-evidence-list',
  tags: ['autodocs'],
  render: (args) => html`<fact-evidence-list ${spread(args)}></fact-evidence-list>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Opens the collapsed list the way a reader does, by pressing "Show all N sources". */
async function expand(canvasElement: HTMLElement): Promise<void> {
  const list = canvasElement.querySelector('fact-evidence-list');
  if (!list) return;
  await list.updateComplete;
  list.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
  await list.updateComplete;
}

/** The canonical example's five sources through `evidence`. Edit them, or `limit`, in the Controls panel. */
export const Playground: Story = {
  args: { evidence: canonical.evidence },
};

/** One source. */
export const OneSource: Story = {
  args: { evidence: canonical.evidence.slice(0, 1) },
};

/** Several sources: at or under `limit` (5), nothing collapses. */
export const SeveralSources: Story = {
  args: { evidence: canonical.evidence },
};

/** Many sources (32): the first five show, the rest wait behind "Show all 32 sources". */
export const ManySourcesCollapsed: Story = {
  args: { evidence: harborLine.evidence },
};

/** The same list after the reader pressed the button (it fires `fact-sources-toggle` and keeps focus). */
export const ManySourcesExpanded: Story = {
  args: { evidence: harborLine.evidence },
  play: async ({ canvasElement }) => expand(canvasElement),
};

/** `limit="2"`: the list collapses after two sources. It never hides just one. */
export const Limit: Story = {
  args: { evidence: canonical.evidence, limit: 2 },
};

/** `heading-level="2"`, for a list that stands directly under the article's title. */
export const HeadingLevel: Story = {
  args: { evidence: canonical.evidence, 'heading-level': 2 },
};

/** A whole document through `data`; its sources are listed. */
export const FromDocument: Story = {
  args: { data: schoolFunding },
};

/** Each stance is written out ("Supports the claim", "Refutes the claim", "Context"); its colour only repeats it. */
export const Stances: Story = {
  args: { evidence: schoolFunding.evidence },
};

/**
 * A source with an unsafe URL keeps its title without a link (a warning); a source without a
 * title is an error, shown by its JSON path.
 */
export const InvalidInput: Story = {
  args: { evidence: [{ title: 'A source', url: 'javascript:alert(1)' }, { url: 'https://example.org/untitled' }] },
  play: showProblems,
};

/** Right to left (`dir="rtl"` on an ancestor). */
export const RightToLeft: Story = {
  args: { evidence: canonical.evidence },
  render: (args) => html`<div dir="rtl"><fact-evidence-list ${spread(args)}></fact-evidence-list></div>`,
};

/**
 * Correct use. The list is named by its heading ("5 sources"); set `heading-level` so that heading
 * fits the page's outline (here under an `<h2>`, so 3). Each title is a `<cite>` linking to the
 * source; stances are words, not just colours. The "Show all N sources" button says whether the
 * list is open (`aria-expanded`) and keeps focus, so keyboard users continue where they were.
 */
export const Accessibility: Story = {
  args: { evidence: harborLine.evidence, 'heading-level': 3 },
  render: (args) => html`<article aria-labelledby="article-title">
    <h2 id="article-title">Has Harbor line ridership doubled?</h2>
    <fact-evidence-list ${spread(args)}></fact-evidence-list>
  </article>`,
};

/**
 * Sources numbered, each with an archived copy (`archiveUrl`, through the same URL gate as `url`);
 * the second has no publisher, so its link's domain stands in for it.
 */
export const ArchivedCopies: Story = {
  args: {
    evidence: [
      {
        title: 'Council minutes, 3 March 2025',
        url: 'https://council.example/minutes/2025-03-03',
        publisher: 'Harbor City Council',
        date: '2025-03-03',
        stance: 'refutes',
        archiveUrl: 'https://web.archive.org/web/20250304000000/https://council.example/minutes/2025-03-03',
      },
      {
        title: 'Ridership figures, February 2025',
        url: 'https://www.transit.example/data/ridership-2025-02',
        date: '2025-03-01',
        stance: 'context',
        archiveUrl: 'https://archive.ph/2025.03.01-ridership',
      },
    ],
  },
};

/**
 * Printed (the browser's Print, or DevTools' "Emulate CSS media type: print"): the list is whole,
 * without its button, and each link's address follows it as text. Shown here on a long list, which
 * collapses on screen.
 */
export const Print: Story = {
  args: { evidence: harborLine.evidence },
  parameters: { docs: { description: { story: 'Print this page, or emulate print media in DevTools, to see every source with its address.' } } },
};
