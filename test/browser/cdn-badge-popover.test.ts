// The badge's popover as the CDN bundle ships it (dist/ built by scripts/test.mjs): a badge with a
// `src` on a page with the one script tag loads nothing more until it is pressed; then the popover's
// chunk and the embed's kit arrive, and the popover holds a ready <fact-verdict> (the bundle's own,
// not a second copy of the embed).
import { expect, waitUntil } from '../../src/test-support/index.js';
import { cdnPage, idle } from './cdn-page.js';

describe('the CDN bundle’s badge popover', function (this: Mocha.Suite) {
  this.timeout(20000);

  it('opens a ready embed in its popover, loading it only on the first press', async () => {
    const { view, requested, remove } = await cdnPage(
      '<p>The claim is <fact-verdict-badge label="False" src="/examples/fip-csto-putin-2024.json"></fact-verdict-badge>, the checkers found.</p>',
      { width: 800, height: 600 },
    );
    try {
      const badge = view.document.querySelector('fact-verdict-badge')!;
      await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await idle(view);
      expect(requested().filter((path) => path.startsWith('/dist/chunks/'))).to.deep.equal([]);

      badge.shadowRoot!.querySelector<HTMLButtonElement>('button.badge')!.click();
      const popover = () => badge.shadowRoot!.querySelector<HTMLElement>('[popover]');
      await waitUntil(() => popover()?.matches(':popover-open'), 'the popover never opened', { timeout: 8000 });
      const embed = popover()!.querySelector('fact-verdict') as HTMLElement & { state: string };
      await waitUntil(() => embed.state === 'ready', 'the embed in the popover never became ready', { timeout: 8000 });
      expect(embed.constructor).to.equal(view.customElements.get('fact-verdict'));
      const chunks = requested().filter((path) => path.startsWith('/dist/chunks/'));
      expect(chunks.some((path) => /\/badge-popover-/.test(path))).to.equal(true);
      expect(chunks.some((path) => /\/cdn-kit-/.test(path))).to.equal(true);
      expect(chunks.filter((path) => /\/fact-verdict-/.test(path))).to.deep.equal([]);
    } finally {
      remove();
    }
  });
});
