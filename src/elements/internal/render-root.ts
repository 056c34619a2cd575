/**
 * Called before an element creates its render root on the client. A page may hold an element the
 * server already rendered (`@lit-labs/ssr` output): its declarative shadow root arrives full.
 * Without Lit's hydration support on the page, Lit would render a second copy beside that markup,
 * so the server's copy is cleared first; the element's first render follows in the same task,
 * before anything is painted. With hydration support loaded
 * (`@lit-labs/ssr-client/lit-element-hydrate-support.js`), Lit takes the markup over itself.
 */
export function clearServerRender(element: HTMLElement): void {
  const root = element.shadowRoot;
  // Called once, before the element's first render: whatever the root holds came from the server.
  if (root?.firstChild && !('litElementHydrateSupport' in globalThis)) root.replaceChildren();
}
