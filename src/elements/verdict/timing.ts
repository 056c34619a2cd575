/** When an embed gives up, and when a lazy one starts: shared by the element and its loader. */

/** The default time an embed waits for its document (and, in the CDN build, its implementation) before giving up, in ms. */
export const DEFAULT_TIMEOUT = 10_000;

/** How far outside the viewport a lazy embed starts fetching, so it is ready when it scrolls in. */
export const LAZY_MARGIN = '800px 0px';

/** The `timeout` property as a timer can take it: at most 2^31 - 1 ms (about 24.8 days), since a larger value would fire at once. */
export function timerDelay(timeout: number): number {
  return timeout > 0 ? Math.min(timeout, 2 ** 31 - 1) : DEFAULT_TIMEOUT;
}
