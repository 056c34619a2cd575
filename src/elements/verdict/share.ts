import type { Catalogue } from '../../i18n/messages.js';

/** How long "Link copied" stays, in milliseconds. */
export const CONFIRMATION_MS = 4000;

export interface ShareOptions {
  /** The fact-check's link, already through the URL allow-list. */
  url: string;
  title: string;
  messages: Catalogue;
}

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * What the share control does, loaded on its first press: the browser's share sheet where there is
 * one; otherwise (or when the sheet cannot open) the link goes to the clipboard, and the status
 * beside the button says so for a few seconds; when the clipboard is refused too, the status shows
 * the link selected in a text field, to copy by hand. Never rejects, never fails silently. A
 * reader who closes the share sheet has decided: nothing more happens.
 */
export async function shareLink(button: HTMLButtonElement, { url, title, messages }: ShareOptions): Promise<void> {
  const status = button.nextElementSibling as HTMLElement;
  clearTimeout(timers.get(status));
  status.replaceChildren();
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return;
    } catch (error) {
      if ((error as { name?: string } | null)?.name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    const label = document.createElement('label');
    const field = document.createElement('input');
    field.readOnly = true;
    field.value = url;
    label.append(`${messages.copyLink} `, field);
    status.replaceChildren(label);
    field.focus();
    field.select();
    return;
  }
  status.textContent = messages.linkCopied;
  timers.set(
    status,
    setTimeout(() => status.replaceChildren(), CONFIRMATION_MS),
  );
}
