/**
 * Fails the current test when Lit's dev build warns (a change-in-update, a shadowed class field,
 * a missing `static styles` adoption...). The suite runs in Lit dev mode for exactly this reason.
 * Importing this module installs the root-level hooks once.
 */
const captured: string[] = [];
const originalWarn = console.warn.bind(console);

console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  // The one warning every dev-mode page prints is expected.
  if (/lit\.dev\/msg\//.test(text) && !/Lit is in dev mode/.test(text)) captured.push(text);
  originalWarn(...args);
};

beforeEach(() => {
  captured.length = 0;
});

afterEach(() => {
  if (captured.length > 0) throw new Error(`Lit dev mode warned:\n${captured.splice(0).join('\n')}`);
});
