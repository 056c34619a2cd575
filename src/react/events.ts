import type { FactErrorDetail, FactLinkDetail, FactLoadDetail, FactRetryDetail, FactSourcesToggleDetail } from '../elements/internal/event-types.js';

/** A handler for one of the elements' events; `event.detail` is typed. */
export type FactEventHandler<D> = (event: CustomEvent<D>) => void;

/** `onFactLink`: the reader followed a link (`detail.href`, `detail.kind`). */
export interface FactLinkProps {
  /** The reader followed a link; `detail` has the vetted `href` and its `kind`. */
  onFactLink?: FactEventHandler<FactLinkDetail>;
}

/** `onFactSourcesToggle`: the reader expanded or collapsed the sources. */
export interface FactSourcesToggleProps {
  /** The reader expanded or collapsed the list of sources; `detail` has `expanded` and `count`. */
  onFactSourcesToggle?: FactEventHandler<FactSourcesToggleDetail>;
}

/** Every event prop of `<FactVerdict>`. */
export interface FactVerdictEventProps extends FactLinkProps, FactSourcesToggleProps {
  /** A document was rendered; `detail` has it, every document of a round-up, and how it came (`source`). */
  onFactLoad?: FactEventHandler<FactLoadDetail>;
  /** The document could not be shown; `detail.reason` says why, `detail.problems` lists an invalid one's problems. */
  onFactError?: FactEventHandler<FactErrorDetail>;
  /** The reader asked to load a failed `src` again; `detail.src` is the URL. */
  onFactRetry?: FactEventHandler<FactRetryDetail>;
}

/** Event props and the event each listens to, as `createComponent` takes them. */
export const LINK_EVENTS = { onFactLink: 'fact-link' } as const;
export const LIST_EVENTS = { ...LINK_EVENTS, onFactSourcesToggle: 'fact-sources-toggle' } as const;
export const VERDICT_EVENTS = { ...LIST_EVENTS, onFactLoad: 'fact-load', onFactError: 'fact-error', onFactRetry: 'fact-retry' } as const;
