import { MAX_INPUT_DEPTH, MAX_INPUT_VALUES, MAX_ITEMS } from '../limits.js';
import type { Problem } from '../problems.js';
import { unreadable } from '../unreadable.js';
import { tooManyItemsMessage } from '../truncate.js';
import { at } from './json-path.js';

/** Keys read of one object: JSON-LD nodes have a few dozen; the rest of a runaway object is left out. */
const MAX_KEYS = 1_000;

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** What a read that threw gives instead of a value. */
const UNREADABLE = Symbol('unreadable');

/**
 * A plain copy of ClaimReview input, made before the importer reads any of it. The importer reads
 * JSON-LD in every shape the wild has, through dozens of fields; rather than guard each read, this
 * one walk reads the input once, and every reader after it reads plain data that cannot throw:
 *
 * - a getter or Proxy trap that throws is an error at its path, and that value is left out;
 * - a value that contains itself (a cycle) and values nested deeper than {@link MAX_INPUT_DEPTH}
 *   levels are left out with a warning;
 * - lists beyond {@link MAX_ITEMS} entries keep their first ones, and after
 *   {@link MAX_INPUT_VALUES} values in all the rest is left out, each with one warning, so a
 *   runaway input costs bounded work.
 *
 * Strings are kept as they are (the readers cut them to the limits of the fields they fill); an
 * object met twice is copied once and shared, as it was.
 */
export function snapshot(input: unknown, problems: Problem[]): unknown {
  let left = MAX_INPUT_VALUES;
  let told = false;
  /** Counts one more value read; false once the budget is spent (saying so, once). */
  const spend = (): boolean => {
    if (left > 0) {
      left -= 1;
      return true;
    }
    if (!told) problems.push({ path: '$', message: `holds more than ${MAX_INPUT_VALUES} values; the rest is not read`, severity: 'warning' });
    told = true;
    return false;
  };
  const copies = new Map<object, unknown>();
  const open = new Set<object>();
  const warn = (path: string, message: string) => problems.push({ path, message, severity: 'warning' });

  const copy = (value: unknown, path: string, depth: number): unknown => {
    if (!spend()) return undefined;
    if (typeof value !== 'object' || value === null) return value;
    if (copies.has(value)) return copies.get(value);
    if (open.has(value)) {
      warn(path, 'refers back to an object that contains it (a cycle); left out');
      return undefined;
    }
    if (depth >= MAX_INPUT_DEPTH) {
      warn(path, `nests deeper than ${MAX_INPUT_DEPTH} levels; left out`);
      return undefined;
    }
    open.add(value);
    try {
      const result = Array.isArray(value) ? copyList(value, path, depth) : copyNode(value as Record<string, unknown>, path, depth);
      copies.set(value, result);
      return result;
    } catch (thrown) {
      // Array.isArray, a length, the list of keys: what the readers below cannot attribute to one key.
      problems.push(unreadable(path, thrown));
      return undefined;
    } finally {
      open.delete(value);
    }
  };

  /** `container[key]`, or {@link UNREADABLE} with an error at its path when reading it throws. */
  const read = (container: object, key: string | number, path: string): unknown => {
    try {
      return (container as Record<string | number, unknown>)[key];
    } catch (thrown) {
      problems.push(unreadable(at(path, key), thrown));
      return UNREADABLE;
    }
  };

  const copyList = (list: unknown[], path: string, depth: number): unknown[] => {
    const length = list.length;
    const count = typeof length === 'number' && length > 0 ? length : 0;
    if (count > MAX_ITEMS) warn(path, tooManyItemsMessage(count, MAX_ITEMS));
    const out: unknown[] = [];
    for (let i = 0; i < Math.min(count, MAX_ITEMS); i += 1) {
      if (left === 0 && !spend()) break;
      const entry = read(list, i, path);
      out.push(entry === UNREADABLE ? undefined : isContainer(entry) ? copy(entry, at(path, i), depth + 1) : spend() ? entry : undefined);
    }
    return out;
  };

  const copyNode = (node: Record<string, unknown>, path: string, depth: number): Record<string, unknown> => {
    const keys = Object.keys(node);
    if (keys.length > MAX_KEYS) warn(path, `has ${keys.length} keys; only the first ${MAX_KEYS} are read`);
    const out: Record<string, unknown> = {};
    for (let i = 0; i < Math.min(keys.length, MAX_KEYS); i += 1) {
      if (left === 0 && !spend()) break;
      const key = keys[i]!;
      const entry = read(node, key, path);
      if (entry === UNREADABLE) continue;
      // Only containers need their path (for what may be said inside them); it is not built for the rest.
      const value = isContainer(entry) ? copy(entry, at(path, key), depth + 1) : spend() ? entry : undefined;
      if (value === undefined) continue;
      // An own `__proto__` key stays a key, as JSON.parse makes it, and never becomes the prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      else out[key] = value;
    }
    return out;
  };

  return copy(input, '$', 0);
}
