/**
 * A very small schema library, so that one definition gives the FactCheck format its TypeScript
 * types (by inference), its validator (by interpretation) and its JSON Schema (by export), and the
 * three cannot drift apart. It is ours rather than a dependency because the validator runs in the
 * reader's browser: it must be tiny, never evaluate code (publishers run strict CSPs),
 * never throw, report every problem by JSON path, keep unknown fields, and drop unsafe values
 * (a `javascript:` URL, an unreadable date) with a warning instead of rejecting the document.
 *
 * Only the validator is here, because this module ships to every reader. Each node also states
 * what it checks as data, its {@link Rule}, which `json-schema.ts` writes out as JSON Schema for
 * the build; the field descriptions live beside that, never in a browser.
 */
import { childPath, type Problem } from '../problems.js';
import { unreadable } from '../unreadable.js';
import { checkPlainUrl } from '../plain-url.js';
import { checkDate } from '../dates.js';
import { MAX_ITEMS } from '../limits.js';
import { exceedsLength } from '../code-points.js';
import { tooManyItemsMessage, truncate, truncatedMessage } from '../truncate.js';
import { isNonBlank } from '../whitespace.js';

/** Returned by `check` when a value is left out of the output. */
export const DROP: unique symbol = Symbol('drop');

type Check<T> = (value: unknown, path: string, problems: Problem[]) => T | typeof DROP;

export interface Schema<T, R extends Rule = Rule> {
  /**
   * Checks `value` found at `path`, adds problems, returns the value to keep or {@link DROP}.
   * Never throws: a value whose getters or Proxy traps throw is an error at its path.
   */
  readonly check: Check<T>;
  /** Marks a field an object may leave out. */
  readonly optional: boolean;
  /** What `check` checks, as data: the parameters it reads, and all that the JSON Schema needs. */
  readonly rule: R;
}

/** What a node checks, by kind: each builder below makes one, and its `check` reads it. */
export type Rule =
  | { readonly kind: 'string'; readonly nonEmpty?: boolean; readonly maxLength?: number }
  | { readonly kind: 'number'; readonly expected?: number }
  | { readonly kind: 'integer'; readonly minimum: number; readonly maximum: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'oneOf'; readonly values: readonly string[] }
  | { readonly kind: 'url' }
  | { readonly kind: 'date' }
  | { readonly kind: 'array'; readonly item: Schema<unknown>; readonly maxItems: number }
  | { readonly kind: 'object'; readonly shape: Shape; readonly anyOf?: readonly string[] };

function node<T, R extends Rule>(rule: R, check: Check<T>): Schema<T, R> & { readonly optional: false } {
  return { check, optional: false, rule };
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
// Keys filtered with `as` over `keyof S` (not mapped over a computed key union), so each field of
// the inferred type keeps its declaration in the shape, and the JSDoc written there reaches the
// typings and editors' hovers.
export type ObjectOf<S extends Shape> = Simplify<
  { -readonly [K in keyof S as S[K]['optional'] extends true ? never : K]: Infer<S[K]> } & {
    -readonly [K in keyof S as S[K]['optional'] extends true ? K : never]?: Infer<S[K]>;
  }
>;

function error(problems: Problem[], path: string, message: string): typeof DROP {
  problems.push({ path, message, severity: 'error' });
  return DROP;
}

function warning(problems: Problem[], path: string, message: string): typeof DROP {
  problems.push({ path, message, severity: 'warning' });
  return DROP;
}

/*
 * Reading input. Values reach the reader from JSON, but also as objects from a page's scripts,
 * and those can have getters and Proxy traps that throw. Every read of the input goes through
 * these two functions (the checks below touch the input nowhere else), so a throwing read becomes
 * an error problem at its path instead of an exception. The schema's depth is fixed, so a cyclic
 * or absurdly deep value costs nothing: nothing below the schema's own fields is walked.
 */

type Kind = 'object' | 'array' | 'other';

/** Whether `value` is a plain object, an array or neither; `Array.isArray` throws on a revoked Proxy. */
function kindOf(value: unknown, path: string, problems: Problem[]): Kind | typeof DROP {
  if (typeof value !== 'object' || value === null) return 'other';
  try {
    return Array.isArray(value) ? 'array' : 'object';
  } catch (thrown) {
    problems.push(unreadable(path, thrown));
    return DROP;
  }
}

/** `container[key]`, or {@link DROP} with an error at `path()` when reading it throws. */
function readKey(container: object, key: string | number, path: () => string, problems: Problem[]): unknown {
  try {
    return (container as Record<string | number, unknown>)[key];
  } catch (thrown) {
    problems.push(unreadable(path(), thrown));
    return DROP;
  }
}

export function optional<T, R extends Rule>(schema: Schema<T, R>): Schema<T, R> & { readonly optional: true } {
  return { ...schema, optional: true };
}

/**
 * A string; `nonEmpty` makes a blank one an error. One longer than `maxLength` characters is cut
 * to that length, ending in `…`, with a warning.
 */
export function string(options: { nonEmpty?: boolean; maxLength?: number } = {}) {
  const rule = { kind: 'string', ...options } as const;
  return node<string, typeof rule>(rule, (value, path, problems) => {
    const { maxLength } = rule;
    if (typeof value !== 'string') return error(problems, path, `expected a string, got ${describe(value)}`);
    if (rule.nonEmpty && !isNonBlank(value)) return error(problems, path, 'must not be empty');
    if (maxLength !== undefined && exceedsLength(value, maxLength)) {
      warning(problems, path, truncatedMessage(maxLength));
      return truncate(value, maxLength);
    }
    return value;
  });
}

/**
 * A finite number (JSON's `1e400` reads as Infinity and is refused, as the schema's bounds refuse
 * it). With `expected`, any other number is kept with the warning `unexpected` gives.
 */
export function number(options: { expected?: number; unexpected?: (value: number) => string } = {}) {
  const { expected, unexpected } = options;
  const rule = { kind: 'number', expected } as const;
  return node<number, typeof rule>(rule, (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return error(problems, path, `expected a number, got ${describe(value)}`);
    if (rule.expected !== undefined && value !== rule.expected) {
      warning(problems, path, unexpected?.(value) ?? `expected ${rule.expected}, got ${value}`);
    }
    return value;
  });
}

/**
 * A whole number from `minimum` to `maximum` (a size in pixels). Not a number is an error, as for
 * {@link number}; a number outside the range or with a fraction is dropped with a warning, since
 * the field can simply be left out.
 */
export function integer(options: { minimum: number; maximum: number }) {
  const rule = { kind: 'integer', minimum: options.minimum, maximum: options.maximum } as const;
  return node<number, typeof rule>(rule, (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return error(problems, path, `expected a number, got ${describe(value)}`);
    if (!Number.isInteger(value) || value < rule.minimum || value > rule.maximum) {
      return warning(problems, path, `expected a whole number from ${rule.minimum} to ${rule.maximum}, got ${value}`);
    }
    return value;
  });
}

export function boolean() {
  return node<boolean, { readonly kind: 'boolean' }>({ kind: 'boolean' }, (value, path, problems) => {
    if (typeof value !== 'boolean') return error(problems, path, `expected true or false, got ${describe(value)}`);
    return value;
  });
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
export function oneOf<const V extends readonly string[]>(values: V) {
  const rule = { kind: 'oneOf', values } as const;
  return node<V[number], typeof rule>(rule, (value, path, problems) => {
    if (typeof value === 'string' && rule.values.includes(value)) return value as V[number];
    return warning(problems, path, `expected one of ${rule.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`);
  });
}

/**
 * A link target, as {@link checkPlainUrl} allows it: an absolute http(s) URL, written plainly.
 * Anything else is dropped with a warning; the item still shows.
 */
export function url() {
  return node<string, { readonly kind: 'url' }>({ kind: 'url' }, (value, path, problems) => {
    const verdict = checkPlainUrl(value);
    return verdict.ok ? verdict.url : warning(problems, path, verdict.reason);
  });
}

const DATE_EXAMPLES = 'an ISO 8601 date such as 2022, 2022-07, 2022-09-13 or 2022-09-13T10:00:00Z';

/** A date value in a message: itself when short, otherwise as {@link describe} shortens it. */
function quoteDate(text: string): string {
  return text.length > 40 ? describe(text) : text;
}

/** An ISO 8601 date of any precision; an unreadable one is dropped with a warning. */
export function date() {
  return node<string, { readonly kind: 'date' }>({ kind: 'date' }, (value, path, problems) => {
    const verdict = checkDate(value);
    if (verdict.ok) return verdict.date.iso;
    const text = typeof value === 'string' ? quoteDate(value.trim()) : '';
    switch (verdict.fault) {
      case 'calendar':
        return warning(problems, path, `${text} is not a date on the calendar`);
      case 'clock':
        return warning(problems, path, `${text} is not a time of day`);
      case 'zone':
        return warning(problems, path, `${text} has a time zone offset beyond ±14:00`);
      default:
        return warning(problems, path, `expected ${DATE_EXAMPLES}, got ${describe(value)}`);
    }
  });
}

/** A list; beyond `maxItems` (500 by default) the rest is left out with one warning. */
export function array<I extends Schema<unknown>>(item: I, options: { maxItems?: number } = {}) {
  const rule = { kind: 'array', item, maxItems: options.maxItems ?? MAX_ITEMS } as const;
  return node<Infer<I>[], typeof rule>(rule, (value, path, problems) => {
    const { maxItems } = rule;
    const kind = kindOf(value, path, problems);
    if (kind === DROP) return DROP;
    if (kind !== 'array') return error(problems, path, `expected an array, got ${describe(value)}`);
    const list = value as unknown[];
    const length = readKey(list, 'length', () => path, problems);
    if (length === DROP) return DROP;
    const count = typeof length === 'number' && length > 0 ? length : 0;
    if (count > maxItems) warning(problems, path, tooManyItemsMessage(count, maxItems));
    const out: Infer<I>[] = [];
    for (let i = 0; i < Math.min(count, maxItems); i += 1) {
      const entry = readKey(list, i, () => childPath(path, i), problems);
      if (entry === DROP) continue;
      const checked = rule.item.check(entry, childPath(path, i), problems);
      if (checked !== DROP) out.push(checked as Infer<I>);
    }
    return out;
  });
}

/** Sets `key` as an own field even when it is `__proto__`, as JSON.parse and object spread do. */
function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/**
 * An object with known fields; fields are required unless wrapped in {@link optional}. Unknown
 * fields are kept as they are (read once, in their order), so a document passes through this
 * reader without losing data.
 */
/**
 * With `anyOf`, the object must keep at least one of those (optional) fields: a verdict needs its
 * publisher's words or a normalized rating, not necessarily both. Missing all of them is an error
 * at the object's path.
 */
export function object<S extends Shape>(shape: S, options: { anyOf?: readonly (keyof S & string)[] } = {}) {
  const rule = { kind: 'object', shape, ...(options.anyOf ? { anyOf: options.anyOf } : {}) } as const;
  const fields = Object.entries(shape);
  return node<ObjectOf<S>, typeof rule>(rule, (value, path, problems) => {
    const kind = kindOf(value, path, problems);
    if (kind === DROP) return DROP;
    if (kind !== 'object') return error(problems, path, `expected an object, got ${describe(value)}`);
    const input = value as Record<string, unknown>;
    let keys: string[];
    try {
      keys = Object.keys(input);
    } catch (thrown) {
      problems.push(unreadable(path, thrown));
      return DROP;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      // Known fields keep their place in the output and are filled in below.
      if (Object.hasOwn(shape, key)) {
        setField(out, key, undefined);
        continue;
      }
      const extra = readKey(input, key, () => childPath(path, key), problems);
      if (extra !== DROP) setField(out, key, extra);
    }
    let missingRequired = false;
    for (const [key, field] of fields) {
      const fieldPath = childPath(path, key);
      const given = readKey(input, key, () => fieldPath, problems);
      if (given === DROP || given === undefined) {
        delete out[key];
        if (given === undefined && !field.optional) error(problems, fieldPath, 'is required');
        if (!field.optional) missingRequired = true;
        continue;
      }
      const before = problems.length;
      const checked = field.check(given, fieldPath, problems);
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
    if (missingRequired) return DROP;
    const anyOf = options.anyOf;
    if (anyOf && !anyOf.some((key) => out[key] !== undefined)) {
      // A field that was given but refused has said why already; one error per mistake.
      const refused = problems.some((p) => p.severity === 'error' && anyOf.some((key) => p.path === childPath(path, key)));
      return refused ? DROP : error(problems, path, `needs ${anyOf.map((key) => JSON.stringify(key)).join(' or ')}`);
    }
    return out as ObjectOf<S>;
  });
}

/** Names a value's kind in a message: `a number`, `null`, `an array`. Never throws. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length > 40 ? `a string ("${value.slice(0, 37)}...")` : `"${value}"`;
  if (typeof value === 'undefined') return 'nothing';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') {
    try {
      return Array.isArray(value) ? 'an array' : 'an object';
    } catch {
      return 'an object';
    }
  }
  // Numbers, booleans, bigints and symbols convert to text without calling into the value.
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}
