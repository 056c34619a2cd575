import type { Problem } from '../../data/problems.js';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';

/**
 * Every event the elements fire: prefixed `fact-`, bubbling, composed (so a publisher's analytics
 * listener on `document` hears it from inside shadow roots), always with an object detail.
 * Events fire for reader actions and finished async work, never because the host set a property.
 */
export interface FactLoadDetail {
  /** The document now rendered (the first, when the input held several). */
  document: ResolvedFactCheck;
  /** Every document rendered, in order (a ClaimReview round-up holds several). */
  documents: ResolvedFactCheck[];
  /** How it arrived. */
  source: 'property' | 'src' | 'inline';
}

/**
 * Why an embed could not show its document: `network`, the document or the embed's own code could
 * not be fetched (offline, blocked, a CDN outage); `http`, the server answered with an error status;
 * `timeout`, nothing arrived in time; `too-large`, the document is over the size limit; `parse`, it
 * is not JSON; `invalid`, it is JSON with errors (or there is no input at all).
 */
export type FactErrorReason = 'network' | 'http' | 'timeout' | 'too-large' | 'parse' | 'invalid';

export interface FactErrorDetail {
  /** What went wrong; see {@link FactErrorReason}. */
  reason: FactErrorReason;
  /** One line for people, the same as logged to the console. */
  message: string;
  /** For `invalid`, every problem with its JSON path. */
  problems: Problem[];
  /** The HTTP status, when the server answered. */
  status?: number;
}

export interface FactSourcesToggleDetail {
  /** True when the reader expanded the list to show every source. */
  expanded: boolean;
  /** How many sources the list holds. */
  count: number;
}

export interface FactLinkDetail {
  /** The (already vetted) URL the reader followed. */
  href: string;
  /** What kind of link it was. */
  kind: 'evidence' | 'timeline' | 'appearance' | 'claimant' | 'publisher' | 'author' | 'fact-check';
}

export interface FactRetryDetail {
  /** The `src` being fetched again. */
  src: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fact-load': CustomEvent<FactLoadDetail>;
    'fact-error': CustomEvent<FactErrorDetail>;
    'fact-sources-toggle': CustomEvent<FactSourcesToggleDetail>;
    'fact-link': CustomEvent<FactLinkDetail>;
    'fact-retry': CustomEvent<FactRetryDetail>;
  }
}

export type FactEventMap = {
  'fact-load': FactLoadDetail;
  'fact-error': FactErrorDetail;
  'fact-sources-toggle': FactSourcesToggleDetail;
  'fact-link': FactLinkDetail;
  'fact-retry': FactRetryDetail;
};

/** Dispatches one of our events from `target` with the standard options. */
export function emit<K extends keyof FactEventMap>(target: EventTarget, name: K, detail: FactEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }));
}
