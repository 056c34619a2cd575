// Writes dist/fact-check.schema.json from the compiled format definition: the JSON Schema is
// exported from the same definition as the types and the validator, never written by hand.
import { writeFileSync } from 'node:fs';
import { factCheckJsonSchema } from '../dist/data/fact-check/schema.js';

writeFileSync('dist/fact-check.schema.json', `${JSON.stringify(factCheckJsonSchema(), null, 2)}\n`);
console.log('wrote dist/fact-check.schema.json');
