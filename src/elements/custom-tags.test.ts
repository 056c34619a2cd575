// A page where the default tags were never registered: only the class modules are imported, and
// each class is registered under a publisher's own tag. What a reader sees must not depend on the
// default registration modules having run.
import { deepQueryAll, deepText, expect } from '../test-support/index.js';
import type { Claim, Evidence, TimelineEvent, Verdict } from '../data/fact-check/schema.js';
import { FactClaimCard } from './claim-card/claim-card.element.js';
import { FactEvidenceList } from './evidence-list/evidence-list.element.js';
import { FactTimeline } from './timeline/timeline.element.js';
import { FactVerdictBadge } from './verdict-badge/verdict-badge.element.js';

const DEFAULT_TAGS = ['fact-verdict', 'fact-verdict-badge', 'fact-claim-card', 'fact-evidence-list', 'fact-timeline'];

const claim: Claim = { text: 'The river bridge will close for five years.', claimant: { name: 'Alex Example' } };
const verdict: Verdict = { label: 'Mostly False' };
const evidence: Evidence[] = [
  { title: 'Council minutes, 12 March', publisher: 'City Council', url: 'https://example.org/minutes' },
  { title: 'Engineers’ survey of the bridge', publisher: 'Roads Agency' },
];
const events: TimelineEvent[] = [
  { date: '2024-03', title: 'Repairs announced' },
  { date: '2024-06-01', title: 'Lane closures begin' },
];

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/** Creates `<tag>` with `props`, puts it in the page and waits until it and its parts have rendered. */
async function mount(tag: string, props: Record<string, unknown>): Promise<HTMLElement> {
  const el = Object.assign(document.createElement(tag), props) as Updating;
  document.body.append(el);
  await el.updateComplete;
  for (const child of deepQueryAll<Updating>(el.shadowRoot ?? el, '*')) await child.updateComplete;
  return el;
}

afterEach(() => {
  for (const el of [...document.body.children]) if (el.localName.includes('-')) el.remove();
});

describe('every class under its own tag, with the default tags never registered', () => {
  it('starts from a page without the default tags', () => {
    for (const tag of DEFAULT_TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('FactVerdictBadge.define("my-badge") shows the verdict in words', async () => {
    FactVerdictBadge.define('my-badge');
    const badge = await mount('my-badge', { label: 'Pants on Fire' });
    expect(badge).to.be.instanceOf(FactVerdictBadge);
    expect(deepText(badge)).to.include('Pants on Fire');
  });

  it('FactClaimCard.define("my-card") shows the claim and its verdict badge', async () => {
    FactClaimCard.define('my-card');
    // The card writes <fact-verdict-badge>; registering the card registered that tag (with a
    // subclass, since the badge class already backs <my-badge> in this page) and nothing else.
    expect(customElements.get('fact-verdict-badge')?.prototype).to.be.instanceOf(FactVerdictBadge);
    expect(customElements.get('fact-claim-card')).to.equal(undefined);
    const card = await mount('my-card', { claim, verdict });
    const text = deepText(card);
    expect(text).to.include(claim.text);
    expect(text).to.include('Alex Example');
    expect(text).to.include('Mostly False');
  });

  it('FactEvidenceList.define("my-sources") shows the sources', async () => {
    FactEvidenceList.define('my-sources');
    const list = await mount('my-sources', { evidence });
    const text = deepText(list);
    for (const source of evidence) {
      expect(text).to.include(source.title);
      expect(text).to.include(source.publisher!);
    }
  });

  it('FactTimeline.define("my-timeline") shows the events', async () => {
    FactTimeline.define('my-timeline');
    const timeline = await mount('my-timeline', { events });
    const text = deepText(timeline);
    for (const event of events) expect(text).to.include(event.title);
  });

  it('a second own tag for the same class works and never throws', async () => {
    expect(() => FactClaimCard.define('my-other-card')).not.to.throw();
    expect(() => FactClaimCard.define('my-other-card')).not.to.throw();
    const card = await mount('my-other-card', { claim, verdict });
    expect(card).to.be.instanceOf(FactClaimCard);
    expect(deepText(card)).to.include(claim.text).and.to.include('Mostly False');
  });
});
