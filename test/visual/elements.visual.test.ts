import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { deepQueryAll, fixture, html, loadExample, nextFrame, settled, waitUntil } from '../../src/test-support/index.js';
import { holdPendingSrc, PENDING_SRC } from '../../stories/helpers/pending-fetch.js';
import { FAILING_SRC, failSomeFetches } from '../../stories/helpers/failing-fetch.js';
import type { FactVerdict } from '../../src/elements/verdict/verdict.element.js';
import '../../src/elements/verdict/fact-verdict.js';
import '../../src/elements/verdict-badge/fact-verdict-badge.js';
import '../../src/elements/claim-card/fact-claim-card.js';
import '../../src/elements/evidence-list/fact-evidence-list.js';
import '../../src/elements/timeline/fact-timeline.js';
import { installVisualPage } from './visual-page.js';

/**
 * Issue 12's proof of the look: the main states of each element, screenshotted at a phone's and a
 * desktop's width, on a light and a dark page, against the baselines committed in
 * test/visual/baselines/ (test/visual/visual-plugin.mjs sets the threshold). A change that moves
 * more than 0.5% of a screenshot's pixels fails here; when the change is meant, redraw the
 * baselines with `npm run test:visual:update` and commit them with it.
 */
const WIDTHS = [360, 1024] as const;
const SCHEMES = ['light', 'dark'] as const;
/** A few ratings, one per icon family, and a publisher's own words mapped onto the scale. */
const BADGES: { name: string; rating?: string; label?: string }[] = [
  { name: 'true', rating: 'true' },
  { name: 'mixed', rating: 'mixed' },
  { name: 'false', rating: 'false' },
  { name: 'satire', rating: 'satire' },
  { name: 'pants-on-fire', label: 'Pants on Fire' },
];

/** Waits for layout to stop moving (container queries, a resize observer's re-render). */
async function steady(): Promise<void> {
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
}

async function embed(template: ReturnType<typeof html>): Promise<FactVerdict> {
  const frame = await fixture<HTMLDivElement>(html`<div class="visual-frame">${template}</div>`);
  const el = await settled(frame.querySelector<FactVerdict>('fact-verdict')!);
  await steady();
  return el;
}

describe('visual regression', () => {
  let canonical: Record<string, unknown>;
  before(async () => {
    installVisualPage();
    canonical = await loadExample('fip-csto-putin-2024');
  });
  after(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      describe(`${width}px, ${scheme}`, () => {
        const name = (state: string) => `${state}-${width}-${scheme}`;
        before(async () => {
          await setViewport({ width, height: 900 });
          // Reduced motion stops the loading skeleton's pulse inside the shadow roots.
          await emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        });

        it('<fact-verdict>: the canonical example, full layout', async () => {
          const el = await embed(html`<fact-verdict .data=${canonical}></fact-verdict>`);
          await visualDiff(el, name('embed-full'));
        });

        // The verdict is a small share of the whole embed's pixels, too small for the threshold to
        // notice a change to it alone; its own screenshot holds the region a reader looks at first.
        it('<fact-verdict>: the verdict row of the canonical example', async () => {
          const el = await embed(html`<fact-verdict .data=${canonical}></fact-verdict>`);
          const [verdict] = deepQueryAll<HTMLElement>(el.shadowRoot!, '[part~="verdict"]');
          if (!verdict) throw new Error('the embed has no verdict part');
          await visualDiff(verdict, name('embed-verdict'));
        });

        it('<fact-verdict>: compact layout', async () => {
          // A 300px sidebar on a desktop page; the column's whole width on a phone.
          const column = width > 600 ? 'max-inline-size: 300px' : '';
          const el = await embed(html`<div style=${column}><fact-verdict layout="compact" .data=${canonical}></fact-verdict></div>`);
          await visualDiff(el, name('embed-compact'));
        });

        it('<fact-verdict>: loading, with the publisher’s fallback', async () => {
          const release = holdPendingSrc();
          try {
            const frame = await fixture<HTMLDivElement>(html`<div class="visual-frame">
              <fact-verdict src=${PENDING_SRC} loading="eager" timeout="86400000"><a href="https://example.org/fact-checks/csto">Fact-check: Armenia and the CSTO</a></fact-verdict>
            </div>`);
            const el = frame.querySelector<FactVerdict>('fact-verdict')!;
            await el.updateComplete;
            await steady();
            if (el.state !== 'loading') throw new Error(`expected the loading state, got ${el.state}`);
            await visualDiff(el, name('embed-loading'));
          } finally {
            release();
          }
        });

        it('<fact-verdict>: an error, with the publisher’s fallback', async () => {
          // The server answers 503: a retry button, and the fallback link shown again.
          const release = failSomeFetches();
          try {
            const frame = await fixture<HTMLDivElement>(html`<div class="visual-frame">
              <fact-verdict src=${FAILING_SRC.serverError} loading="eager"><a href="https://example.org/fact-checks/csto">Read this fact-check on the Fact Investigation Platform</a></fact-verdict>
            </div>`);
            const el = frame.querySelector<FactVerdict>('fact-verdict')!;
            await waitUntil(() => el.state === 'error', 'the embed never reported the error', { timeout: 4000 });
            await settled(el);
            await steady();
            await visualDiff(el, name('embed-error'));
          } finally {
            release();
          }
        });

        for (const badge of BADGES) {
          it(`<fact-verdict-badge>: ${badge.name}, in a sentence`, async () => {
            const p = await fixture<HTMLParagraphElement>(html`<p class="visual-frame" style="margin: 0">
              The minister’s account of last winter is
              <fact-verdict-badge rating=${badge.rating ?? ''} label=${badge.label ?? ''}>${badge.label ?? badge.rating}</fact-verdict-badge>,
              according to the desk.
            </p>`);
            const el = p.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('fact-verdict-badge')!;
            await el.updateComplete;
            await steady();
            await visualDiff(p, name(`badge-${badge.name}`));
          });
        }

        it('<fact-claim-card>', async () => {
          const frame = await fixture<HTMLDivElement>(html`<div class="visual-frame"><fact-claim-card .data=${canonical}></fact-claim-card></div>`);
          const el = frame.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          await steady();
          await visualDiff(frame, name('claim-card'));
        });

        it('<fact-evidence-list>', async () => {
          const frame = await fixture<HTMLDivElement>(
            html`<div class="visual-frame"><fact-evidence-list .evidence=${canonical.evidence}></fact-evidence-list></div>`,
          );
          const el = frame.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          await steady();
          await visualDiff(frame, name('evidence-list'));
        });

        it('<fact-timeline>', async () => {
          const frame = await fixture<HTMLDivElement>(html`<div class="visual-frame"><fact-timeline .events=${canonical.timeline}></fact-timeline></div>`);
          const el = frame.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          await steady();
          await visualDiff(frame, name('timeline'));
        });
      });
    }
  }
});
