import { checkUrl, type UrlVerdict } from './safe-url.js';

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
