/**
 * Fetches a fact-check document by URL for `<fact-verdict src>`. Several embeds with the same
 * `src` share one request; a request is aborted only when every embed waiting for it has gone
 * (removed from the page, or given a new `src`). Successful responses are kept for the page's
 * lifetime; failures are forgotten so a retry fetches again.
 */
export type FetchOutcome =
  | { ok: true; json: unknown }
  | { ok: false; reason: 'network' | 'parse'; message: string; status?: number };

interface Entry {
  promise: Promise<FetchOutcome>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, Entry>();

function start(url: string): Entry {
  const controller = new AbortController();
  const entry: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve({ ok: false, reason: 'network', message: '' }) };
  entry.promise = fetch(url, {
    credentials: 'omit', // A fact-check is public: never send the reader's cookies to its host.
    signal: controller.signal,
    headers: { accept: 'application/json, application/ld+json;q=0.9' },
  })
    .then(async (response): Promise<FetchOutcome> => {
      if (!response.ok) return { ok: false, reason: 'network', status: response.status, message: `${url} answered HTTP ${response.status}` };
      const text = await response.text();
      try {
        return { ok: true, json: JSON.parse(text) };
      } catch {
        return { ok: false, reason: 'parse', message: `${url} did not return JSON` };
      }
    })
    .catch((error: unknown): FetchOutcome => ({ ok: false, reason: 'network', message: `${url} could not be fetched (${(error as Error)?.message ?? error})` }))
    .then((outcome) => {
      entry.settled = true;
      if (!outcome.ok && requests.get(url) === entry) requests.delete(url);
      return outcome;
    });
  return entry;
}

/** Resolves with the outcome, or rejects with an `AbortError` when `signal` aborts first. */
export function requestDocument(url: string, signal: AbortSignal, options: { reload?: boolean } = {}): Promise<FetchOutcome> {
  if (options.reload) requests.delete(url);
  let entry = requests.get(url);
  if (!entry) requests.set(url, (entry = start(url)));
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
