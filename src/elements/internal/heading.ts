import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level an element can be told to use, so it fits the host article's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps any input (an attribute typed by a publisher) to a usable heading level. */
export function headingLevel(value: unknown, fallback: HeadingLevel = 3): HeadingLevel {
  const n = Math.round(Number(value));
  return n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/**
 * Renders `<h2>`…`<h6>` with the given content. Tag names cannot be bound in lit templates, and
 * building them from strings would need `unsafeStatic`, which this package never uses.
 */
export function renderHeading(level: HeadingLevel, content: unknown, options: { id?: string; part?: string; className?: string } = {}): TemplateResult {
  const { id, part, className } = options;
  switch (level) {
    case 2:
      return html`<h2 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h6>`;
  }
}
