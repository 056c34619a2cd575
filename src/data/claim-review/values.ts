import type { Problem } from '../problems.js';
import { describe } from '../schema/kit.js';
import { at } from './json-path.js';
import { cleanText } from './decode-text.js';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../limits.js';
import { exceedsLength } from '../code-points.js';
import { truncate, truncatedMessage } from '../truncate.js';
import { isNonBlank } from '../whitespace.js';

/** A JSON object as found in the input. */
export type Node = Record<string, unknown>;

/** What every reader of one ClaimReview shares: where problems go, and the URL to resolve against. */
export interface ReadContext {
  problems: Problem[];
  /** An absolute URL that relative URLs in this ClaimReview are resolved against, when known. */
  base?: string;
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function warn(ctx: ReadContext, path: string, message: string): void {
  ctx.problems.push({ path, message, severity: 'warning' });
}

export function fail(ctx: ReadContext, path: string, message: string): void {
  ctx.problems.push({ path, message, severity: 'error' });
}

/** A value that may be one thing or a list of things, as `[value, path]` pairs. */
export function entries(value: unknown, path: string): Array<[unknown, string]> {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((entry, i) => [entry, at(path, i)]);
  return [[value, path]];
}

/** Removes keys whose value is `undefined`, so documents hold only what was found. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}

export interface TextOptions {
  /** Keys of an object that names the text (`{"name": "..."}`), tried in order. */
  names?: readonly string[];
  /** The limit of the FactCheck field the text fills (see `limits.ts`); `MAX_TEXT_LENGTH` by default. */
  max?: number;
}

/**
 * Entities and runs of whitespace can make raw text far longer than the text it cleans to, so
 * up to this many raw characters per allowed character are cleaned; beyond that the text is cut
 * before cleaning, and a 30-million-character field costs no more than a long one.
 */
const RAW_PER_CHARACTER = 8;

/** Cleans `raw` and cuts it to `max` characters, with a warning at `path` when it was cut. */
function cleanAndCut(raw: string, path: string, ctx: ReadContext, max: number): string | undefined {
  let end = raw.length;
  const window = max * RAW_PER_CHARACTER;
  if (end > window) {
    // Never end between the two halves of a surrogate pair.
    end = (raw.charCodeAt(window - 1) & 0xfc00) === 0xd800 ? window - 1 : window;
  }
  const text = cleanText(end < raw.length ? raw.slice(0, end) : raw);
  if (!text) return undefined;
  if (end === raw.length && !exceedsLength(text, max)) return text;
  warn(ctx, path, truncatedMessage(max));
  // Text cut before cleaning ends in the ellipsis too, however short it cleaned to.
  return exceedsLength(text, max) ? truncate(text, max) : truncate(`${text}…`, max);
}

/**
 * Text from a field that may hold a string, a list of strings (the first that is not blank is
 * taken), a JSON-LD value object (`{"@value": "..."}`) or, where `names` allows, an object
 * naming it (`{"name": "..."}`). Anything else is left out with a warning. Text longer than
 * `max` is cut to it with a warning, as `readFactCheck` would cut it.
 */
export function readText(value: unknown, path: string, ctx: ReadContext, options: TextOptions = {}): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return cleanAndCut(value, path, ctx, options.max ?? MAX_TEXT_LENGTH);
  if (Array.isArray(value)) {
    for (const [entry, entryPath] of entries(value, path)) {
      const text = readText(entry, entryPath, ctx, options);
      if (text) return text;
    }
    return undefined;
  }
  if (isNode(value)) {
    if ('@value' in value) return readText(value['@value'], at(path, '@value'), ctx, { max: options.max });
    for (const key of options.names ?? []) if (value[key] !== undefined) return readText(value[key], at(path, key), ctx, { max: options.max });
  }
  warn(ctx, path, `expected text, got ${describe(value)}; left out`);
  return undefined;
}

/** Text that fills a title field (headline, title), or a name or label field. */
export const AS_TITLE: TextOptions = { max: MAX_TITLE_LENGTH };
export const AS_NAME: TextOptions = { max: MAX_NAME_LENGTH };

/** True for a string with something besides whitespace. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && isNonBlank(value);
}

/**
 * A number written as a number or as a string (`4`, `"4"`, `"3.5"`, `"3,5"`); `undefined` for
 * anything else, an empty string included.
 */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  // No score is written in a hundred characters; a longer string is not read as one.
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const text = value.trim();
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}
