import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import { safeUrl } from '../../data/safe-url.js';
import { formatList, type Catalogue } from '../../i18n/messages.js';
import { textLang } from '../internal/direction.js';
import { renderLink } from '../internal/link.js';
import { renderList, renderMessage } from '../internal/message.js';
import { dateText, renderDate } from '../internal/time.js';
import { renderShare } from './share.view.js';

/**
 * What a fact-check owes its reader at the end: who published it (with the logo), who wrote it,
 * when it was published and updated, its corrections, and the link to the whole article. The
 * compact layout keeps only the publisher and the link; `share` adds the share control beside the link.
 */
export function renderAttribution(doc: ResolvedFactCheck, messages: Catalogue, lang: string, full: boolean, share?: boolean): TemplateResult {
  const url = safeUrl(doc.url);
  const logo = full ? safeUrl(doc.publisher?.logo) : undefined;
  const authors = full ? (doc.authors ?? []) : [];
  const published = full ? dateText(doc.datePublished, lang) : undefined;
  const modified = full && doc.dateModified !== doc.datePublished ? dateText(doc.dateModified, lang) : undefined;
  const corrections = full ? (doc.corrections ?? []) : [];
  // Names are the document's, isolated (<bdi>, direction from their own letters) inside the interface's sentences.
  const own = textLang(doc.language, lang);
  const name = (text: string) => html`<bdi lang=${own.lang ?? nothing}>${text}</bdi>`;
  return html`<footer part="attribution" class="attribution">
    ${
      doc.publisher
        ? html`<p class="publisher">
          ${logo ? html`<img part="publisher-logo" class="logo" src=${logo} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" />` : nothing}
          <span>${renderMessage(messages.publishedBy, { name: renderLink(doc.publisher.url, name(doc.publisher.name), { kind: 'publisher', messages }) })}</span>
        </p>`
        : nothing
    }
    ${
      authors.length
        ? html`<p class="authors">
          ${renderMessage(messages.byAuthors, {
            names: renderList(
              (items) => formatList(lang, items),
              authors.map((a) => renderLink(a.url, name(a.name), { kind: 'author', messages })),
            ),
          })}
        </p>`
        : nothing
    }
    ${
      published || modified
        ? html`<p class="dates">
          ${published ? html`<span>${renderMessage(messages.publishedOn, { date: renderDate(doc.datePublished, lang) })}</span>` : nothing}
          ${modified ? html`<span>${renderMessage(messages.updatedOn, { date: renderDate(doc.dateModified, lang) })}</span>` : nothing}
        </p>`
        : nothing
    }
    ${
      corrections.length
        ? html`<div part="corrections" class="corrections">
          <p class="corrections-heading">${messages.correctionsHeading}</p>
          <ul>
            ${corrections.map((c) => html`<li>${c.date ? html`${renderDate(c.date, lang)}: ` : nothing}<span lang=${own.lang ?? nothing} dir=${own.dir}>${c.text}</span></li>`)}
          </ul>
        </div>`
        : nothing
    }
    ${
      url
        ? html`<p class="full-link">${renderLink(url, messages.readFullFactCheck, { kind: 'fact-check', messages, part: 'full-link' })}${
            share ? renderShare(url, doc.headline ?? doc.claim.text, messages) : nothing
          }</p>`
        : nothing
    }
  </footer>`;
}
