import type { Problem } from '../problems.js';
import { describe } from '../schema/kit.js';
import { at } from './json-path.js';
import { cleanText } from './decode-text.js';

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

/**
 * Text from a field that may hold a string, a list of strings (the first that is not blank is
 * taken), a JSON-LD value object (`{"@value": "..."}`) or, where `nameKeys` allows, an object
 * naming it (`{"name": "..."}`). Anything else is left out with a warning.
 */
export function readText(value: unknown, path: string, ctx: ReadContext, nameKeys: readonly string[] = []): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return cleanText(value) || undefined;
  if (Array.isArray(value)) {
    for (const [entry, entryPath] of entries(value, path)) {
      const text = readText(entry, entryPath, ctx, nameKeys);
      if (text) return text;
    }
    return undefined;
  }
  if (isNode(value)) {
    if ('@value' in value) return readText(value['@value'], at(path, '@value'), ctx);
    for (const key of nameKeys) if (value[key] !== undefined) return readText(value[key], at(path, key), ctx);
  }
  warn(ctx, path, `expected text, got ${describe(value)}; left out`);
  return undefined;
}

/**
 * A number written as a number or as a string (`4`, `"4"`, `"3.5"`, `"3,5"`); `undefined` for
 * anything else, an empty string included.
 */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}
