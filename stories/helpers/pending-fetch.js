/**
 * A `src` that never answers, so the catalogue can show the loading state for as long as anyone
 * looks at it. Only this one URL is held back; every other request goes to the real `fetch`.
 * (Plain JavaScript with a declaration file beside it, like `spread.js`.)
 */
export const PENDING_SRC = 'https://pending.fact-verdict.example/never-answers.json';

const urlOf = (input) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** Holds back requests for `PENDING_SRC` (until aborted); returns the function that undoes it. */
export function holdPendingSrc() {
  const realFetch = globalThis.fetch;
  const held = (input, init) => {
    if (urlOf(input) !== PENDING_SRC) return realFetch(input, init);
    return new Promise((_resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  globalThis.fetch = held;
  return () => {
    if (globalThis.fetch === held) globalThis.fetch = realFetch;
  };
}
