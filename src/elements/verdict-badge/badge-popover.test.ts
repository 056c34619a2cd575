import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { expect, fixture, html, loadExample, shadow, waitUntil } from '../../test-support/index.js';
import { FactVerdictBadge } from './verdict-badge.element.js';
import './fact-verdict-badge.js';
// The page defines the embed, as the CDN bundle and the package's root module do: the badge's
// default `loadEmbed` waits for that.
import '../verdict/fact-verdict.js';

const button = (el: FactVerdictBadge) => shadow(el).querySelector<HTMLButtonElement>('button.badge');
const popover = (el: FactVerdictBadge) => shadow(el).querySelector<HTMLElement>('[popover]');
const isOpen = (el: FactVerdictBadge) => popover(el)?.matches(':popover-open') ?? false;

/** A badge in a sentence, given the canonical example as `data`. */
async function badgeWithDocument(): Promise<FactVerdictBadge> {
  const doc = await loadExample('fip-csto-putin-2024');
  const wrapper = await fixture<HTMLElement>(
    html`<p style="margin: 2rem">Armenia has <fact-verdict-badge label="False" .data=${doc}></fact-verdict-badge> left the alliance, he said.</p>`,
  );
  return wrapper.querySelector('fact-verdict-badge')!;
}

async function openByClick(el: FactVerdictBadge): Promise<void> {
  button(el)!.click();
  await waitUntil(() => isOpen(el), 'the popover never opened', { timeout: 4000 });
}

describe('<fact-verdict-badge> with a document: the popover', () => {
  let loadEmbed: typeof FactVerdictBadge.loadEmbed;
  beforeEach(() => {
    loadEmbed = FactVerdictBadge.loadEmbed;
  });
  afterEach(async () => {
    FactVerdictBadge.loadEmbed = loadEmbed;
    for (const open of document.querySelectorAll('fact-verdict-badge')) shadow(open).querySelector<HTMLElement>(':popover-open')?.hidePopover();
  });

  it('stays a plain label without a document', async () => {
    const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="False"></fact-verdict-badge>`);
    expect(button(el) === null, 'no button expected').to.equal(true);
    expect(shadow(el).querySelector('span.badge[part~="base"]')).to.exist;
  });

  it('is a button in the sentence, named by its verdict and what it opens', async () => {
    const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="False" src="/examples/fip-csto-putin-2024.json"></fact-verdict-badge>`);
    const trigger = button(el)!;
    expect(trigger.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    const spoken = [...trigger.querySelectorAll(':scope > :not([aria-hidden="true"])')].map((n) => n.textContent!.trim()).join(' ');
    expect(spoken).to.equal('Verdict: False (opens the fact-check)');
    // The same look as the plain badge: still the page's font, no button chrome, on the text's line.
    expect(getComputedStyle(trigger).fontFamily).to.equal(getComputedStyle(el).fontFamily);
    expect(getComputedStyle(trigger).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(el).display).to.equal('inline-block');
    // Nothing of the embed until it is opened.
    expect(shadow(el).querySelector('fact-verdict') === null, 'no embed before the first open').to.equal(true);
  });

  it('opens on a click, with focus inside, and creates the embed there', async () => {
    const el = await badgeWithDocument();
    await openByClick(el);
    expect(button(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(popover(el)!.getAttribute('role')).to.equal('dialog');
    expect(popover(el)!.getAttribute('aria-label')).to.equal('Verdict: False');
    await waitUntil(() => shadow(el).activeElement === popover(el), 'focus did not move into the popover', { timeout: 2000 });
    const embed = popover(el)!.querySelector<HTMLElement & { state: string }>('fact-verdict')!;
    await waitUntil(() => embed.state === 'ready', 'the embed never became ready', { timeout: 4000 });
    expect(shadow(embed).textContent).to.include('CSTO');
  });

  for (const key of ['Enter', 'Space']) {
    it(`opens with ${key} on the focused badge`, async () => {
      const el = await badgeWithDocument();
      button(el)!.focus();
      await sendKeys({ press: key });
      await waitUntil(() => isOpen(el), 'the popover never opened', { timeout: 4000 });
    });
  }

  it('closes on Escape and gives focus back to the badge', async () => {
    const el = await badgeWithDocument();
    button(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(el) && shadow(el).activeElement === popover(el), 'the popover never opened with focus', { timeout: 4000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(el), 'Escape did not close the popover', { timeout: 2000 });
    await waitUntil(() => shadow(el).activeElement === button(el), 'focus did not return to the badge', { timeout: 2000 });
    expect(button(el)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes on a click outside, and on its close button, focus back on the badge', async () => {
    const el = await badgeWithDocument();
    await openByClick(el);
    // A point of the page far from the badge and outside the popover.
    const box = popover(el)!.getBoundingClientRect();
    const x = box.left > 20 ? 5 : Math.min(innerWidth - 5, box.right + 5);
    await sendMouse({ type: 'click', position: [x, innerHeight - 5] });
    await waitUntil(() => !isOpen(el), 'a click outside did not close the popover', { timeout: 2000 });
    await waitUntil(() => shadow(el).activeElement === button(el), 'focus did not return to the badge', { timeout: 2000 });

    await openByClick(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await waitUntil(() => !isOpen(el), 'the close button did not close the popover', { timeout: 2000 });
  });

  it('a second press of the badge closes it, a third opens it again, with the same embed', async () => {
    const el = await badgeWithDocument();
    let loads = 0;
    FactVerdictBadge.loadEmbed = () => {
      loads += 1;
      return customElements.whenDefined('fact-verdict');
    };
    await openByClick(el);
    button(el)!.click();
    await waitUntil(() => !isOpen(el), 'a second press did not close it', { timeout: 2000 });
    await openByClick(el);
    expect(shadow(el).querySelectorAll('fact-verdict').length).to.equal(1);
    expect(loads).to.equal(1);
  });

  it('creates the embed on the first open only, each badge its own', async () => {
    const before = document.querySelectorAll('fact-verdict').length;
    const el = await badgeWithDocument();
    const other = await badgeWithDocument();
    expect(document.querySelectorAll('fact-verdict').length).to.equal(before);
    await openByClick(el);
    popover(el)!.hidePopover();
    await openByClick(el);
    expect(shadow(el).querySelectorAll('fact-verdict').length).to.equal(1);
    expect(shadow(other).querySelector('fact-verdict') === null, 'the other badge was never opened').to.equal(true);
  });

  it('gives the embed a src, and a new one when the badge’s changes', async () => {
    const el = await fixture<FactVerdictBadge>(html`<fact-verdict-badge label="False" src="/examples/fip-csto-putin-2024.json"></fact-verdict-badge>`);
    await openByClick(el);
    const embed = popover(el)!.querySelector<HTMLElement & { src: string }>('fact-verdict')!;
    expect(embed.src).to.equal('/examples/fip-csto-putin-2024.json');
    popover(el)!.hidePopover();
    el.src = '/examples/wind-power-winter.json';
    await el.updateComplete;
    await openByClick(el);
    expect(embed.src).to.equal('/examples/wind-power-winter.json');
  });

  it('sits beside the badge, inside the window', async () => {
    const el = await badgeWithDocument();
    await openByClick(el);
    const embed = popover(el)!.querySelector<HTMLElement & { state: string }>('fact-verdict')!;
    await waitUntil(() => embed.state === 'ready', 'the embed never became ready', { timeout: 4000 });
    const badge = button(el)!.getBoundingClientRect();
    const box = popover(el)!.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(width + 1);
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(innerHeight + 1);
    // Right under the badge (or right over it), not centred in the window.
    const gap = Math.min(Math.abs(box.top - badge.bottom), Math.abs(badge.top - box.bottom));
    expect(gap, `${JSON.stringify(box)} against ${JSON.stringify(badge)}`).to.be.below(12);
  });

  it('has no axe violations while open', async () => {
    const el = await badgeWithDocument();
    await openByClick(el);
    const embed = popover(el)!.querySelector<HTMLElement & { state: string }>('fact-verdict')!;
    await waitUntil(() => embed.state === 'ready', 'the embed never became ready', { timeout: 4000 });
    await expect(el.parentElement!).to.be.accessible();
  });
});

describe('<fact-verdict-badge> popover in a 375 px window', function (this: Mocha.Suite) {
  this.timeout(20000);

  it('stays inside the window, nearly its full width', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 375px; height: 667px; border: 0;';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
      <script type="module">import '/src/elements/verdict-badge/fact-verdict-badge.ts'; import '/src/elements/verdict/fact-verdict.ts';</script></head>
      <body style="margin: 1rem"><p>The minister said Armenia had left the alliance, a claim rated
      <fact-verdict-badge label="False" src="/examples/fip-csto-putin-2024.json"></fact-verdict-badge> by the checkers.</p></body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const view = frame.contentWindow!;
      await waitUntil(() => view.customElements.get('fact-verdict') !== undefined, 'the frame never defined the elements', { timeout: 10000 });
      const el = view.document.querySelector('fact-verdict-badge') as FactVerdictBadge;
      await el.updateComplete;
      button(el)!.click();
      const pop = () => el.shadowRoot!.querySelector<HTMLElement>('[popover]');
      await waitUntil(() => pop()?.matches(':popover-open'), 'the popover never opened', { timeout: 8000 });
      const embed = pop()!.querySelector<HTMLElement & { state: string }>('fact-verdict')!;
      await waitUntil(() => embed.state === 'ready', 'the embed never became ready', { timeout: 8000 });
      const box = pop()!.getBoundingClientRect();
      const width = view.document.documentElement.clientWidth;
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(width + 1);
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(view.innerHeight + 1);
      expect(box.width).to.be.at.least(width - 24);
    } finally {
      frame.remove();
    }
  });
});
