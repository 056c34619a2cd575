import { sharedRegistry } from '../../data/registry.js';
import { VERSION } from '../../version.js';

/** Where each copy marks its element classes with its version, for another copy to read. */
const VERSION_MARK = Symbol.for('fact-verdict.version');

function markVersion(ctor: CustomElementConstructor): void {
  if (Object.hasOwn(ctor, VERSION_MARK)) return;
  try {
    Object.defineProperty(ctor, VERSION_MARK, { value: VERSION });
  } catch {
    // A frozen class stays unmarked; another copy then warns as it would about any stranger.
  }
}

/**
 * A tag is taken by another class. Two copies of one version are the same code, so that is
 * silent; otherwise the page hears it once, however many tags and copies there are.
 */
function warnAboutOtherCopy(tag: string, existing: CustomElementConstructor): void {
  const other: unknown = (existing as unknown as Record<symbol, unknown>)[VERSION_MARK];
  if (other === VERSION) return;
  const registry = sharedRegistry();
  if (registry.warned) return;
  registry.warned = true;
  const by = typeof other === 'string' ? `fact-verdict ${other}, another copy on this page` : 'another script (an older copy of fact-verdict, or another library)';
  console.warn(`fact-verdict ${VERSION}: <${tag}> is already defined by ${by}; the first definition is kept for every tag they share.`);
}

/**
 * Registers a custom element once. Publishers sometimes load two copies of the bundle (a CMS
 * plugin and a theme both include it); the second `define` would throw and take the rest of the
 * script with it, so a repeat is ignored. Copies of one version share the first copy's elements
 * quietly; copies of different versions warn once per page. Outside a browser (server rendering
 * without a DOM shim, the CLI) it does nothing.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return;
  markVersion(ctor);
  const existing = registry.get(tag);
  if (existing === undefined) {
    // A class backs one tag per registry: under a second tag (a publisher's own, or the default
    // tag registered as another element's dependency) it is registered as a subclass that adds nothing.
    registry.define(tag, registry.getName?.(ctor) == null ? ctor : class extends ctor {});
  } else if (existing !== ctor && !(existing.prototype instanceof ctor)) {
    warnAboutOtherCopy(tag, existing);
  }
}
