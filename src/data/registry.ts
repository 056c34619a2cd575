import { VERSION } from '../version.js';

/**
 * One registry per page for what publishers register at run time (rating scales, message
 * catalogues), shared by every copy of the library on the page: a CMS plugin and a theme often
 * both add the bundle, and a scale registered through one copy must reach the elements of the
 * other, whose tags won the race to be defined. It lives on `globalThis` under a `Symbol.for` key,
 * so every copy finds the same object whatever its version. Plain objects, no DOM.
 */
export type RegistryChange = 'ratings' | 'messages';
/** Told what kind of table changed; called synchronously, once per registration. */
export type RegistryListener = (change: RegistryChange) => void;

/**
 * The shape every copy agrees on. Each copy reads it with its own code, so a later version may only
 * add fields (and must not rely on them: an older copy may have created the object). A change that
 * an older copy would misread raises FORMAT; copies of different formats then keep to themselves.
 */
export interface SharedRegistry {
  readonly format: number;
  /** The package version of each copy that joined, in the order they did. */
  readonly versions: string[];
  /** Raised on every change, so a copy's caches can tell they are stale without a listener. */
  revision: number;
  /** Whether a copy already warned about copies of different versions (once per page). */
  warned: boolean;
  /** One set for the page; elements join while they are connected. */
  readonly listeners: Set<RegistryListener>;
  /** Labels publishers registered (normalized label → rating); they win over built-ins. */
  readonly customLabels: Map<string, string>;
  /** Built-in labels, merged from every copy (English at once, the rest on demand). */
  readonly builtInLabels: Map<string, string>;
  /** The versions whose every built-in scale is in `builtInLabels`. */
  readonly completeScales: Set<string>;
  /** Catalogues publishers registered, by lower-case language tag. Built-in catalogues stay in each copy. */
  readonly messages: Map<string, Readonly<Record<string, unknown>>>;
  /**
   * Each version's reader of labels by their words (`ratings/label-words.ts`), which arrives with
   * its built-in scales: a copy of the same version that finds the scales complete reads with it
   * too. Added after format 1 was first shipped, so a copy may find it missing and add it.
   */
  labelReaders?: Map<string, (key: string, lookup: (key: string) => string | undefined) => string | undefined>;
}

export const FORMAT = 1;
const KEY = Symbol.for('fact-verdict.registry');

function join(): SharedRegistry {
  const page = globalThis as unknown as Record<symbol, SharedRegistry | undefined>;
  const found = page[KEY];
  // Only this library writes under its Symbol.for key, and a format fixes every field's shape.
  if (found?.format === FORMAT) {
    found.versions.push(VERSION);
    return found;
  }
  const own: SharedRegistry = {
    format: FORMAT,
    versions: [VERSION],
    revision: 0,
    warned: false,
    listeners: new Set(),
    customLabels: new Map(),
    builtInLabels: new Map(),
    completeScales: new Set(),
    messages: new Map(),
  };
  if (found === undefined) {
    try {
      Object.defineProperty(page, KEY, { value: own, configurable: true });
    } catch {
      // A frozen global: this copy keeps its registry to itself, which is how a lone copy behaves.
    }
  } else {
    // A copy of another format: sharing would mean misreading each other's tables, so this copy
    // keeps its own and says so, once.
    console.warn(`fact-verdict ${VERSION}: another copy on this page keeps a registry this one cannot read; what either registers stays its own.`);
    own.warned = true;
  }
  return own;
}

const registry = join();

/** The page's registry (this copy's own when it cannot share); for the ratings and i18n tables. */
export function sharedRegistry(): SharedRegistry {
  return registry;
}

/**
 * Calls `listener` whenever any copy on the page registers a rating scale or messages, or loads
 * its built-in scales. Returns the function that stops it. Listeners are kept in one set for the
 * page, so subscribing costs the same however many copies are loaded.
 */
export function onRegistryChange(listener: RegistryListener): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

/** Records a change and tells every listener of every copy; one that throws is logged and does not stop the rest. */
export function notifyRegistryChange(change: RegistryChange): void {
  registry.revision++;
  for (const listener of [...registry.listeners]) {
    try {
      listener(change);
    } catch (error) {
      // The registering code did nothing wrong; the console shows whose listener broke.
      console.error(error);
    }
  }
}
