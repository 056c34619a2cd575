import type { Catalogue } from './en.js';

/**
 * One language's catalogue as the library ships it (`locales/<tag>.ts`, each its own chunk in the
 * CDN build, loaded the first time an element on the page speaks that language).
 */
export interface Locale {
  /** The BCP 47 tag it is for, in lower case: `hy`, `pt`, `zh-hans`. */
  readonly lang: string;
  /**
   * Who has checked the strings. `nativeSpeaker` stays false until a native speaker who reads fact-checks in that
   * language has reviewed every string; `note` says who drafted them and what a reviewer should look at.
   */
  readonly review: { readonly nativeSpeaker: boolean; readonly note: string };
  /** Every string a reader sees, with the same keys and parameters as English (`en-early.ts`, `en-shell.ts`, `en-embed.ts`). */
  readonly messages: Catalogue;
}
