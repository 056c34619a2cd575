/**
 * `spread(args)`: applies a story's args to the element it is bound to, the way the element's
 * `custom-elements.json` entry says each one is set: attributes as attributes (what a publisher
 * writes in HTML), attribute-less properties (`data`, `evidence`…) as properties, `--fact-*` custom
 * properties as inline styles, and every documented event to its `on…` arg, which Storybook's
 * Actions panel logs.
 *
 *   render: (args) => html`<fact-verdict ${spread(args)}></fact-verdict>`
 *
 * Plain JavaScript with a declaration file beside it: the stories live in `src/`, whose tsconfig
 * type-checks them but only compiles sources under `src/`.
 */
import { getCustomElements } from '@storybook/web-components-vite';
import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';

/** @typedef {{ attributes: string[], properties: string[], cssProperties: string[], events: string[] }} Api */

/** @type {Map<string, Api>} */
const apis = new Map();

/** The arg Storybook's actions use for an event: `fact-sources-toggle` → `onFactSourcesToggle`. */
export function eventArgName(/** @type {string} */ event) {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_m, chr) => (chr ? chr.toUpperCase() : '')).replace(/^([A-Z])/, (m) => m.toLowerCase());
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/** The element's public API, from the (cleaned) manifest the preview registered. */
function apiFor(/** @type {string} */ tagName) {
  let api = apis.get(tagName);
  if (!api) {
    const declaration = (getCustomElements()?.modules ?? []).flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
    api = {
      attributes: (declaration?.attributes ?? []).map((a) => a.name),
      properties: (declaration?.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name),
      cssProperties: (declaration?.cssProperties ?? []).map((p) => p.name),
      events: (declaration?.events ?? []).map((e) => e.name),
    };
    apis.set(tagName, api);
  }
  return api;
}

const isUnset = (/** @type {unknown} */ value) => value === undefined || value === null || value === '';

class SpreadDirective extends Directive {
  /** What this directive set before, so a cleared control removes it again. */
  setByUs = new Set();
  /** @type {Record<string, unknown>} */
  args = {};
  listening = false;

  constructor(part) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('spread() belongs in an element, as in <fact-verdict ${spread(args)}>.');
  }

  render(_args) {
    return noChange;
  }

  update(part, [args]) {
    const element = part.element;
    const api = apiFor(element.localName);
    this.args = args;

    for (const name of api.attributes) {
      if (!(name in args)) continue;
      const value = args[name];
      if (isUnset(value) || value === false) {
        if (this.setByUs.has(name)) element.removeAttribute(name);
        this.setByUs.delete(name);
      } else {
        element.setAttribute(name, value === true ? '' : String(value));
        this.setByUs.add(name);
      }
    }
    for (const name of api.properties) {
      if (!(name in args) || (args[name] === undefined && !this.setByUs.has(`.${name}`))) continue;
      if (element[name] !== args[name]) element[name] = args[name];
      this.setByUs.add(`.${name}`);
    }
    for (const name of api.cssProperties) {
      if (!(name in args)) continue;
      const value = args[name];
      if (isUnset(value)) element.style.removeProperty(name);
      else element.style.setProperty(name, String(value));
    }
    if (element.getAttribute('style') === '') element.removeAttribute('style');

    if (!this.listening) {
      this.listening = true;
      for (const event of api.events) {
        const handler = eventArgName(event);
        element.addEventListener(event, (e) => {
          const log = this.args[handler];
          if (typeof log === 'function') log(e);
        });
      }
    }
    return noChange;
  }
}

export const spread = directive(SpreadDirective);
