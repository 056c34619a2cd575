import type { Problem } from './problems.js';

/**
 * The message of something thrown while reading a value (a getter, a Proxy trap), for a problem's
 * text. Reading the thrown value may throw too, so this never does, and keeps it short.
 */
export function describeError(error: unknown): string {
  let text = 'unknown error';
  try {
    if (typeof error === 'string') text = error;
    else if (error instanceof Error && typeof error.message === 'string') text = error.message || error.name;
    else if (typeof error === 'object' && error !== null) text = 'a thrown object';
    else text = String(error);
  } catch {
    // The thrown value defends itself (a Proxy whose traps throw): say only that it happened.
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** The problem for a value that could not be read: a getter or a Proxy trap threw. */
export function unreadable(path: string, error: unknown): Problem {
  return { path, message: `could not be read: ${describeError(error)}`, severity: 'error' };
}
