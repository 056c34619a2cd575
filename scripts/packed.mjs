// The package as npm would publish it, installed into an empty folder: what the pack checks
// (check-pack.mjs) and the consumer type check (check-types.mjs) look at, instead of the sources.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Runs a command, returns its stdout; its stderr goes to ours, and a non-zero exit throws. */
export const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/**
 * Packs the project (its `dist/` must be built), installs the tarball into an app folder of its own
 * (with the package's dependencies from the registry, nothing from this checkout), and hands
 * `body` the tarball's path, npm's description of it and the app folder; removes it all after.
 */
export async function withPackedPackage(body) {
  const work = mkdtempSync(join(tmpdir(), 'fact-verdict-pack-'));
  try {
    const tarball = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], process.cwd()))[0];
    const tarballPath = resolve(work, tarball.filename);
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', tarballPath], app);
    return await body({ tarball, tarballPath, app });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
