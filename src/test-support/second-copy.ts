/**
 * Loads the library's source modules a second time, as a separate copy, the way a page gets two
 * copies when a CMS plugin and a theme both add the bundle: every module under `/src/` is fetched
 * from the test server (already compiled from TypeScript), its relative imports pointed at the
 * copy's own modules, and the result imported from a `blob:` URL, so each module is a new
 * instance with its own state. Dependencies outside `/src/` (lit) stay shared, as they would be
 * bundled into each copy anyway. No build and no `dist/` needed.
 *
 * Each `name` is one copy; asking the same copy for several entry points gives modules of that
 * one copy.
 */
const copies = new Map<string, Copy>();

/** Changes a module's compiled code before the copy uses it (a copy of another version). */
export type CopyTransform = (path: string, code: string) => string;

/** A specifier the test server wrote: `from "…"`, `import "…"`, `import("…")`. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])([^"'\n]+)\2/g;

interface Copy {
  modules: Map<string, Promise<string>>;
  transform: CopyTransform;
}

async function copyOf(url: string, copy: Copy, loading: readonly string[]): Promise<string> {
  const { modules } = copy;
  if (loading.includes(url)) throw new Error(`second copy: import cycle through ${url}; this loader cannot copy cycles`);
  let blobUrl = modules.get(url);
  if (!blobUrl) {
    blobUrl = (async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`second copy: ${url} answered ${response.status}`);
      const code = copy.transform(new URL(url).pathname, await response.text());
      const targets = new Map<string, string>();
      for (const [, , , specifier] of code.matchAll(SPECIFIER)) {
        if (!specifier!.startsWith('.') && !specifier!.startsWith('/')) continue;
        const target = new URL(specifier!, url);
        targets.set(specifier!, target.pathname.startsWith('/src/') ? await copyOf(target.href, copy, [...loading, url]) : target.href);
      }
      const source = code.replace(SPECIFIER, (whole, keyword: string, quote: string, specifier: string) =>
        targets.has(specifier) ? `${keyword}${quote}${targets.get(specifier)}${quote}` : whole,
      );
      return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    })();
    modules.set(url, blobUrl);
  }
  return blobUrl;
}

/**
 * Imports `path` (from the project root, e.g. `/src/i18n/messages.ts`) from copy `name`.
 * `transform`, given with a copy's first import, edits its modules' code.
 */
export async function importSecondCopy<T = Record<string, unknown>>(path: string, name = 'second', transform?: CopyTransform): Promise<T> {
  let copy = copies.get(name);
  if (!copy) copies.set(name, (copy = { modules: new Map(), transform: transform ?? ((_, code) => code) }));
  const url = new URL(path, location.origin).href;
  return (await import(/* @vite-ignore */ await copyOf(url, copy, []))) as T;
}
