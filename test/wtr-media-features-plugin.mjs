// A Web Test Runner command for the media features that @web/test-runner-commands' emulateMedia
// cannot set on a puppeteer page: forced-colors (Windows high contrast), which puppeteer's own
// emulateMediaFeatures also refuses. It goes to Chromium's DevTools protocol directly, whose
// emulation renders the page as forced colours would: system colours replace the author's and
// `@media (forced-colors: active)` applies. Tests call
// `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`;
// an empty list ends the emulation.
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'fact-verdict-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features needs a puppeteer browser, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = (Array.isArray(payload) ? payload : []).map(({ name, value }) => ({ name: String(name), value: String(value) }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
