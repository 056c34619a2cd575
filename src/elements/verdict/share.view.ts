import { css, html, type TemplateResult } from 'lit';
import type { Catalogue } from '../../i18n/messages.js';
import { tokens } from '../internal/tokens.js';

/**
 * The embed's share control (`share`), beside the link to the fact-check: "Share" where the
 * browser has a share sheet (the Web Share API), "Copy link" where it does not. What a press does
 * (`share.ts`) loads on the first press, so embeds that never share carry none of it. The status
 * beside it says "Link copied", or shows the link to copy by hand when the browser refuses.
 */
export function renderShare(url: string, title: string, messages: Catalogue): TemplateResult {
  const sheet = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const onClick = (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    import('./share.js').then(
      (share) => share.shareLink(button, { url, title, messages }),
      (error: unknown) => console.error(`fact-verdict: the share control could not be loaded (${String(error)})`),
    );
  };
  return html`<span class="share"
    ><button part="share" type="button" @click=${onClick}>${sheet ? messages.share : messages.copyLink}</button
    ><span class="share-status" role="status" aria-live="polite"></span
  ></span>`;
}

export const shareStyles = css`
  .share {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-inline-start: 1rem;
    font-weight: 400;
  }
  .share button {
    font: inherit;
    color: ${tokens.accent};
    background: none;
    border: 1px solid ${tokens.border};
    border-radius: 999px;
    padding: 0.125rem 0.75rem;
    cursor: pointer;
  }
  .share input {
    font: inherit;
    inline-size: min(100%, 24rem);
  }
`;
