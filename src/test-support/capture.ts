import { onRegistryChange, type RegistryChange } from '../data/registry.js';

/** Every change the shared registry reports while `run` runs. */
export function changesDuring(run: () => void): RegistryChange[] {
  const seen: RegistryChange[] = [];
  const stop = onRegistryChange((change) => seen.push(change));
  try {
    run();
  } finally {
    stop();
  }
  return seen;
}

/** Collects the library's own console warnings (Lit's and others' go through untouched) until `restore`. */
function captureLibraryWarnings(): { seen: string[]; restore: () => void } {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).startsWith('fact-verdict')) seen.push(args.map(String).join(' '));
    else warn(...args);
  };
  return { seen, restore: () => (console.warn = warn) };
}

/** The library's own warnings while `run` runs. */
export function libraryWarnings(run: () => void): string[] {
  const { seen, restore } = captureLibraryWarnings();
  try {
    run();
  } finally {
    restore();
  }
  return seen;
}

/** The library's own warnings while the asynchronous `run` runs. */
export async function libraryWarningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const { seen, restore } = captureLibraryWarnings();
  try {
    await run();
  } finally {
    restore();
  }
  return seen;
}
