import { defineElement } from './define.js';

/**
 * An element another element renders: its class, or a function that loads it (a dynamic
 * `import()`), for a part that should arrive only when it is needed (the CDN bundle's chunk).
 */
export type Dependency = CustomElementConstructor | (() => Promise<CustomElementConstructor>);

/**
 * What an element renders besides itself, by the tag its template writes: `{ 'fact-verdict-badge':
 * FactVerdictBadge }`. Each is registered under that tag wherever the tag is still free, so an
 * element registered under a publisher's own tag (`FactClaimCard.define('my-card')`, or
 * `customElements.define('my-card', FactClaimCard)`) still draws its parts.
 */
export type Dependencies = Readonly<Record<string, Dependency>>;

/** A class that declares what it renders in a `static dependencies` field. */
export interface WithDependencies {
  readonly dependencies?: Dependencies;
}

/** Classes whose eager dependencies were registered, per registry: the constructor path runs per instance. */
const registered = new WeakMap<CustomElementRegistry, WeakSet<object>>();
/** Lazy dependencies being loaded, per registry and tag, so a chunk is requested once. */
const loading = new WeakMap<CustomElementRegistry, Map<string, Promise<void>>>();

/** A class (whose prototype is an element's), as opposed to a function that loads one. */
function isElementClass(dependency: Dependency): dependency is CustomElementConstructor {
  return typeof HTMLElement !== 'undefined' && dependency.prototype instanceof HTMLElement;
}

/**
 * Registers every dependency of `owner` given as a class, and theirs, under its tag where the tag
 * is free (a tag already taken, by this or another copy of the library, is left as it is: it draws
 * the same part). Lazy dependencies are left for {@link loadDependencies}. Synchronous and cheap to
 * repeat, so both `define()` and the constructor call it. Outside a browser it does nothing.
 */
export function defineDependencies(owner: WithDependencies, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry || !owner.dependencies) return;
  let done = registered.get(registry);
  if (!done) registered.set(registry, (done = new WeakSet()));
  if (done.has(owner)) return;
  done.add(owner); // Before recursing: two elements that render each other must not loop.
  for (const [tag, dependency] of Object.entries(owner.dependencies)) {
    if (isElementClass(dependency)) defineDependency(tag, dependency, registry);
  }
}

/**
 * Registers every dependency of `owner`, loading the lazy ones whose tag is still free, and
 * resolves once each is registered. Resolves at once (no `import()`, no new task) when nothing is
 * missing. Rejects when a loader fails (a chunk that cannot be fetched), so the caller can say so.
 */
export async function loadDependencies(owner: WithDependencies, registry: CustomElementRegistry | undefined = globalThis.customElements): Promise<void> {
  if (!registry || !owner.dependencies) return;
  defineDependencies(owner, registry);
  const pending: Promise<void>[] = [];
  for (const [tag, dependency] of Object.entries(owner.dependencies)) {
    if (isElementClass(dependency) || registry.get(tag)) continue;
    let inFlight = loading.get(registry);
    if (!inFlight) loading.set(registry, (inFlight = new Map()));
    let load = inFlight.get(tag);
    if (!load) {
      load = dependency().then(
        (ctor) => {
          defineDependency(tag, ctor, registry);
          return loadDependencies(ctor as WithDependencies, registry);
        },
        (error: unknown) => {
          inFlight.delete(tag); // A later call may try again (the network came back).
          throw error;
        },
      );
      inFlight.set(tag, load);
    }
    pending.push(load);
  }
  await Promise.all(pending);
}

function defineDependency(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry): void {
  if (registry.get(tag)) return;
  defineElement(tag, ctor, registry);
  defineDependencies(ctor as WithDependencies, registry);
}
