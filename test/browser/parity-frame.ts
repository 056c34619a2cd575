// Loads one build of the elements into this frame, then renders every parity scene with it.
// The frame's window gets `parity`: a promise of the scene sections, or of the reason it failed.
import { renderScenes } from '../../src/test-support/parity-scenes.js';

const BUILDS: Record<string, string> = {
  // What publishers load: one script, its chunks beside it.
  cdn: '/dist/fact-verdict.min.js',
  // What npm users load, from the sources (the test runner compiles them).
  modules: '/src/index.ts',
};

async function start(): Promise<Map<string, HTMLElement>> {
  const build = new URLSearchParams(location.search).get('build') ?? '';
  if (!(build in BUILDS)) throw new Error(`unknown build "${build}"`);
  await import(BUILDS[build]!).catch((error: unknown) => {
    throw new Error(`could not load ${BUILDS[build]} (${String(error)})${build === 'cdn' ? '; run `npm run build` first (npm test does it)' : ''}`);
  });
  const canonical = (await (await fetch('/examples/fip-csto-putin-2024.json')).json()) as Record<string, unknown>;
  return renderScenes(document, canonical);
}

(window as unknown as { parity: Promise<Map<string, HTMLElement>> }).parity = start();
