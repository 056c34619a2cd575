import type { CSSResultOrNative } from 'lit';
import type { DocumentsResult } from '../../data/read-documents.js';
import type { renderDocuments } from './roundup.view.js';
import type { FactVerdictBase } from './verdict.base.js';

/**
 * How `<fact-verdict>` is split, so that the CDN entry stays small. The element itself (its
 * properties, its registration, and what it shows before it can read anything) is always at hand.
 * Its implementation (the loader that takes every input to `ready` or `error`, the reader, the
 * views and the parts they use) is at hand in the npm build and on the server, and arrives as one
 * chunk in the CDN build: as a promise once, synchronously after that.
 */

/** A reader for the embed's input, and the views that draw what it read. */
export interface VerdictKit {
  /** Validates any input the embed accepts into documents; asynchronous when an importer must load first. */
  read(input: unknown, options: { pageUrl?: string }): DocumentsResult | Promise<DocumentsResult>;
  /** Draws the documents read (one fact-check, or a round-up). */
  render: typeof renderDocuments;
}

/** What one `<fact-verdict>` does once its implementation is at hand; the element delegates its update cycle to it. */
export interface VerdictBehaviour {
  /** Before each render (the element's `willUpdate`): takes the current input, sets `state`. */
  update(): void;
  /** After each render: fires the events the latest outcome owes the page. */
  updated(): void;
  render(): unknown;
}

export interface VerdictImplementation {
  /** Gives one element its behaviour (its controllers join the element at once). */
  create(host: FactVerdictBase): VerdictBehaviour;
  /** The styles its views need beyond the element's own (added to the element's when the implementation arrives). */
  styles: CSSResultOrNative[];
}

/**
 * Where the element finds its implementation: `current` once it is at hand (always, in the npm
 * build), `load()` to get it (from the CDN build's chunk, the first time).
 */
export interface ImplementationSource {
  readonly current: VerdictImplementation | undefined;
  load(): Promise<VerdictImplementation>;
}

/** An implementation that is at hand from the start (the npm build, the server). */
export function atHand(implementation: VerdictImplementation): ImplementationSource {
  return { current: implementation, load: () => Promise.resolve(implementation) };
}

/**
 * An implementation that loads on first use through `load` (a dynamic `import()`). A failed load
 * is forgotten, so the next attempt (the reader's "Try again") imports again instead of replaying
 * the old failure.
 */
export function lazy(load: () => Promise<VerdictImplementation>): ImplementationSource & { preload(): void } {
  let current: VerdictImplementation | undefined;
  let pending: Promise<VerdictImplementation> | undefined;
  const source = {
    get current() {
      return current;
    },
    load: () =>
      (pending ??= load().then(
        (loaded) => (current = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    /** Starts loading without waiting for it; a failure here is retried by the next real use. */
    preload(): void {
      source.load().catch(() => undefined);
    },
  };
  return source;
}
