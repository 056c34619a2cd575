/**
 * Fails the current test when anything on the page rejects without a handler or throws
 * uncaught: the embed lives in someone else's page, where an unhandled rejection is a console
 * error the publisher did not write. Importing this module installs the root-level hooks once.
 */
const uncaught: string[] = [];

const describeError = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));

window.addEventListener('unhandledrejection', (event) => uncaught.push(`unhandled rejection: ${describeError(event.reason)}`));
window.addEventListener('error', (event) => uncaught.push(`uncaught error: ${describeError(event.error ?? event.message)}`));

beforeEach(() => {
  uncaught.length = 0;
});

afterEach(async () => {
  // A rejection is reported a task after it happens; let the last test's settle first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (uncaught.length > 0) throw new Error(uncaught.splice(0).join('\n'));
});

export {};
