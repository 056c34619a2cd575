import React, { type ReactElement } from 'react';
import { jsonScript } from '../ssr/json-script.js';

/** The JSON already written for a `data` object, so a re-render does not serialize it again. */
const written = new WeakMap<object, string | undefined>();

/**
 * The text of the inline JSON child: `jsonScript`'s escaped JSON (no `<`, `>` or `&`, so nothing
 * in the document can close the script), taken from between its tags, since React writes the tags
 * itself. `undefined` when `value` cannot be written as JSON (a cycle, a BigInt): the element then
 * has only the property, and reports the problem itself.
 */
function jsonText(value: unknown): string | undefined {
  const cached = typeof value === 'object' && value !== null;
  if (cached && written.has(value)) return written.get(value);
  let text: string | undefined;
  try {
    const script = jsonScript(value, 'application/json');
    text = script.slice(script.indexOf('>') + 1, script.lastIndexOf('<'));
  } catch {
    text = undefined;
  }
  if (cached) written.set(value, text);
  return text;
}

/**
 * `<script type="application/json">` holding `value`, the child `<fact-verdict>` reads its
 * document from: react-dom/server writes it into the HTML (where a `data` property cannot go),
 * and the element reads it when it upgrades, before or after hydration. `null` when `value` has
 * no JSON form.
 */
export function inlineJson(value: unknown): ReactElement | null {
  const text = jsonText(value);
  return text === undefined ? null : React.createElement('script', { type: 'application/json', dangerouslySetInnerHTML: { __html: text } });
}
