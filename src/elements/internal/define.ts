import { sharedRegistry } from '../../data/registry.js';
import { VERSION } from '../../version.js';

/**
 * Each copy marks the classes it defines with an object of its own holding its version, for any
 * other copy to read (of any version, so the key and the `version` field never change).
 */
const COPY_MARK = Symbol.for('fact-verdict.copy');
const thisCopy: { readonly version: string } = Object.freeze({ version: VERSION });

function mark(ctor: CustomElementConstructor): void {
  if (Object.hasOwn(ctor, COPY_MARK)) return;
  try {
    Object.defineProperty(ctor, COPY_MARK, { value: thisCopy });
  } catch {
    // A frozen class stays unmarked; another copy then warns as it would about any stranger.
  }
}

/**
 * A tag is taken by another class. From this copy, that is a mistake in the page's code (a
 * subclass under a taken tag) and warns every time. From another copy of this version it is the
 * same code, so it is silent; from any other script the page hears it once, however many tags
 * and copies there are.
 */
function warnAboutTakenTag(tag: string, existing: CustomElementConstructor): void {
  const other = (existing as unknown as Record<symbol, { version?: unknown } | undefined>)[COPY_MARK];
  const version = other?.version;
  let by = 'another class';
  if (other !== thisCopy) {
    const registry = sharedRegistry();
    if (version === VERSION || registry.warned) return;
    registry.warned = true;
    by = typeof version === 'string' ? `fact-verdict ${version}, another copy on this page` : 'another script';
  }
  console.warn(`fact-verdict ${VERSION}: <${tag}> is already defined by ${by}; keeping the first.`);
}

/**
 * Registers a custom element once. Publishers sometimes load two copies of the bundle (a CMS
 * plugin and a theme both include it); the second `define` would throw and take the rest of the
 * script with it, so a repeat is ignored. Copies of one version share the first copy's elements
 * quietly; copies of different versions warn once per page. Outside a browser (server rendering
 * without a DOM shim, the CLI) it does nothing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
  mark(ctor);
  const existing = registry.get(tag);
  if (existing === undefined) {
    // A class backs one tag per registry: under a second tag (a publisher's own, or the default
    // tag registered as another element's dependency) it is registered as a subclass that adds nothing.
    registry.define(tag, registry.getName?.(ctor) == null ? ctor : class extends ctor {});
  } else if (existing !== ctor && !(existing.prototype instanceof ctor)) {
    warnAboutTakenTag(tag, existing);
  }
}
