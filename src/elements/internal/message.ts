import type { TemplateResult } from 'lit';

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
  const marked = Object.fromEntries(keys.map((key, i) => [key, `\u0000${i}\u0000`])) as { [K in keyof P]: string };
  return message(marked)
    .split(/\u0000(\d+)\u0000/)
    .map((piece, i) => (i % 2 === 1 ? params[keys[Number(piece)]!] : piece));
}

/** Joins items (links, text) with the separators `formatList` gives for placeholders. */
export function renderList(format: (items: string[]) => string, items: readonly unknown[]): unknown[] {
  const joined = format(items.map((_, i) => `\u0000${i}\u0000`));
  return joined.split(/\u0000(\d+)\u0000/).map((piece, i) => (i % 2 === 1 ? items[Number(piece)] : piece));
}
