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
