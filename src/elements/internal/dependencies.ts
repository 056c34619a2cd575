import { defineElement } from './define.js';

/**
 * What an element renders besides itself, by the tag its template writes: `{ 'fact-verdict-badge':
 * FactVerdictBadge }`. Each is registered under that tag wherever the tag is still free, so an
 * element registered under a publisher's own tag (`FactClaimCard.define('my-card')`, or
 * `customElements.define('my-card', FactClaimCard)`) still draws its parts. (Parts that arrive
 * later, as in the CDN bundle, come with the embed's kit instead: see `verdict/kit.ts`.)
 */
export type Dependencies = Readonly<Record<string, CustomElementConstructor>>;

/** A class that declares what it renders in a `static dependencies` field. */
export interface WithDependencies {
  readonly dependencies?: Dependencies;
}

/** Classes whose dependencies were registered, per registry: the constructor path runs per instance. */
const registered = new WeakMap<CustomElementRegistry, WeakSet<object>>();

/**
 * Registers every dependency of `owner`, and theirs, under its tag where the tag is free (a tag
 * already taken, by this or another copy of the library, is left as it is: it draws the same
 * part). Synchronous and cheap to repeat, so both `define()` and the constructor call it. Outside
 * a browser it does nothing.
 */
export function defineDependencies(owner: WithDependencies, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry || !owner.dependencies) return;
  let done = registered.get(registry);
  if (!done) registered.set(registry, (done = new WeakSet()));
  if (done.has(owner)) return;
  done.add(owner); // Before recursing: two elements that render each other must not loop.
  for (const [tag, dependency] of Object.entries(owner.dependencies)) {
    if (registry.get(tag)) continue;
    defineElement(tag, dependency, registry);
    defineDependencies(dependency as WithDependencies, registry);
  }
}
