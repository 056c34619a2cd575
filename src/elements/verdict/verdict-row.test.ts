import '../../test-support/unhandled-rejections.js';
import { expect, fixture, html, seenText, settled, shadow } from '../../test-support/index.js';
import type { FactCheck } from '../../data/fact-check/schema.js';
import type { FactVerdict } from './verdict.element.js';
import './fact-verdict.js';

// What the embed hands its claim card for the verdict row (issue 12): the publisher's name, which
// picks that publisher's scale for the rail, and a conclusion that is not repeated under "Why".
const embed = async (data: FactCheck) => settled(await fixture<FactVerdict>(html`<fact-verdict .data=${data}></fact-verdict>`));
const card = (el: Element) => shadow(el).querySelector('fact-claim-card')!;
const inCard = (el: Element, part: string) => shadow(card(el)).querySelector<HTMLElement>(`[part~="${part}"]`);

describe("the embed's verdict row", () => {
  it("places a label several scales share on its publisher's scale", async () => {
    // "Mostly True" is on PolitiFact's and Snopes' scales: only the publisher's name says which.
    const doc: FactCheck = {
      claim: { text: 'Ridership has doubled since we cut fares.' },
      verdict: { label: 'Mostly True' },
      publisher: { name: 'PolitiFact' },
    };
    const el = await embed(doc);
    expect(card(el).getAttribute('publisher')).to.equal('PolitiFact');
    const rail = inCard(el, 'scale');
    expect(rail, 'a scale rail').to.not.equal(null);
    expect(rail!.getAttribute('aria-label') ?? seenText(rail!)).to.match(/5 of 6/);
    const anonymous = await embed({ ...doc, publisher: undefined });
    expect(inCard(anonymous, 'scale'), 'no rail without knowing whose scale').to.equal(null);
  });

  it("shows a non-rating publisher's summary once, as the conclusion in the verdict's place", async () => {
    const summary = 'The figure is right, but it leaves out the three years before the change.';
    const el = await embed({ claim: { text: 'Crime fell by a third.' }, verdict: { rating: 'unrated', summary } });
    expect(seenText(inCard(el, 'conclusion')!)).to.contain(summary);
    expect(shadow(el).querySelector('[part="summary"]'), 'no second copy under Why').to.equal(null);
    // A rated verdict keeps its Why.
    const rated = await embed({ claim: { text: 'Crime fell by a third.' }, verdict: { label: 'False', summary } });
    expect(seenText(shadow(rated).querySelector<HTMLElement>('[part="summary"] p')!)).to.equal(summary);
  });
});

describe("the embed's timeline", () => {
  it('places the claim, the publication and a correction among the events, in words', async () => {
    const doc: FactCheck = {
      claim: { text: 'The bridge will close for five years.', date: '2024-02-01', claimant: { name: 'Dana Whitfield' } },
      verdict: { label: 'False' },
      datePublished: '2024-03-01',
      corrections: [{ date: '2024-03-04', text: 'The plan’s length was eighteen months, not twelve.' }],
      publisher: { name: 'Example Fact Desk' },
      timeline: [
        { date: '2024-01-15', title: 'The council votes on repairs' },
        { date: '2024-02-20', title: 'The repair plan is published' },
      ],
    };
    const el = await embed(doc);
    const timeline = shadow(el).querySelector('fact-timeline')!;
    const eventTitles = [...shadow(timeline).querySelectorAll<HTMLElement>('[part~="title"]')].map(seenText);
    expect(eventTitles).to.deep.equal([
      'The council votes on repairs',
      'Claim by Dana Whitfield',
      'The repair plan is published',
      'Fact-check by Example Fact Desk',
      'Corrections',
    ]);
    expect(seenText(shadow(timeline).querySelector<HTMLElement>('[part~="event"]:last-child [part~="description"]')!)).to.equal(
      'The plan’s length was eighteen months, not twelve.',
    );
  });
});
