import { WHITESPACE_CLASS } from './whitespace.js';

/*
 * The same rule as a regular expression, for the JSON Schema `pattern` of every date field. A
 * schema cannot do arithmetic, so the calendar is spelled out: months of 31 and 30 days, February
 * with 28, and the 29th only in leap years (divisible by 4 and not by 100, or by 400). Digits are
 * written `[0-9]` because `\d` matches other scripts' digits in some validators' engines.
 */
const YEAR = '[0-9]{4}';
const LEAP_YEAR = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const DAY_OF_YEAR =
  `(?:${YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))` + `|${LEAP_YEAR}-02-29)`;
const TIME = '[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?(?:Z|[+-](?:0[0-9]|1[0-4]):?[0-5][0-9])?';

/** A JSON Schema `pattern` (ECMA-262, as JSON Schema specifies) accepting exactly what `parseDate` (dates.ts) reads. */
export const DATE_PATTERN_SOURCE = `^${WHITESPACE_CLASS}*(?:${YEAR}(?:-(?:0[1-9]|1[0-2]))?|${DAY_OF_YEAR}(?:${TIME})?)${WHITESPACE_CLASS}*$`;
