// The package's own index.d.ts re-exports './browser/commands.mjs', for which TypeScript looks for
// commands.d.mts; it ships commands.d.ts, so the import has no types. This is its one function.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline `name` (test/visual/visual-plugin.mjs). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
