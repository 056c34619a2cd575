import { checkUrl, type UrlVerdict } from '../../data/safe-url.js';

/**
 * Starting a `src` document's request before the embed's implementation has loaded. In the CDN
 * build the element is defined by the entry and its implementation arrives as a chunk; without
 * this, the document's request would wait for that chunk, a second step in the page's request
 * waterfall. The element starts the request here, alongside the chunk, and the implementation's
 * request module ({@link ./request.ts}) takes it over when it asks for the same URL.
 */

/** The request every document goes out with. A fact-check is public: never send the reader's cookies to its host. */
export const DOCUMENT_REQUEST: RequestInit = {
  credentials: 'omit',
  headers: { accept: 'application/json, application/ld+json;q=0.9' },
};

/** The URL a `src` attribute names: resolved against the page, then through the one allow-list. */
export function documentUrl(src: string): UrlVerdict {
  let resolved = src;
  try {
    resolved = new URL(src, globalThis.document?.baseURI).href;
  } catch {
    // Left as written; the allow-list says what is wrong with it.
  }
  return checkUrl(resolved);
}

/** A request started early, with the means to cancel it once nobody will take it. */
export interface EarlyRequest {
  response: Promise<Response>;
  controller: AbortController;
}

const early = new Map<string, EarlyRequest>();

/** Starts fetching `url` (an allow-listed URL from {@link documentUrl}) unless it already is. */
export function prefetchDocument(url: string): void {
  if (early.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { ...DOCUMENT_REQUEST, signal: controller.signal });
  // Whoever takes it handles a failure; one nobody takes must not be reported as unhandled.
  response.catch(() => undefined);
  early.set(url, { response, controller });
}

/** Hands over the early request for `url`, once; `undefined` when none was started. */
export function takePrefetched(url: string): EarlyRequest | undefined {
  const request = early.get(url);
  early.delete(url);
  return request;
}
