import type { DocumentsResult } from '../../data/read-documents.js';
import type { renderDocuments } from './roundup.view.js';

/**
 * What `<fact-verdict>` needs besides itself to draw a document: a reader for its input, the
 * document's views, and the parts they use (claim card, evidence list, timeline) registered. The
 * npm build has all of it at hand, so reading is synchronous there (and on the server); the CDN
 * build fetches it as one chunk on first use (its entry holds only what the loading and error
 * states need), so its kit arrives as a promise once and synchronously after that.
 */
export interface VerdictKit {
  /** Validates any input the embed accepts into documents; may be asynchronous in the CDN build. */
  read(input: unknown, options: { pageUrl?: string }): DocumentsResult | Promise<DocumentsResult>;
  /** Draws the documents read (one fact-check, or a round-up). */
  render: typeof renderDocuments;
}

/** Hands out the kit: the kit itself when it is at hand, a promise while it loads. */
export type KitSource = () => VerdictKit | Promise<VerdictKit>;

/**
 * A kit that loads on first use through `load` (a dynamic `import()`), then answers
 * synchronously. A failed load is forgotten, so the next attempt (the reader's "Try again")
 * imports again instead of replaying the old failure.
 */
export function lazyKit(load: () => Promise<VerdictKit>): KitSource & { preload(): void } {
  let kit: VerdictKit | undefined;
  let pending: Promise<VerdictKit> | undefined;
  const source = (): VerdictKit | Promise<VerdictKit> =>
    kit ??
    (pending ??= load().then(
      (loaded) => (kit = loaded),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return Object.assign(source, {
    /** Starts loading without waiting for it; a failure here is retried by the next real use. */
    preload(): void {
      const result = source();
      if (result instanceof Promise) result.catch(() => undefined);
    },
  });
}
