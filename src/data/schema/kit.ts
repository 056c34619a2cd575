/**
 * A very small schema library, so that one definition gives the FactCheck format its TypeScript
 * types (by inference), its JSON Schema (by export) and its validator (by interpretation), and the
 * three cannot drift apart. It is ours rather than a dependency because the validator runs in the
 * reader's browser: it must be tiny, never evaluate code (publishers run strict CSPs),
 * never throw, report every problem by JSON path, keep unknown fields, and drop unsafe values
 * (a `javascript:` URL, an unreadable date) with a warning instead of rejecting the document.
 */
import { childPath, type Problem } from '../problems.js';
import { checkUrl } from '../safe-url.js';
import { parseDate } from '../dates.js';

export type JsonSchema = Record<string, unknown>;

/** Returned by `check` when a value is left out of the output. */
export const DROP: unique symbol = Symbol('drop');

export interface Schema<T> {
  /** Checks `value` found at `path`, adds problems, returns the value to keep or {@link DROP}. */
  check(value: unknown, path: string, problems: Problem[]): T | typeof DROP;
  jsonSchema(): JsonSchema;
  /** Marks a field an object may leave out. */
  readonly optional: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K]['optional'] extends true ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
export type ObjectOf<S extends Shape> = Simplify<
  { -readonly [K in RequiredKeys<S>]: Infer<S[K]> } & { -readonly [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

function error(problems: Problem[], path: string, message: string): typeof DROP {
  problems.push({ path, message, severity: 'error' });
  return DROP;
}

function warning(problems: Problem[], path: string, message: string): typeof DROP {
  problems.push({ path, message, severity: 'warning' });
  return DROP;
}

function withDescription(schema: JsonSchema, description: string | undefined): JsonSchema {
  return description ? { description, ...schema } : schema;
}

interface Described {
  description?: string;
}

export function optional<T>(schema: Schema<T>): Schema<T> & { readonly optional: true } {
  return { ...schema, optional: true };
}

/** A string; `nonEmpty` makes a blank one an error. */
export function string(options: Described & { nonEmpty?: boolean } = {}): Schema<string> & { readonly optional: false } {
  return {
    optional: false,
    check(value, path, problems) {
      if (typeof value !== 'string') return error(problems, path, `expected a string, got ${describe(value)}`);
      if (options.nonEmpty && value.trim() === '') return error(problems, path, 'must not be empty');
      return value;
    },
    jsonSchema: () => withDescription({ type: 'string', ...(options.nonEmpty ? { minLength: 1, pattern: '\\S' } : {}) }, options.description),
  };
}

export function number(options: Described = {}): Schema<number> & { readonly optional: false } {
  return {
    optional: false,
    check(value, path, problems) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return error(problems, path, `expected a number, got ${describe(value)}`);
      return value;
    },
    jsonSchema: () => withDescription({ type: 'number' }, options.description),
  };
}

export function boolean(options: Described = {}): Schema<boolean> & { readonly optional: false } {
  return {
    optional: false,
    check(value, path, problems) {
      if (typeof value !== 'boolean') return error(problems, path, `expected true or false, got ${describe(value)}`);
      return value;
    },
    jsonSchema: () => withDescription({ type: 'boolean' }, options.description),
  };
}

/*
 * Severity: a wrong structure or type is an error (the document cannot be shown as it is), while a
 * value that can simply be left out (an unsafe URL, an unreadable date, an unknown enum value) is
 * dropped with a warning, unless its field is required.
 */

/**
 * One of a fixed set of strings. An unknown value is dropped with a warning rather than failing
 * the document: a newer producer may know values this reader does not.
 */
export function oneOf<const V extends readonly string[]>(values: V, options: Described = {}): Schema<V[number]> & { readonly optional: false } {
  return {
    optional: false,
    check(value, path, problems) {
      if (typeof value === 'string' && values.includes(value)) return value as V[number];
      return warning(problems, path, `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`);
    },
    jsonSchema: () => withDescription({ type: 'string', enum: [...values] }, options.description),
  };
}

/** A link target. Anything the URL gate refuses is dropped with a warning; the item still shows. */
export function url(options: Described & { allowMailto?: boolean } = {}): Schema<string> & { readonly optional: false } {
  const schemes = options.allowMailto ? '(?:[Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)' : '[Hh][Tt][Tt][Pp][Ss]?://';
  return {
    optional: false,
    check(value, path, problems) {
      const verdict = checkUrl(value, options);
      return verdict.ok ? verdict.url : warning(problems, path, verdict.reason);
    },
    jsonSchema: () => withDescription({ type: 'string', format: 'uri', pattern: `^${schemes}` }, options.description),
  };
}

/** An ISO 8601 date of any precision; an unreadable one is dropped with a warning. */
export function date(options: Described = {}): Schema<string> & { readonly optional: false } {
  return {
    optional: false,
    check(value, path, problems) {
      const parsed = parseDate(value);
      if (!parsed) {
        return warning(problems, path, `expected an ISO 8601 date such as 2022, 2022-07, 2022-09-13 or 2022-09-13T10:00:00Z, got ${describe(value)}`);
      }
      return parsed.iso;
    },
    jsonSchema: () =>
      withDescription(
        { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?)?$' },
        options.description,
      ),
  };
}

export function array<T>(item: Schema<T>, options: Described = {}): Schema<T[]> & { readonly optional: false } {
  return {
    optional: false,
    check(value, path, problems) {
      if (!Array.isArray(value)) return error(problems, path, `expected an array, got ${describe(value)}`);
      const out: T[] = [];
      value.forEach((entry, i) => {
        const checked = item.check(entry, childPath(path, i), problems);
        if (checked !== DROP) out.push(checked);
      });
      return out;
    },
    jsonSchema: () => withDescription({ type: 'array', items: item.jsonSchema() }, options.description),
  };
}

/**
 * An object with known fields; fields are required unless wrapped in {@link optional}. Unknown
 * fields are kept as they are, so a document passes through this reader without losing data.
 */
export function object<S extends Shape>(shape: S, options: Described = {}): Schema<ObjectOf<S>> & { readonly optional: false } {
  return {
    optional: false,
    check(value, path, problems) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return error(problems, path, `expected an object, got ${describe(value)}`);
      }
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = { ...input };
      let missingRequired = false;
      for (const [key, field] of Object.entries(shape)) {
        const fieldPath = childPath(path, key);
        if (input[key] === undefined) {
          if (!field.optional) {
            error(problems, fieldPath, 'is required');
            missingRequired = true;
          }
          continue;
        }
        const before = problems.length;
        const checked = field.check(input[key], fieldPath, problems);
        if (checked === DROP) {
          delete out[key];
          if (!field.optional) {
            // A value that could be dropped elsewhere (an unreadable date) is fatal where required;
            // warnings deeper inside a field that failed for its own errors stay warnings.
            const own = problems.slice(before);
            if (!own.some((problem) => problem.severity === 'error')) {
              for (const problem of own) if (problem.path === fieldPath) problem.severity = 'error';
            }
            missingRequired = true;
          }
        } else {
          out[key] = checked;
        }
      }
      return missingRequired ? DROP : (out as ObjectOf<S>);
    },
    jsonSchema() {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(shape)) {
        properties[key] = field.jsonSchema();
        if (!field.optional) required.push(key);
      }
      return withDescription(
        { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: true },
        options.description,
      );
    },
  };
}

/** Names a value's kind in a message: `a number`, `null`, `an array`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string ("${value.slice(0, 37)}...")` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'undefined') return 'nothing';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}
