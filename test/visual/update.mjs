#!/usr/bin/env node
// `npm run test:visual:update`: redraws every visual baseline (test/visual/baselines/) from the
// current look, on purpose. It deletes the old baselines first, so a state that was renamed or
// removed leaves no stale image behind, then runs only the `visual` group (Chromium; about 20 s)
// with the plugin in update mode, then checks that every test drew its image. Look at the new
// images (git diff shows which changed) and commit them with the change that explains them.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const baselines = fileURLToPath(new URL('./baselines/', import.meta.url));
const failed = fileURLToPath(new URL('./failed/', import.meta.url));
rmSync(baselines, { recursive: true, force: true });
rmSync(failed, { recursive: true, force: true });

const run = spawnSync('npx', ['wtr', '--group', 'visual'], {
  stdio: 'inherit',
  env: { ...process.env, FACT_VERDICT_UPDATE_VISUAL: '1' },
});
let drawn = [];
try {
  drawn = readdirSync(baselines).filter((f) => f.endsWith('.png'));
} catch {
  // No folder: nothing was drawn.
}
if (run.status !== 0 || drawn.length === 0) {
  console.error(
    `\nvisual baselines NOT updated (wtr exited ${run.status}, ${drawn.length} images drawn); restore them with git checkout test/visual/baselines`,
  );
  process.exit(1);
}
console.log(`\n${drawn.length} visual baselines redrawn in test/visual/baselines/; review with git status / git diff, then commit them.`);
