import { html, nothing, type TemplateResult } from 'lit';
import type { Media } from '../../data/fact-check/schema.js';
import { safeUrl } from '../../data/safe-url.js';
import type { Catalogue } from '../../i18n/messages.js';

/** The `lang` and `dir` of the document's own text (a caption is the document's words, not the interface's). */
interface OwnText {
  lang: string | undefined;
  dir: string;
}

/**
 * The thumbnail to show: the media's `thumbnailUrl`, else, for an image, the image itself (a video
 * or a recording has no still of its own to show). Either passes the URL gate, http(s) only.
 */
function thumbnailOf(media: Media): string | undefined {
  return safeUrl(media.thumbnailUrl) ?? (media.kind === 'image' ? safeUrl(media.url) : undefined);
}

/**
 * The image, video or recording a claim is about: its thumbnail, what kind of media it is, and
 * what the fact-checker found it to be ("Missing context"), all in the card's `media` part. Where
 * it appeared is the claim's appearances, which the card lists below.
 *
 * The thumbnail loads lazily and off the main thread, sends no referrer (the article's address is
 * none of the image host's business), and has its box reserved before it loads: the document's
 * `width` and `height` give the `<img>` its proportions, so the article does not move when it
 * arrives. Its text alternative is the caption, in the document's language, else a sentence of
 * the catalogue's saying what it is.
 */
export function renderClaimMedia(media: Media | undefined, messages: Catalogue, own: OwnText): TemplateResult | typeof nothing {
  if (!media) return nothing;
  const src = thumbnailOf(media);
  const caption = media.caption?.trim();
  // Both sizes or neither: one alone gives no proportions to reserve.
  const sized = media.width !== undefined && media.height !== undefined;
  const thumbnail = src
    ? html`<img
        class="media-thumbnail"
        src=${src}
        alt=${caption || messages.mediaAlt({ kind: media.kind })}
        lang=${caption ? (own.lang ?? nothing) : nothing}
        width=${sized ? media.width! : nothing}
        height=${sized ? media.height! : nothing}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
      />`
    : nothing;
  const authenticity = media.authenticity;
  return html`<div part="media" class="media">
    ${thumbnail}
    <p class="media-facts">
      <span class="media-kind muted">${messages.mediaKind({ kind: media.kind })}</span>
      ${authenticity ? html`<strong class="media-authenticity">${messages.mediaAuthenticity({ authenticity })}</strong>` : nothing}
    </p>
  </div>`;
}
