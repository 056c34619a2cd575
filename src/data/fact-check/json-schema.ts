import { toJsonSchema } from '../schema/json-schema.js';
import { FACT_CHECK_DESCRIPTIONS } from './descriptions.js';
import { factCheckSchema } from './schema.js';

/**
 * The JSON Schema shipped as `fact-check.schema.json`, written from the definition the validator
 * interprets. Kept out of `schema.ts` so that the CDN bundle, which validates, does not carry it.
 */
export function factCheckJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:fact-verdict:fact-check:1',
    title: 'FactCheck',
    $comment:
      'Accepts exactly the documents fact-verdict reads without any problem (readFactCheck). What it refuses, fact-verdict reports by path as an error, or as a warning while it shows the rest: text and lists beyond maxLength and maxItems cut, unsafe URLs, impossible dates and unknown enum values dropped. The one rule no pattern states: an xn-- host label must be valid Punycode, as the URL parser decides.',
    ...toJsonSchema(factCheckSchema, FACT_CHECK_DESCRIPTIONS),
  };
}
