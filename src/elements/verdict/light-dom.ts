import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { INLINE_DATA } from './inline-data.js';

/**
 * Watches what the publisher put inside `<fact-verdict>`: the inline JSON child a CMS prints (which
 * may arrive after the element connected, when the page streams or a framework hydrates), and
 * the fallback content (anything else) that the embed shows whenever it is not ready.
 */
export class LightDomController implements ReactiveController {
  /** The text of the inline JSON child, or `undefined` when there is none. */
  inlineText?: string;
  /** Whether the publisher gave fallback content (children other than the data script). */
  hasFallback = false;

  #observer?: MutationObserver;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
    if (typeof MutationObserver === 'undefined') return;
    this.#observer ??= new MutationObserver(() => {
      if (this.#read()) this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Reads the children again; true when anything the embed uses changed. */
  #read(): boolean {
    const script = this.#host.querySelector(INLINE_DATA);
    const inlineText = script ? (script.textContent ?? '') : undefined;
    const hasFallback = [...this.#host.childNodes].some((n) =>
      n.nodeType === 1 ? (n as Element).localName !== 'script' : n.nodeType === 3 && (n.textContent ?? '').trim() !== '',
    );
    const changed = inlineText !== this.inlineText || hasFallback !== this.hasFallback;
    this.inlineText = inlineText;
    this.hasFallback = hasFallback;
    return changed;
  }
}
