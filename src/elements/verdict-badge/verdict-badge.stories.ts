import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { spread } from '../../../stories/helpers/spread.js';
// The registration module, exactly as the package's `fact-verdict/fact-verdict-badge.js` entry.
import './fact-verdict-badge.js';
// The embed, for the badge's popover (a page using the badge alone imports it too, see `loadEmbed`).
import '../verdict/fact-verdict.js';
import canonical from '../../../examples/fip-csto-putin-2024.json';

/**
 * Attributes, properties, parts and custom properties below come from `custom-elements.json`.
 */
const meta = {
  title: 'Elements/fact-verdict-badge',
  component: 'fact-verdict-badge',
  tags: ['autodocs'],
  render: (args) => html`<fact-verdict-badge ${spread(args)}></fact-verdict-badge>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Try every attribute and custom property in the Controls panel. */
export const Playground: Story = {
  args: { label: 'Pants on Fire' },
};

/** `rating="true"`. Without a `label` the badge shows the rating's own name. */
export const True: Story = { args: { rating: 'true' } };

/** `rating="mostly-true"`. */
export const MostlyTrue: Story = { args: { rating: 'mostly-true' } };

/** `rating="mixed"`. */
export const Mixed: Story = { args: { rating: 'mixed' } };

/** `rating="mostly-false"`. */
export const MostlyFalse: Story = { args: { rating: 'mostly-false' } };

/** `rating="false"`. */
export const False: Story = { args: { rating: 'false' } };

/** `rating="misleading"`. */
export const Misleading: Story = { args: { rating: 'misleading' } };

/** `rating="unproven"`. */
export const Unproven: Story = { args: { rating: 'unproven' } };

/** `rating="satire"`. */
export const Satire: Story = { args: { rating: 'satire' } };

/** `rating="unrated"`: no verdict could be mapped onto the normalized scale. */
export const Unrated: Story = { args: { rating: 'unrated' } };

/**
 * `label` alone: the publisher's own words are shown and the rating (and so the colour) is derived
 * from them. An explicit `rating` wins when the label is one the library does not know.
 */
export const PublisherLabels: Story = {
  render: () => html`<p style="display: flex; flex-wrap: wrap; gap: 0.5rem">
    <fact-verdict-badge label="Pants on Fire"></fact-verdict-badge>
    <fact-verdict-badge label="Four Pinocchios"></fact-verdict-badge>
    <fact-verdict-badge label="Half True"></fact-verdict-badge>
    <fact-verdict-badge label="Missing context"></fact-verdict-badge>
    <fact-verdict-badge label="Correct attribution"></fact-verdict-badge>
    <fact-verdict-badge label="Our own words" rating="mostly-false"></fact-verdict-badge>
  </p>`,
};

/**
 * A label longer than a badge usually holds: the badge moves to the next line like a word, and its
 * words wrap inside it, never wider than the line (here a 375 px phone column), so the page never
 * scrolls sideways.
 */
export const LongLabel: Story = {
  args: { label: 'Needs context: the figure is right, but it leaves out the three years before the change', rating: 'misleading' },
  render: (args) =>
    html`<p style="max-inline-size: 375px; font-size: 1.25rem">The claim is <fact-verdict-badge ${spread(args)}></fact-verdict-badge>, says the desk.</p>`,
};

/**
 * Every family's icon, told by its shape as well as its colour and words: a check for true (with a
 * dot, "not quite", for mostly true), a circled cross for mostly false and a plain cross for false,
 * the warning sign for mixed and misleading, a question mark for unproven, a mask's smile for
 * satire, an "i" for unrated. The icon is decorative and is drawn the same way right to left.
 */
export const Icons: Story = {
  render: () => html`<ul style="display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; font-size: 1.25rem">
    ${(['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unproven', 'satire', 'unrated'] as const).map(
      (rating) => html`<li><fact-verdict-badge rating=${rating}></fact-verdict-badge></li>`,
    )}
  </ul>`,
};

/** Inside a sentence, where the badge takes the text's size (0.875em) and baseline. */
export const InASentence: Story = {
  render: () => html`<p style="font-size: 1.25rem">
    Putin’s claim that Karabakh had “no legal relation to Armenia” is <fact-verdict-badge label="False"></fact-verdict-badge>,
    while the mayor’s figure is <fact-verdict-badge label="Mostly True"></fact-verdict-badge>.
  </p>`,
};

/** In a right-to-left page (`dir="rtl"`) the icon moves to the start of the line. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    <p>الحكم: <fact-verdict-badge label="زائف"></fact-verdict-badge></p>
  </div>`,
};

/**
 * Correct use. The badge is text, not an image: screen readers hear "Verdict: False" from visually
 * hidden text, and the icon is hidden from them. The verdict is always in words, so it never rests
 * on colour alone. Do not add `aria-label` or `role="img"` to it (that would hide the words), and
 * do not put it inside a link or button as that element's only content; say what the link does.
 */
export const Accessibility: Story = {
  render: () => html`<p>
    <a href="https://factcheck.example/csto-putin">Read the fact check of Putin’s claim</a>:
    <fact-verdict-badge label="False"></fact-verdict-badge>
  </p>`,
};

/**
 * Given the fact-check (`data`, or `src`), the badge is a button in the sentence: pressing it (or
 * Enter, or Space) opens the whole fact-check in a popover beside it, under the badge or over it,
 * inside the window; Escape, a click outside or × closes it and focus goes back to the badge. The
 * popover and the `<fact-verdict>` in it are made on the first press only. In a window narrower
 * than 36rem it is a sheet along the bottom.
 */
export const OpensTheFactCheck: Story = {
  render: () => html`<p style="font-size: 1.25rem; max-inline-size: 38rem">
    Putin said Armenia had never asked the alliance for help in 2020, a claim the checkers rated
    <fact-verdict-badge label="False" .data=${canonical}></fact-verdict-badge>; press the verdict to read why.
  </p>`,
};

/** The same through `src`: the document is fetched when the popover first opens. */
export const OpensTheFactCheckFromSrc: Story = {
  render: () => html`<p style="font-size: 1.25rem; max-inline-size: 38rem">
    Near the end of the line, the popover stays inside the window:
    <span style="float: inline-end"><fact-verdict-badge label="False" src="fact-checks/fip-csto-putin-2024.json"></fact-verdict-badge></span>
  </p>`,
};
