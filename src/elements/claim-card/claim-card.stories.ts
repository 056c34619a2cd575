import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import canonical from '../../../examples/fip-csto-putin-2024.json';
import harborLine from '../../../examples/harbor-line-ridership.json';
import windPower from '../../../examples/wind-power-winter.json';
import { showProblems } from '../../../stories/helpers/show-problems.js';
import { spread } from '../../../stories/helpers/spread.js';
import { photoClaim } from '../../../stories/helpers/media-example.js';
// The registration module, exactly as the package's `fact-verdict/fact-claim-card.js` entry.
import './fact-claim-card.js';

const meta = {
  title: 'Elements/fact-claim-card',
  component: 'fact-claim-card',
  tags: ['autodocs'],
  render: (args) => html`<fact-claim-card ${spread(args)}></fact-claim-card>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A whole document through `data`: the canonical example. Edit it in the Controls panel. */
export const Playground: Story = {
  args: { data: canonical },
};

/** `claim` and `verdict` set separately, as `<fact-verdict>` hands them to the card. */
export const ClaimAndVerdict: Story = {
  args: { claim: harborLine.claim, verdict: harborLine.verdict },
};

/** A short claim with nothing but its text and a verdict. */
export const ShortClaim: Story = {
  args: { claim: { text: 'Bus fares are the highest in the country.' }, verdict: { label: 'False' } },
};

/** A very long claim (about 500 characters) keeps its line breaks and wraps inside the quotation. */
export const VeryLongClaim: Story = {
  args: { data: windPower },
};

/** Where the claim appeared: linked titles, a bare link shown by its host, dates at their precision. */
export const Appearances: Story = {
  args: {
    claim: {
      text: 'Ridership on the Harbor line has doubled since we cut fares.',
      claimant: { name: 'Dana Whitfield', description: 'Mayor of Port Halden (fictional)' },
      date: '2024-03',
      appearances: [
        { url: 'https://example.org/video/state-of-the-city-2024', title: 'State of the City address', date: '2024-03-05' },
        { url: 'https://www.example.com/social/post/4411' },
        { title: 'Radio interview, Harbor FM', date: '2024' },
      ],
    },
    verdict: { label: 'Mostly True' },
  },
};

/**
 * A claim about a photo (`claim.media`): its thumbnail, lazy and with its box reserved from the
 * media's `width` and `height`, what kind of media it is and what the fact-checker found it to be
 * (here "Missing context"), then where it appeared. The caption is the thumbnail's text alternative.
 */
export const ImageClaim: Story = {
  render: (args) =>
    html`<fact-claim-card ${spread(args)} .claim=${photoClaim()} .verdict=${{ label: 'Missing context', rating: 'misleading' }}></fact-claim-card>`,
};

/**
 * A PolitiFact-like six-step scale: the document names its publisher, so "Mostly True" takes its
 * place on the Truth-O-Meter, and a small rail under the badge marks the fifth of six steps, from
 * false to true, taller and filled (shape, not colour alone). Screen readers hear "5 of 6 on the
 * publisher's scale, from false to true".
 */
export const ScaleRail: Story = {
  args: { data: { ...harborLine, verdict: { label: 'Mostly True' }, publisher: { name: 'PolitiFact' } } },
};

/** A rail from the verdict's `score` (2 on a scale from 1 to 5), for a publisher's own words. */
export const ScoreRail: Story = {
  args: {
    claim: harborLine.claim,
    verdict: { label: 'Not really', rating: 'mostly-false', score: { value: 2, best: 5, worst: 1 } },
  },
};

/** No rail for a verdict off any ordered scale: satire, missing context, unproven, unrated. */
export const NoRail: Story = {
  args: { claim: harborLine.claim, verdict: { label: 'Missing context', score: { value: 3 } } },
};

/**
 * Conclusion mode: a publisher that does not rate (Full Fact, FactCheck.org) writes a sentence,
 * shown in the verdict's place as a statement under "Verdict:", not squeezed into a badge; in a wide
 * card the claim and the conclusion take a column each.
 */
export const Conclusion: Story = {
  args: {
    data: {
      ...harborLine,
      verdict: { label: 'Weekday trips rose by about 90 percent, close to a doubling; weekend trips grew far less.' },
      publisher: { name: 'Full Fact' },
    },
  },
};

/** A long publisher label wraps inside the verdict's column, and under the claim at 375 px, without sideways scrolling. */
export const LongLabel: Story = {
  args: {
    claim: harborLine.claim,
    verdict: { label: 'Needs context: the figure is right, but it leaves out the three years before the change', rating: 'misleading' },
  },
  render: (args) => html`<div style="display: grid; gap: 2rem">
    <div style="max-inline-size: 375px"><fact-claim-card ${spread(args)}></fact-claim-card></div>
    <div style="max-inline-size: 48rem"><fact-claim-card ${spread(args)}></fact-claim-card></div>
  </div>`,
};

/** A claim dated to the month ("Said in March 2024"): "on" is for a day. */
export const PartialDate: Story = {
  args: { claim: { ...harborLine.claim, date: '2024-03' }, verdict: harborLine.verdict },
};

/**
 * Invalid input never throws: the card shows a short error, and the details name each problem by
 * its JSON path (also logged to the console once).
 */
export const InvalidInput: Story = {
  args: { claim: { text: '', claimant: { name: 'Nobody', url: 'javascript:alert(1)' } }, verdict: { label: 'False' } },
  play: showProblems,
};

/** Right to left (`dir="rtl"` on an ancestor): the rule beside the quotation moves to the right. */
export const RightToLeft: Story = {
  args: { data: canonical },
  render: (args) => html`<div dir="rtl"><fact-claim-card ${spread(args)}></fact-claim-card></div>`,
};

/**
 * Correct use. The card is a `<figure>` named "Claim" with the quotation in a `<blockquote>` and
 * everything about it in the `<figcaption>`, so screen-reader users can skip or enter it as one
 * object. It has no heading of its own: put it under a heading of the article (as here) or inside
 * `<fact-verdict>`, which supplies one. Links inside it (claimant, appearances) are named by their
 * visible text; give appearances a `title` so a link is not just a host name.
 */
export const Accessibility: Story = {
  args: { data: canonical },
  render: (args) => html`<section aria-labelledby="claim-heading">
    <h2 id="claim-heading">What was said</h2>
    <fact-claim-card ${spread(args)}></fact-claim-card>
  </section>`,
};
