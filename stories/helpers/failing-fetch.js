/**
 * `src` URLs that fail in one particular way, so the catalogue can show each error the embed
 * reports: a server error, an answer too large to read, a connection that fails. Only these URLs
 * are answered here; every other request goes to the real `fetch`. (Plain JavaScript with a
 * declaration file beside it, like `pending-fetch.js`.)
 */
const BASE = 'https://failing.fact-verdict.example/';

export const FAILING_SRC = {
  /** Answers HTTP 503: the server's fault, so the reader is not told to check the connection. */
  serverError: `${BASE}server-error.json`,
  /** Announces 50 MB in `Content-Length`: refused before a byte of the body is read. */
  tooLarge: `${BASE}too-large.json`,
  /** Never connects: the browser's own network error. */
  offline: `${BASE}offline.json`,
};

const urlOf = (input) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** Answers requests for `FAILING_SRC` as each name says; returns the function that undoes it. */
export function failSomeFetches() {
  const realFetch = globalThis.fetch;
  const failing = async (input, init) => {
    switch (urlOf(input)) {
      case FAILING_SRC.serverError:
        return new Response('Service Unavailable', { status: 503 });
      case FAILING_SRC.tooLarge:
        return new Response('{}', { headers: { 'content-length': String(50 * 1024 * 1024) } });
      case FAILING_SRC.offline:
        throw new TypeError('Failed to fetch');
      default:
        return realFetch(input, init);
    }
  };
  globalThis.fetch = failing;
  return () => {
    if (globalThis.fetch === failing) globalThis.fetch = realFetch;
  };
}
