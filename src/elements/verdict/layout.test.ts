import { expect, fixture, html, loadExample, nextFrame, settled } from '../../test-support/index.js';
import { FactVerdict } from './verdict.element.js';
import './fact-verdict.js';

/**
 * Issue 12's proof of the default look, in the widths a reader meets it in (a small phone, a
 * phone, a tablet column, a desktop article): no text of the canonical example spills out of the
 * embed or is cut off by a scroller or a clipping box, and the verdict is met by the time the
 * claim has been read (it starts no lower than the line after the claim's last).
 */
const WIDTHS = [320, 390, 768, 1100];
/** Sub-pixel rounding between a line box and its container's box. */
const SLACK = 1;

/** The parent in the flat tree: across a shadow root to its host. */
function flatParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Every text node with words in it, through every shadow root under `root`. */
function textNodes(root: Node, out: Text[] = []): Text[] {
  if (root instanceof Text) {
    if (root.data.trim()) out.push(root);
    return out;
  }
  if (root instanceof Element && root.shadowRoot) textNodes(root.shadowRoot, out);
  for (const child of root.childNodes) textNodes(child, out);
  return out;
}

const clips = (el: Element) => {
  const style = getComputedStyle(el);
  return style.overflowX !== 'visible' || style.overflowY !== 'visible';
};
const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - SLACK && inner.right <= outer.right + SLACK && inner.top >= outer.top - SLACK && inner.bottom <= outer.bottom + SLACK;
const describe_ = (r: DOMRect) => `[${Math.round(r.left)}, ${Math.round(r.top)}, ${Math.round(r.right)}, ${Math.round(r.bottom)}]`;

/** What of the embed's text is outside the embed or outside a box that clips it, one line per problem. */
function cutText(embed: FactVerdict): string[] {
  const box = embed.getBoundingClientRect();
  const problems: string[] = [];
  for (const text of textNodes(embed)) {
    const range = document.createRange();
    range.selectNodeContents(text);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) continue; // Not drawn (hidden, display: none).
    const clippers: Element[] = [];
    for (let el = flatParent(text); el && el !== embed; el = flatParent(el)) if (clips(el)) clippers.push(el);
    // Text kept for screen readers only sits in a 1px clipped box on purpose.
    if (clippers.some((el) => el.getBoundingClientRect().width <= 1)) continue;
    const words = text.data.trim().slice(0, 40);
    for (const rect of rects) {
      if (!inside(rect, box)) problems.push(`"${words}" ${describe_(rect)} spills out of the embed ${describe_(box)}`);
      for (const el of clippers) {
        const clip = el.getBoundingClientRect();
        if (!inside(rect, clip)) problems.push(`"${words}" ${describe_(rect)} is cut off by <${el.localName} class="${el.className}"> ${describe_(clip)}`);
      }
    }
  }
  return problems;
}

describe('<fact-verdict> layout of the canonical example', () => {
  let canonical: Record<string, unknown>;
  before(async () => {
    canonical = await loadExample('fip-csto-putin-2024');
  });

  for (const width of WIDTHS) {
    describe(`in a ${width}px container`, () => {
      let el: FactVerdict;
      beforeEach(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style=${`inline-size: ${width}px`}><fact-verdict .data=${canonical}></fact-verdict></div>`);
        el = await settled(wrapper.querySelector('fact-verdict')!);
        await nextFrame();
        await nextFrame();
      });

      it('shows all of its text inside the embed, none cut off', () => {
        expect(el.getBoundingClientRect().height, 'the embed is drawn').to.be.greaterThan(100);
        expect(cutText(el)).to.deep.equal([]);
      });

      it('starts the verdict no lower than the line after the claim', () => {
        const card = el.shadowRoot!.querySelector('fact-claim-card')!;
        const badge = card.shadowRoot!.querySelector('fact-verdict-badge')!;
        const quote = card.shadowRoot!.querySelector('.quote-text')!;
        const range = document.createRange();
        range.selectNodeContents(quote);
        const lines = [...range.getClientRects()].filter((r) => r.height > 0);
        const last = lines[lines.length - 1]!;
        const verdictTop = badge.getBoundingClientRect().top;
        expect(verdictTop, `verdict at ${Math.round(verdictTop)}, the claim's last line ends at ${Math.round(last.bottom)}`).to.be.at.most(
          last.bottom + last.height,
        );
      });
    });
  }

  it("keeps its spacing from the text around it under a page's CSS reset", async () => {
    // The reset many sites start with; it matches the embed's host too, and beats its :host rules.
    const reset = new CSSStyleSheet();
    reset.replaceSync('* { margin: 0 !important; padding: 0 !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, reset];
    try {
      const page = await fixture<HTMLDivElement>(html`<div><p>Before.</p><fact-verdict .data=${canonical}></fact-verdict><p>After.</p></div>`);
      const el = await settled(page.querySelector('fact-verdict')!);
      expect(getComputedStyle(el).marginBlockStart, 'the reset reaches the host').to.equal('0px');
      const box = el.shadowRoot!.querySelector('.embed')!.getBoundingClientRect();
      const [before, after] = [...page.querySelectorAll('p')].map((p) => p.getBoundingClientRect());
      expect(box.top - before!.bottom, 'space above the box').to.be.at.least(16);
      expect(after!.top - box.bottom, 'space below the box').to.be.at.least(16);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== reset);
    }
  });
});
