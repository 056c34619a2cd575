/**
 * Writes a schema node tree (`kit.ts`) as JSON Schema 2020-12, from the rule each node states, so
 * the schema says what the validator checks. Only the build and `fact-verdict/data` import this:
 * the CDN bundle ships the validator alone, without the patterns and descriptions below.
 */
import type { Rule, Schema } from './kit.js';
import { PLAIN_URL_PATTERN } from '../plain-url.js';
import { DATE_PATTERN_SOURCE } from '../date-pattern.js';
import { MAX_URL_LENGTH } from '../limits.js';
import { NON_BLANK_PATTERN } from '../whitespace.js';

export type JsonSchema = Record<string, unknown>;

/**
 * The descriptions of a node tree, shaped like it: a string for each plain field, and for an
 * object or a list its own description as `$` beside those of its fields (`items` for a list's
 * item). Every field must have one (a list's item or the root may go without), and a key that
 * names no field does not compile, so the documentation cannot fall behind the format.
 */
export type Descriptions<N> = Described<N, { readonly $: string }>;

type Described<N, Own> = N extends { readonly rule: { readonly kind: 'object'; readonly shape: infer S } }
  ? Own & { readonly [K in keyof S]: Described<S[K], { readonly $: string }> }
  : N extends { readonly rule: { readonly kind: 'array'; readonly item: infer I } }
    ? Own & { readonly items: Described<I, { readonly $?: string }> }
    : string;

/** Descriptions as the writer walks them, whatever the tree. */
type DescriptionTree = string | { readonly [key: string]: DescriptionTree | undefined };

/** `node` as JSON Schema, each field with its description (first, as people read a schema). */
export function toJsonSchema<N extends Schema<unknown>>(node: N, descriptions: Descriptions<N>): JsonSchema {
  return write(node, descriptions as DescriptionTree);
}

function write(node: Schema<unknown>, described: DescriptionTree | undefined): JsonSchema {
  const within = (key: string) => (typeof described === 'object' ? described[key] : undefined);
  const own = typeof described === 'object' ? within('$') : described;
  const schema = ruleSchema(node.rule, within);
  return typeof own === 'string' ? { description: own, ...schema } : schema;
}

function ruleSchema(rule: Rule, within: (key: string) => DescriptionTree | undefined): JsonSchema {
  switch (rule.kind) {
    case 'string':
      return {
        type: 'string',
        ...(rule.nonEmpty ? { minLength: 1, pattern: NON_BLANK_PATTERN } : {}),
        ...(rule.maxLength !== undefined ? { maxLength: rule.maxLength } : {}),
      };
    case 'number':
      // The bounds refuse what JSON reads as Infinity (`1e400`), as the validator does.
      return rule.expected !== undefined ? { type: 'number', const: rule.expected } : { type: 'number', minimum: -Number.MAX_VALUE, maximum: Number.MAX_VALUE };
    case 'integer':
      return { type: 'integer', minimum: rule.minimum, maximum: rule.maximum };
    case 'boolean':
      return { type: 'boolean' };
    case 'oneOf':
      return { type: 'string', enum: [...rule.values] };
    case 'url':
      return { type: 'string', maxLength: MAX_URL_LENGTH, pattern: PLAIN_URL_PATTERN };
    case 'date':
      return { type: 'string', pattern: DATE_PATTERN_SOURCE };
    case 'array':
      return { type: 'array', items: write(rule.item, within('items')), maxItems: rule.maxItems };
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(rule.shape)) {
        properties[key] = write(field, within(key));
        if (!field.optional) required.push(key);
      }
      // Unknown fields are allowed, as the validator keeps them.
      // `anyOf`: at least one of those fields, each valid (an invalid one the validator drops).
      const anyOf = rule.anyOf?.map((key) => ({ required: [key] }));
      return { type: 'object', properties, ...(required.length ? { required } : {}), ...(anyOf ? { anyOf } : {}), additionalProperties: true };
    }
  }
}
