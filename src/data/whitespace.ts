/**
 * Whitespace exactly as JavaScript's `String.prototype.trim` and `\s` know it (Unicode's space
 * separators, the ASCII controls from tab to carriage return, the line and paragraph separators
 * and the byte-order mark), written out so that a JSON Schema `pattern` means the same in any
 * validator's regular-expression engine as it does here.
 */
export const WHITESPACE_CLASS = '[\\u0009-\\u000d\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';

/** Matches a string with at least one character that is not whitespace: the JSON Schema `pattern` too. */
export const NON_BLANK_PATTERN = `[^${WHITESPACE_CLASS.slice(1, -1)}]`;

const NON_BLANK = new RegExp(NON_BLANK_PATTERN, 'u');

/** True when `text` has something besides whitespace (what `text.trim() !== ''` says, without copying it). */
export function isNonBlank(text: string): boolean {
  return NON_BLANK.test(text);
}
