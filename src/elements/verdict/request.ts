/**
 * Fetches a fact-check document by URL for `<fact-verdict src>`. Several embeds with the same
 * `src` share one request; a request is aborted only when every embed waiting for it has gone
 * (removed from the page, given a new `src`, or out of time). Successful responses are kept for
 * the page's lifetime; failures are forgotten so a retry fetches again.
 *
 * A response is read as a stream and given up as soon as it passes {@link MAX_DOCUMENT_BYTES}
 * (or announces more in `Content-Length`), so no server can make the embed hold a huge body.
 */

import { DOCUMENT_REQUEST, takePrefetched } from './prefetch.js';

/** The largest document `src` may return, in bytes (2 MiB; the canonical example is about 12 KB). */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export type FetchFailureReason = 'network' | 'http' | 'too-large' | 'parse';

export type FetchOutcome = { ok: true; json: unknown } | { ok: false; reason: FetchFailureReason; message: string; status?: number };

interface Entry {
  promise: Promise<FetchOutcome>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, Entry>();

/** Reads a body up to `limit` bytes; `undefined` when it is larger. */
async function readLimited(response: Response, limit: number, controller: AbortController): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    controller.abort();
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      controller.abort();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

async function fetchOnce(url: string, controller: AbortController, reload: boolean): Promise<FetchOutcome> {
  // The element may have started this request before the implementation loaded; a retry never takes it.
  const early = takePrefetched(url);
  if (early) {
    if (reload) early.controller.abort();
    else controller.signal.addEventListener('abort', () => early.controller.abort(), { once: true });
  }
  let response: Response;
  try {
    response = await (early && !reload ? early.response : fetch(url, { ...DOCUMENT_REQUEST, signal: controller.signal }));
  } catch (error) {
    return { ok: false, reason: 'network', message: `${url} could not be fetched (${(error as Error)?.message ?? String(error)})` };
  }
  // The server answered: whatever went wrong is not the reader's connection.
  if (!response.ok) return { ok: false, reason: 'http', status: response.status, message: `${url} answered HTTP ${response.status}` };
  let text: string | undefined;
  try {
    text = await readLimited(response, MAX_DOCUMENT_BYTES, controller);
  } catch (error) {
    return { ok: false, reason: 'network', status: response.status, message: `${url} broke off while loading (${(error as Error)?.message ?? String(error)})` };
  }
  if (text === undefined) return { ok: false, reason: 'too-large', status: response.status, message: `${url} is larger than ${MAX_DOCUMENT_BYTES} bytes` };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: 'parse', status: response.status, message: `${url} did not return JSON (${(error as Error).message})` };
  }
}

function start(url: string, reload: boolean): Entry {
  const controller = new AbortController();
  const entry: Entry = { controller, waiting: 0, settled: false, promise: undefined as unknown as Promise<FetchOutcome> };
  entry.promise = fetchOnce(url, controller, reload).then((outcome) => {
    entry.settled = true;
    if (!outcome.ok && requests.get(url) === entry) requests.delete(url);
    return outcome;
  });
  return entry;
}

/**
 * Resolves with the outcome (never rejects for a failed fetch), or rejects with an `AbortError`
 * when `signal` aborts first.
 */
export function requestDocument(url: string, signal: AbortSignal, options: { reload?: boolean } = {}): Promise<FetchOutcome> {
  if (options.reload) requests.delete(url);
  let entry = requests.get(url);
  if (!entry) requests.set(url, (entry = start(url, options.reload ?? false)));
  const shared = entry;
  shared.waiting += 1;
  return new Promise((resolve, reject) => {
    const leave = () => {
      shared.waiting -= 1;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
      reject(new DOMException('The embed stopped waiting for this document.', 'AbortError'));
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    void shared.promise.then((outcome) => {
      if (signal.aborted) return;
      signal.removeEventListener('abort', leave);
      shared.waiting -= 1;
      resolve(outcome);
    });
  });
}

/** Forgets every kept response (for tests, and for pages that replace their documents). */
export function clearDocumentCache(): void {
  requests.clear();
}
