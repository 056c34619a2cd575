import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import canonical from '../../../examples/fip-csto-putin-2024.json';
import harborLine from '../../../examples/harbor-line-ridership.json';
import windPower from '../../../examples/wind-power-winter.json';
import { showProblems } from '../../../stories/helpers/show-problems.js';
import { spread } from '../../../stories/helpers/spread.js';
// The registration module, exactly as the package's `fact-verdict/fact-timeline.js` entry.
import './fact-timeline.js';

const meta = {
  title: 'Elements/fact-timeline',
  component: 'fact-timeline',
  tags: ['autodocs'],
  render: (args) => html`<fact-timeline ${spread(args)}></fact-timeline>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A container of the given width: the timeline lays itself out by its own width, not the viewport's. */
const inWidth = (width: string) => (story: () => unknown) => html`<div style="inline-size: ${width}; max-inline-size: 100%">${story()}</div>`;

/** The canonical example's timeline through `events`. Edit it in the Controls panel. */
export const Playground: Story = {
  args: { events: canonical.timeline },
};

/**
 * Partial dates show at the precision written: a year ("2020"), a month ("July 2022"), a day, and a
 * date-time; a date-only value is that day in every time zone.
 */
export const PartialDates: Story = {
  args: {
    events: [
      { date: '2020', title: 'A year' },
      { date: '2022-07', title: 'A month' },
      { date: '2022-09-13', title: 'A day' },
      { date: '2024-11-28T14:30:00+05:00', title: 'A moment, with its time zone' },
    ],
  },
};

/** A period (`endDate`) shows as a range, each end in its own `<time>`. */
export const DateRange: Story = {
  args: { events: harborLine.timeline },
};

/** The event the claim is about (`highlight: true`) is marked and labelled "Key event" in words. */
export const HighlightedEvent: Story = {
  args: { events: windPower.timeline },
};

/** Narrow containers (here 20rem) stack the events vertically. */
export const Narrow: Story = {
  args: { events: canonical.timeline },
  decorators: [inWidth('20rem')],
};

/** From 40rem the events form a row that scrolls sideways; the scroller is focusable for keyboard users. */
export const Wide: Story = {
  args: { events: canonical.timeline },
  decorators: [inWidth('60rem')],
};

/** `heading-level="2"`, for a timeline that stands directly under the article's title. */
export const HeadingLevel: Story = {
  args: { events: canonical.timeline, 'heading-level': 2 },
};

/** A whole document through `data`; its timeline is shown. */
export const FromDocument: Story = {
  args: { data: windPower },
};

/**
 * An event without a date is an error, listed by its JSON path in the details; an unreadable
 * `endDate` is only a warning, logged to the console with its path.
 */
export const InvalidInput: Story = {
  args: { events: [{ title: 'Undated' }, { date: '2024-02', endDate: 'soon', title: 'A month with an unreadable end' }] },
  play: showProblems,
};

/** Right to left (`dir="rtl"` on an ancestor): the row runs and scrolls from the right. */
export const RightToLeft: Story = {
  args: { events: canonical.timeline },
  render: (args) => html`<div dir="rtl" style="inline-size: 60rem; max-inline-size: 100%"><fact-timeline ${spread(args)}></fact-timeline></div>`,
};

/**
 * Correct use. The events are an ordered list (`<ol>`) under a "Timeline" heading; set
 * `heading-level` to fit the page's outline (here 3, under an `<h2>`). In the wide layout the
 * scrolling row is a focusable region named by that heading, so keyboard users reach it with Tab
 * and scroll it with the arrow keys. The key event says "Key event" in words, not by colour alone.
 * Give every event a `title` that makes sense on its own: it is also the link text when `url` is set.
 */
export const Accessibility: Story = {
  args: { events: windPower.timeline, 'heading-level': 3 },
  render: (args) => html`<article aria-labelledby="article-title" style="inline-size: 60rem; max-inline-size: 100%">
    <h2 id="article-title">Did wind power fail last winter?</h2>
    <fact-timeline ${spread(args)}></fact-timeline>
  </article>`,
};
