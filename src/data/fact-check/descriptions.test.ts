import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { FACT_CHECK_DESCRIPTIONS } from './descriptions.js';
import { factCheckJsonSchema } from './json-schema.js';

interface Written {
  description?: unknown;
  properties?: Record<string, Written>;
  items?: Written;
}

/** Paths of the fields of `schema` (as the JSON Schema has them) whose description is missing or blank. */
function undescribed(schema: Written, path = ''): string[] {
  const missing: string[] = [];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const at = path ? `${path}.${key}` : key;
    if (typeof field.description !== 'string' || field.description.trim() === '') missing.push(at);
    missing.push(...undescribed(field, at));
    if (field.items) missing.push(...undescribed(field.items, `${at}[]`));
  }
  return missing;
}

/** Every description the JSON Schema carries, at any depth. */
function written(schema: Written): string[] {
  const own = typeof schema.description === 'string' ? [schema.description] : [];
  const inner = [...Object.values(schema.properties ?? {}), ...(schema.items ? [schema.items] : [])];
  return [...own, ...inner.flatMap(written)];
}

/** Every string of a description tree. */
function given(tree: unknown): string[] {
  return typeof tree === 'string' ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(given);
}

describe('the FactCheck descriptions', () => {
  const schema = factCheckJsonSchema() as Written;

  it('describe every field of the format', () => {
    expect(Object.keys(schema.properties ?? {})).to.include.members(['claim', 'verdict', 'evidence']);
    expect(undescribed(schema)).to.deep.equal([]);
  });

  it('are all used: none names a field the format does not have', () => {
    // A description whose key matches no field never reaches the schema.
    expect(written(schema).sort()).to.deep.equal(given(FACT_CHECK_DESCRIPTIONS).sort());
  });

  it('come first in each field, as people read a schema', () => {
    const claim = schema.properties!.claim as Record<string, unknown>;
    expect(Object.keys(claim)[0]).to.equal('description');
    expect(claim.description).to.equal(FACT_CHECK_DESCRIPTIONS.claim.$);
  });
});
