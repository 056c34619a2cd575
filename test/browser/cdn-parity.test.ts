// What publishers load is what we test: every scene (src/test-support/parity-scenes.ts) renders
// once from the CDN bundle dist/fact-verdict.min.js and once from the source modules, each in a
// frame of its own (both register the same tags, so they cannot share one registry), and must
// look the same: per element, the same computed styles and the same rendered text. Needs dist/
// built (scripts/test.mjs builds it when it is missing or older than the sources).
import { expect } from '../../src/test-support/index.js';
import { SCENES } from '../../src/test-support/parity-scenes.js';
import { compareSignatures, describeDifferences, settleScene, type ElementSignature } from '../../src/test-support/parity.js';

type ParityWindow = Window & { parity: Promise<Map<string, HTMLElement>> };

/** A same-origin frame running one build; resolves with its scene sections once it rendered them. */
async function openFrame(build: 'cdn' | 'modules'): Promise<{ frame: HTMLIFrameElement; sections: Map<string, HTMLElement> }> {
  const frame = document.createElement('iframe');
  // Both frames the same size and on screen, so media queries and frame scheduling match.
  frame.style.cssText = 'display: block; width: 780px; height: 280px; border: 0;';
  frame.title = build;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/browser/parity-frame.html?build=${build}`;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as ParityWindow;
  if (!view.parity) throw new Error(`the ${build} frame did not start (parity-frame.ts did not run)`);
  return { frame, sections: await view.parity };
}

describe('the CDN bundle renders like the modules', function (this: Mocha.Suite) {
  this.timeout(30000);
  let cdn: Awaited<ReturnType<typeof openFrame>>;
  let modules: Awaited<ReturnType<typeof openFrame>>;

  before(async () => {
    [cdn, modules] = await Promise.all([openFrame('cdn'), openFrame('modules')]);
  });

  after(() => {
    cdn?.frame.remove();
    modules?.frame.remove();
  });

  it('runs the bundle in one frame and the source modules in the other', () => {
    // Guards the comparison itself: two frames on the same build would always agree.
    const loaded = (frame: HTMLIFrameElement) => frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded(cdn.frame)).to.include('/dist/fact-verdict.min.js');
    expect(loaded(cdn.frame).some((path) => path.startsWith('/src/elements/'))).to.equal(false);
    expect(loaded(modules.frame)).to.include('/src/index.ts');
    expect(loaded(modules.frame).some((path) => path.startsWith('/dist/'))).to.equal(false);
  });

  for (const scene of SCENES) {
    it(`${scene.name}: same styles and text`, async () => {
      const settle = async (side: typeof cdn): Promise<ElementSignature[]> => {
        const section = side.sections.get(scene.name)!;
        const settled = await settleScene(section, { state: scene.state });
        if (!scene.act) return settled;
        scene.act(section);
        return settleScene(section, { state: scene.state });
      };
      const [fromModules, fromCdn] = await Promise.all([settle(modules), settle(cdn)]);
      // Something must be drawn, or two empty scenes would agree.
      expect(fromModules.length, 'elements in the scene').to.be.greaterThan(1);
      expect(
        fromModules.some((element) => element.text.trim() !== ''),
        'text in the scene',
      ).to.equal(true);
      const differences = compareSignatures(fromModules, fromCdn);
      if (differences.length > 0) expect.fail(describeDifferences(differences));
    });
  }
});
