/**
 * Registers a custom element once. Publishers sometimes load two copies of the bundle (a CMS
 * plugin and a theme both include it); the second `define` would throw and take the rest of the
 * script with it, so a repeat is ignored and a different class under the same tag only warns.
 * Outside a browser (server rendering without a DOM shim, the CLI) it does nothing.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`fact-verdict: <${tag}> is already defined by another copy of the library; keeping the first one.`);
  }
}
