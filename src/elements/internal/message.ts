import type { TemplateResult } from 'lit';

/** NUL never occurs in a message or a name, so it can mark where the n-th parameter goes. */
const NUL = '\u0000';
const marker = (n: number) => `${NUL}${n}${NUL}`;
/** Splits a marked string, keeping each parameter's number as its own piece. */
const MARKED = new RegExp(`${NUL}(\\d+)${NUL}`);

/**
 * Renders a catalogue message whose parameters are markup (a link, a `<time>`), keeping the
 * message's own word order: "Fact-check by {name}" stays whole for translators. The message is
 * formatted with private markers in place of the parameters, then split at the markers.
 */
export function renderMessage<P extends Record<string, unknown>>(
  message: (params: { [K in keyof P]: string }) => string,
  params: P,
): Array<string | TemplateResult | unknown> {
  const keys = Object.keys(params);
  const marked = Object.fromEntries(keys.map((key, i) => [key, marker(i)])) as { [K in keyof P]: string };
  return message(marked)
    .split(MARKED)
    .map((piece, i) => (i % 2 === 1 ? params[keys[Number(piece)]!] : piece));
}

/** Joins items (links, text) with the separators `formatList` gives for placeholders. */
export function renderList(format: (items: string[]) => string, items: readonly unknown[]): unknown[] {
  const joined = format(items.map((_, i) => marker(i)));
  return joined.split(MARKED).map((piece, i) => (i % 2 === 1 ? items[Number(piece)] : piece));
}
