/**
 * Readies the browser's `Intl` for the embed's first render while its implementation downloads.
 *
 * A page's first `Intl.DateTimeFormat` loads the date data of the browser's ICU library: 60–100 ms
 * on a desktop in Chromium (later ones take under 3 ms, whatever the language or options), and the
 * first `Intl.ListFormat` 8–15 ms more. Left to the first render, that time is spent after the kit
 * has arrived, inside the long task that draws every embed; made here, in an idle moment of the
 * wait for the kit and the document, it is spent while the reader waits on the network anyway, and
 * the embeds appear that much sooner (the bench's first embed on a fresh page: 145–187 ms to
 * 125–147 ms). The browser's own language is enough: what loads is the library's data, and a
 * second language costs about 2 ms. What is made is thrown away. The CDN entry calls it as it
 * requests the kit (once per page, and again only after a failed attempt).
 */
export function warmIntlSoon(): void {
  // Safari has no requestIdleCallback: there the next task, which comes once the kit is requested.
  // eslint-disable-next-line compat/compat -- the feature test is the `??` (as in verdict.base.ts's lazy load).
  (globalThis.requestIdleCallback ?? setTimeout)(() => {
    new Intl.DateTimeFormat().format(0);
    new Intl.ListFormat().format([]);
  });
}
