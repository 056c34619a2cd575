import { checkUrl, safeUrl } from '../safe-url.js';
import { checkPlainUrl, isPlainUrl } from '../plain-url.js';
import { MAX_URL_LENGTH } from '../limits.js';
import { describe } from '../schema/kit.js';
import { decodeEntities } from './decode-text.js';
import { at } from './json-path.js';
import { isNode, warn, type ReadContext } from './values.js';

/** File endings that make `logo.png` a relative path rather than a host name. */
const FILE_ENDINGS = new Set([
  'htm',
  'html',
  'php',
  'asp',
  'aspx',
  'jsp',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'avif',
  'ico',
  'json',
  'xml',
  'pdf',
  'txt',
  'js',
  'css',
]);

/** Entities can make a URL longer as written than as read; beyond this it is not decoded at all. */
const MAX_RAW_URL = MAX_URL_LENGTH * 8;

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,63})(?::\d{1,5})?(?=[/?#]|$)/i;

/** True for `www.example.org/x` and `example.org/x`: a host written without its scheme. */
export function looksLikeHost(text: string): boolean {
  if (/^www\./i.test(text)) return true;
  const match = HOST.exec(text);
  return match !== null && !FILE_ENDINGS.has(match[1]!.toLowerCase());
}

/**
 * A link from a ClaimReview field, made absolute and passed through the URL gate: entities
 * decoded, `www.example.org/x` read as `https://www.example.org/x`, `//cdn.example/x` as https,
 * and a relative URL resolved against the page or review URL (`ctx.base`) when one is known.
 * A relative URL with nothing to resolve it against, or anything the gate refuses, is left out
 * with a warning. What passes is written as the browser's parser serializes it (spaces as `%20`,
 * an international host in its `xn--` form), as the FactCheck format requires. Empty values are
 * simply missing.
 */
export function readUrl(value: unknown, path: string, ctx: ReadContext): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length ? readUrl(value[0], at(path, 0), ctx) : undefined;
  if (typeof value !== 'string') {
    warn(ctx, path, `expected a URL, got ${describe(value)}; left out`);
    return undefined;
  }
  if (value.length > MAX_RAW_URL) {
    warn(ctx, path, `a URL must not be longer than ${MAX_URL_LENGTH} characters, got ${describe(value)}; left out`);
    return undefined;
  }
  const text = decodeEntities(value).trim();
  if (text === '') return undefined;
  let absolute: string;
  if (looksLikeHost(text)) absolute = `https://${text}`;
  else if (/^[a-z][a-z0-9+.-]*:/i.test(text)) absolute = text;
  else if (ctx.base) absolute = resolve(text, ctx.base);
  else if (text.startsWith('//')) absolute = `https:${text}`;
  else {
    warn(ctx, path, `relative URL ${describe(text)} left out: there is no page URL to resolve it against`);
    return undefined;
  }
  const gate = checkUrl(absolute);
  // The gate passes spellings the parser repairs; the FactCheck format takes the repaired form.
  const verdict = !gate.ok || isPlainUrl(gate.url) ? gate : checkPlainUrl(gate.url);
  if (verdict.ok) return verdict.url;
  warn(ctx, path, `${verdict.reason}, got ${describe(text)}; left out`);
  return undefined;
}

function resolve(text: string, base: string): string {
  try {
    return new URL(text, base).href;
  } catch {
    return text; // The gate below refuses it and says why.
  }
}

/** The URL of a linked thing: a URL string, or an object with `url` (or `contentUrl`, `@id`). */
export function readLink(value: unknown, path: string, ctx: ReadContext): string | undefined {
  if (Array.isArray(value)) return value.length ? readLink(value[0], at(path, 0), ctx) : undefined;
  if (!isNode(value)) return readUrl(value, path, ctx);
  for (const key of ['url', 'contentUrl']) if (value[key] !== undefined) return readUrl(value[key], at(path, key), ctx);
  return undefined;
}

/** The first absolute http(s) URL among candidates, quietly skipping the rest (for picking a base). */
export function firstAbsolute(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    const value = isNode(candidate) ? (candidate['@id'] ?? candidate.url) : candidate;
    const url = typeof value === 'string' && value.length <= MAX_RAW_URL ? safeUrl(decodeEntities(value).trim()) : undefined;
    if (url) return url;
  }
  return undefined;
}
