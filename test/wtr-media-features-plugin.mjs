// A Web Test Runner command for the media features that @web/test-runner-commands' emulateMedia
// cannot set on a puppeteer page: forced-colors (Windows high contrast), which puppeteer's own
// emulateMediaFeatures also refuses, and prefers-reduced-motion in every engine the same way.
// It goes to Chromium's DevTools protocol directly, whose emulation renders the page as forced
// colours would: system colours replace the author's and `@media (forced-colors: active)` applies.
// Tests call `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`;
// an empty list ends the emulation.
// The answer is true when the emulation applies, false when the engine cannot emulate media
// features: Firefox over WebDriver BiDi has no such command (Firefox 153 answers "unknown command"
// to emulation.setForcedColorsModeThemeOverride and has none for reduced motion) and classic
// WebDriver (WebKit) has none at all. A test that needs the emulation skips there, saying so.
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'fact-verdict-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const engine = session.browser.engine ?? (session.browser.type === 'puppeteer' ? 'chromium' : session.browser.type);
      if (engine !== 'chromium') return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = (Array.isArray(payload) ? payload : []).map(({ name, value }) => ({ name: String(name), value: String(value) }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
