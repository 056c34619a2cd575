/**
 * Flattens the FactCheck JSON Schema (`factCheckJsonSchema()`, the same definition the validator
 * and the TypeScript types come from) into one row per field, for the field table of the
 * "CMS plugin authors" guide. Nothing about the format is written here.
 */
import { DATE_PATTERN_SOURCE } from '../../src/data/date-pattern';
import { PLAIN_URL_PATTERN } from '../../src/data/plain-url';

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
}

export interface FieldRow {
  /** `claim.claimant.name`, `evidence[].url`. */
  path: string;
  /** Depth below the document, for indenting. */
  depth: number;
  type: string;
  required: boolean;
  description: string;
}

// The schema states URLs and dates by the patterns the validator uses (a `format` is not checked
// the same way by every validator), so they are told apart by those patterns.
const isDatePattern = (pattern: string | undefined) => pattern === DATE_PATTERN_SOURCE;

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'any'}`;
  if (schema.type === 'string' && schema.pattern === PLAIN_URL_PATTERN) return 'URL (absolute http/https)';
  if (schema.type === 'string' && isDatePattern(schema.pattern)) return 'date (ISO 8601, may be partial)';
  if (schema.type === 'string' && schema.minLength) return 'string (not empty)';
  return schema.type ?? 'any';
}

export function schemaRows(schema: JsonSchema, prefix = '', depth = 0): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({
      path,
      depth,
      type: typeOf(field),
      required: schema.required?.includes(name) ?? false,
      description: field.description ?? field.items?.description ?? '',
    });
    if (field.properties) rows.push(...schemaRows(field, path, depth + 1));
    if (field.type === 'array' && field.items?.properties) rows.push(...schemaRows(field.items, `${path}[]`, depth + 1));
  }
  return rows;
}
