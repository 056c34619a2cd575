import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../data/safe-url.js';
import type { Catalogue } from '../../i18n/messages.js';
import { emit, type FactLinkDetail } from './events.js';

export interface LinkOptions {
  kind: FactLinkDetail['kind'];
  messages: Catalogue;
  part?: string;
}

/**
 * Renders `content` as a link when `href` passes the URL gate, and as plain text when it does not
 * (the item still shows, unlinked). Links leave the article in a new tab, say so to screen
 * readers, carry `rel="noopener noreferrer"`, and report the click as `fact-link`.
 */
export function renderLink(href: unknown, content: unknown, options: LinkOptions): TemplateResult {
  const url = safeUrl(href);
  if (!url) return html`${content}`;
  const onClick = (event: Event) => emit(event.currentTarget as Element, 'fact-link', { href: url, kind: options.kind });
  return html`<a
    href=${url}
    target="_blank"
    rel="noopener noreferrer"
    part=${options.part ?? nothing}
    @click=${onClick}
    >${content}<span class="visually-hidden"> ${options.messages.opensInNewTab}</span></a
  >`;
}
