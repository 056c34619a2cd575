import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '../../i18n/messages.js';
import type { Direction } from '../internal/direction.js';
import type { FactErrorReason } from '../internal/events.js';
import { renderInvalid } from '../internal/problems.js';
import type { Failure } from './document-loader.js';

/**
 * The embed's two states before a document shows: loading (space reserved so the article does not
 * jump) and error. In both the publisher's fallback content stays visible, so a reader always has
 * the link to the fact-check.
 */

function renderFallback(hasFallback: boolean): TemplateResult | typeof nothing {
  return hasFallback ? html`<div class="fallback"><slot></slot></div>` : nothing;
}

export function renderLoading(messages: Catalogue, hasFallback: boolean, dir: Direction): TemplateResult {
  // The status sits beside the busy box, not in it: assistive technology holds back what changes
  // inside an aria-busy subtree, a live region's announcement included.
  return html`<span class="visually-hidden" role="status" dir=${dir}>${messages.loading}</span>
    <div part="base loading" class="embed loading" aria-busy="true" dir=${dir}>
    ${renderFallback(hasFallback)}
    <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
  </div>`;
}

/** What a reader is told for each reason; none of them blames the reader for a server's fault. */
const REASON_MESSAGES = {
  network: 'errorNetwork',
  http: 'errorHttp',
  timeout: 'errorTimeout',
  'too-large': 'errorTooLarge',
  parse: 'errorParse',
  invalid: 'errorInvalid',
} as const satisfies Record<FactErrorReason, keyof Catalogue>;

export function renderError(messages: Catalogue, failure: Failure, hasFallback: boolean, onRetry: () => void, dir: Direction): TemplateResult {
  const body =
    failure.reason === 'invalid' && failure.problems.length
      ? renderInvalid(messages, failure.problems)
      : html`<div part="error" class="error" role="alert">
          <p class="error-title">${messages.errorTitle} ${messages[REASON_MESSAGES[failure.reason]]}</p>
        </div>`;
  return html`<div part="base" class="embed" dir=${dir}>
    ${body}
    ${failure.retryable ? html`<button part="retry-button" class="retry" type="button" @click=${onRetry}>${messages.retry}</button>` : nothing}
    ${renderFallback(hasFallback)}
  </div>`;
}
