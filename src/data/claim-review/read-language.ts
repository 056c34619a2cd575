import { describe } from '../schema/kit.js';
import { at } from './json-path.js';
import { AS_NAME, isNode, readText, warn, type ReadContext } from './values.js';

/** A BCP 47 tag as publishers write them: `en`, `hy-AM`, `zh-Hant-TW`, also `pt_BR`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/**
 * The language of the fact-check from `inLanguage` (a tag, or a Language object with
 * `alternateName` or `name` holding the tag) or the Fact Check Tools `languageCode`. A value
 * that is not a language tag (`"English"`) is left out with a warning.
 */
export function readLanguage(value: unknown, path: string, ctx: ReadContext): string | undefined {
  let text: string | undefined;
  let textPath = path;
  if (isNode(value) && !('@value' in value)) {
    for (const key of ['alternateName', 'name']) {
      if (value[key] === undefined) continue;
      textPath = at(path, key);
      text = readText(value[key], textPath, ctx, AS_NAME);
      if (text && LANGUAGE_TAG.test(text.replace(/_/g, '-'))) break;
    }
  } else {
    text = readText(value, path, ctx, AS_NAME);
  }
  if (!text) return undefined;
  const tag = text.replace(/_/g, '-');
  if (LANGUAGE_TAG.test(tag)) return tag;
  warn(ctx, textPath, `expected a language tag such as "en" or "hy", got ${describe(text)}; left out`);
  return undefined;
}
