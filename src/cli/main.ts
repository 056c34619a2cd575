#!/usr/bin/env node
/**
 * The `fact-verdict` command (`npx fact-verdict --help`): validate, convert and server-render
 * fact-check files. See `run.ts`; this file only connects it to the process.
 */
import { processIo } from './io.js';
import { run } from './run.js';

// exitCode rather than exit(): stdout piped to another program is flushed before the process ends.
process.exitCode = await run(process.argv.slice(2), processIo);
