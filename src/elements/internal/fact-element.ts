import { LitElement } from 'lit';
import { INHERITED_ATTRIBUTES, rendersOn } from './inherited-attributes.js';
import { clearServerRender } from './render-root.js';

/**
 * What every element of the library does alike, whatever it shows: it renders again when its own
 * `lang` or `dir` changes (which its render reads, and Lit does not watch), and it renders over a
 * server-rendered shadow root rather than beside it (see `clearServerRender`). Not public: the
 * elements' classes are the API, and this is how they share the code (once in the CDN entry).
 */
export abstract class FactElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...INHERITED_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always implements it (the compiler knows).
    super.attributeChangedCallback(name, old, value);
    if (rendersOn(name)) this.requestUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    clearServerRender(this);
    return super.createRenderRoot();
  }
}
