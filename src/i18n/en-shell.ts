/**
 * The English strings of `<fact-verdict>`'s shell: what an embed says when its implementation could
 * not be loaded, which the full CDN entry needs at once (its loaded views say the same things too).
 * The badge-only CDN file has no shell and leaves them out; `en.ts` joins them into the catalogue.
 */
export const enShell = {
  errorTitle: 'This fact-check could not be shown.',
  /** The reader's connection (or a blocked request) is the likely cause: say so. */
  errorNetwork: 'It could not be loaded. Check your connection and try again.',
  errorTimeout: 'It is taking too long to load. Try again.',
  retry: 'Try again',
};

export type ShellCatalogue = typeof enShell;
