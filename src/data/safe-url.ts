/**
 * The one gate every `href` and `src` the package writes goes through.
 *
 * Lit does not sanitize URLs: a `javascript:` string bound to `href` runs when the reader clicks.
 * So we accept only absolute `http:`/`https:` URLs (and `mailto:` where the caller allows it),
 * parsed by the platform's own URL parser and written back re-serialized, and drop everything
 * else rather than trying to repair it.
 */

import { MAX_URL_LENGTH } from './limits.js';
import { exceedsLength } from './truncate.js';

export interface SafeUrlOptions {
  /** Also accept `mailto:` links (for contact addresses, never for images). */
  allowMailto?: boolean;
}

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/** Control characters and whitespace that browsers strip or ignore inside a scheme. */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u2028\u2029\ufeff]/;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/** A scheme written out in plain ASCII letters at the very start, as an absolute URL must have. */
const LEADING_SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Decides whether a value may become an `href`/`src`, and says why not when it may not. */
export function checkUrl(value: unknown, options: SafeUrlOptions = {}): UrlVerdict {
  if (typeof value !== 'string') return { ok: false, reason: 'expected a URL string' };
  if (value.length === 0) return { ok: false, reason: 'expected a URL, got an empty string' };
  // Before any scan of the text, so a runaway value costs nothing (the length is in code points).
  if (exceedsLength(value, MAX_URL_LENGTH)) return { ok: false, reason: `a URL must not be longer than ${MAX_URL_LENGTH} characters` };
  if (CONTROL_OR_SPACE.test(value[0]!) || ANY_CONTROL.test(value)) {
    return { ok: false, reason: 'a URL must not contain control characters or start with whitespace' };
  }
  const scheme = LEADING_SCHEME.exec(value)?.[1]?.toLowerCase();
  const allowed = options.allowMailto ? ['http', 'https', 'mailto'] : ['http', 'https'];
  const expected = options.allowMailto ? 'an absolute http(s) or mailto URL' : 'an absolute http(s) URL';
  if (!scheme || !allowed.includes(scheme)) return { ok: false, reason: `expected ${expected}` };

  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false, reason: `expected ${expected}` };
  }
  // Re-check on the parsed form: the parser is the browser's, so this is what a click would follow.
  if (parsed.protocol !== `${scheme}:`) return { ok: false, reason: `expected ${expected}` };
  if (scheme !== 'mailto') {
    if (!parsed.hostname) return { ok: false, reason: `expected ${expected}` };
    // `https://trusted.example@evil.example` reads as the first host but goes to the second.
    if (parsed.username || parsed.password) {
      return { ok: false, reason: 'a URL must not carry a user name or password' };
    }
  }
  return { ok: true, url: parsed.href };
}

/** Returns the re-serialized URL when it is safe to link to, otherwise `undefined`. */
export function safeUrl(value: unknown, options?: SafeUrlOptions): string | undefined {
  const verdict = checkUrl(value, options);
  return verdict.ok ? verdict.url : undefined;
}

/*
 * URLs in a FactCheck document must also be written plainly: what the gate accepts, spelled the
 * way it will be followed. The browser's parser repairs many spellings (`https:/host`, a backslash
 * for a slash, spaces, a host in any script), and no JSON Schema can say which; this pattern can,
 * so the shipped schema and the validator agree on every document. Every string it matches is one
 * the parser reads as that same http(s) URL, so a plain URL is exactly one that both matches it and
 * passes the gate.
 */
/** A host name label: letters, digits, `-` (not at either end) and `_`, at most 63 characters. */
const LABEL = '[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?';
/**
 * The last label starts with a letter: a host ending in a number would be read as an IPv4 address.
 * (`xn--` labels are ASCII forms of international names; the parser refuses the rare one that is
 * not valid Punycode, which no pattern can tell.)
 */
const TOP_LABEL = '[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const PORT = '(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[0-5]?[0-9]{1,4})?)?';
/** No control characters and no whitespace anywhere after the host. */
const REST = '(?:[/?#][^\\u0000-\\u0020\\u007f-\\u009f\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?';

/**
 * The JSON Schema `pattern` (ECMA-262, read with the `u` flag as JSON Schema specifies) of a URL
 * in a FactCheck document: `http://` or `https://` in any case, an ASCII host name (international
 * names in their `xn--` form) or a dotted IPv4 address, an optional port, then a path, query or
 * fragment without whitespace or control characters. No user name or password, no IPv6 literal.
 */
export const PLAIN_URL_PATTERN = `^[Hh][Tt][Tt][Pp][Ss]?://(?:(?:${LABEL}\\.)*${TOP_LABEL}|${OCTET}(?:\\.${OCTET}){3})${PORT}${REST}$`;

const PLAIN_URL = new RegExp(PLAIN_URL_PATTERN, 'u');
const WHITESPACE = /\s/u;

/** Whether `text` matches {@link PLAIN_URL_PATTERN} (for a URL the gate has passed already). */
export function isPlainUrl(text: string): boolean {
  return PLAIN_URL.test(text);
}

/** The gate and the plain spelling together: the rule for every URL field of a FactCheck document. */
export function checkPlainUrl(value: unknown): UrlVerdict {
  const verdict = checkUrl(value);
  if (!verdict.ok || PLAIN_URL.test(value as string)) return verdict;
  const text = value as string;
  if (WHITESPACE.test(text)) return { ok: false, reason: 'a URL must not contain spaces (write them as %20)' };
  const host = /^[a-z]+:\/\/([^/?#]*)/i.exec(text)?.[1];
  // eslint-disable-next-line no-control-regex
  if (host !== undefined && /[^\u0000-\u007f]/u.test(host)) {
    return { ok: false, reason: 'write an international host name in its ASCII form (xn--…), as the browser shows it once copied' };
  }
  return { ok: false, reason: 'expected an absolute http(s) URL written plainly: http(s)://, a host name or IPv4 address, an optional port, then the path' };
}
