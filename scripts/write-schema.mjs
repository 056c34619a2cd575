// Writes dist/fact-check.schema.json from the compiled format definition: the JSON Schema is
// exported from the same definition as the types and the validator, never written by hand, and
// test/schema-agreement.test.mjs checks that the file shipped is this output and that it accepts
// exactly the documents the validator accepts without a problem.
// `node scripts/write-schema.mjs [dir]` writes into another build directory (dist by default).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? 'dist');
const { factCheckJsonSchema } = await import(pathToFileURL(join(dir, 'data/fact-check/json-schema.js')).href);

writeFileSync(join(dir, 'fact-check.schema.json'), `${JSON.stringify(factCheckJsonSchema(), null, 2)}\n`);
console.log(`wrote ${join(process.argv[2] ?? 'dist', 'fact-check.schema.json')}`);
