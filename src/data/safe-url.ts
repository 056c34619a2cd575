/**
 * The one gate every `href` and `src` the package writes goes through.
 *
 * Lit does not sanitize URLs: a `javascript:` string bound to `href` runs when the reader clicks.
 * So we accept only absolute `http:`/`https:` URLs (and `mailto:` where the caller allows it),
 * parsed by the platform's own URL parser and written back re-serialized, and drop everything
 * else rather than trying to repair it.
 */

import { MAX_URL_LENGTH } from './limits.js';
import { exceedsLength } from './code-points.js';

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
