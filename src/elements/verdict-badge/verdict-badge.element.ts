import { css, html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { FactElement } from '../internal/fact-element.js';
import { isRating, type Rating } from '../../data/ratings/rating.js';
import type { RegistryChange } from '../../data/registry.js';
import { resolveLabelledRating } from '../../data/ratings/resolve.js';
import { earlyMessagesFor } from '../../i18n/catalogue.js';
import { baseStyles } from '../internal/base.styles.js';
import { a11yStyles } from '../internal/a11y.styles.js';
import { printStyles } from '../internal/print.styles.js';
import { defineElement } from '../internal/define.js';
import { resolveDirection, textLang } from '../internal/direction.js';
import { resolveLang } from '../internal/lang.js';
import { RegistryController } from '../internal/registry-controller.js';
import { loadScalesFor } from '../internal/scales.js';
import { ratingIcon } from './verdict-badge.icons.js';
import { verdictBadgeStyles } from './verdict-badge.styles.js';
import type { FactVerdictData } from '../verdict/verdict.base.js';

// The events' types (and, through them, typed `addEventListener('fact-…')` in this module's .d.ts).
export type * from '../internal/event-types.js';

/**
 * With a document the badge is a button, and looks as it does without one: none of the browser's
 * button styles (`.badge`'s own rules win over this one, which weighs nothing), and a pointer.
 */
const triggerStyles = css`
  :where(button) {
    all: unset;
    cursor: pointer;
  }
  :where(button):hover .label {
    text-decoration: underline;
  }
`;

/**
 * The verdict as a compact badge: an icon and the publisher's own words, coloured by the
 * normalized rating. Works alone with attributes only, so it can sit inside a sentence:
 * `<fact-verdict-badge label="Pants on Fire"></fact-verdict-badge>`.
 *
 * Screen readers hear the whole verdict ("Verdict: Pants on Fire") from visually hidden text; the
 * icon is decorative. The verdict is never told by colour alone: the words are always shown.
 *
 * Given the fact-check itself (`src` or `data`, as `<fact-verdict>` takes them), the badge is a
 * button in the sentence: it opens the whole fact-check in a popover beside it, which Escape or a
 * click outside closes (focus goes back to the badge). The popover and the embed in it load only
 * when it is first opened. Without JavaScript, and on the server, it stays a plain badge.
 *
 * @tagname fact-verdict-badge
 * @summary A verdict badge: icon, the publisher's label, coloured by normalized rating.
 *
 * @csspart base - The badge itself.
 * @csspart icon - The decorative icon.
 * @csspart label - The visible verdict text.
 * @csspart button - With a document: the badge itself, a button (also `base`).
 * @csspart popover - With a document: the popover the fact-check opens in.
 * @csspart close-button - The popover's close button.
 * @csspart embed - The `<fact-verdict>` in the popover.
 *
 * @cssprop [--fact-color-true=#1a7332] - Badge colour for `true`.
 * @cssprop [--fact-color-mostly-true=#3d6b12] - Badge colour for `mostly-true`.
 * @cssprop [--fact-color-mixed=#805300] - Badge colour for `mixed`.
 * @cssprop [--fact-color-mostly-false=#a3410f] - Badge colour for `mostly-false`.
 * @cssprop [--fact-color-false=#b42318] - Badge colour for `false`.
 * @cssprop [--fact-color-misleading=#9c2a67] - Badge colour for `misleading`.
 * @cssprop [--fact-color-unproven=#4b5563] - Badge colour for `unproven`.
 * @cssprop [--fact-color-satire=#6332b0] - Badge colour for `satire`.
 * @cssprop [--fact-color-unrated=#4b5563] - Badge colour for `unrated`.
 * @cssprop [--fact-badge-text=#fff] - Text and icon colour on the badge.
 * @cssprop [--fact-badge-radius=999px] - Corner radius (a pill by default).
 * @cssprop [--fact-badge-font-size=0.875em] - Font size relative to the surrounding text.
 * @cssprop [--fact-badge-font-weight=600] - Font weight.
 */
export class FactVerdictBadge extends FactElement {
  static override styles = [baseStyles, verdictBadgeStyles, triggerStyles, printStyles, a11yStyles];

  // Reactive properties without decorators (each would cost the bundle a decorate call, and the
  // decorators their helpers). `label` is `declare`d and set in the constructor, so no class field
  // shadows Lit's accessor; `rating` is the accessor pair below, which Lit wraps.
  static override properties: PropertyDeclarations = {
    label: {},
    rating: { reflect: true },
    labelLang: { attribute: 'label-lang' },
    src: {},
    data: { attribute: false },
  };

  /**
   * Makes `<fact-verdict>` available for the popover, the first time a badge with a document is
   * opened. By default it waits for the page to define the element, as the CDN bundle and the
   * package's root module do; a page that imports only `fact-verdict-badge.js` imports
   * `fact-verdict.js` too, or sets this, e.g. `FactVerdictBadge.loadEmbed = () => import('fact-verdict/fact-verdict.js')`.
   * (Not the default: any module the CDN bundle includes that names the npm embed would add a
   * second copy of the embed to the bundle's chunks.)
   */
  static loadEmbed: () => Promise<unknown> = () => customElements.whenDefined('fact-verdict');

  /** Registers the element under `tag` (once; a repeat is harmless). */
  static define(tag = 'fact-verdict-badge', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  /** The verdict in the publisher's own words; when empty, the rating's name is shown. */
  declare label: string;

  /** The language of `label` (BCP 47) when it is not the page's: the publisher's words keep their own `lang` and direction. */
  declare labelLang?: string;

  /** URL of the fact-check (FactCheck or ClaimReview JSON), as `<fact-verdict>` takes it: with it, the badge opens the fact-check in a popover. */
  declare src?: string;

  /** The fact-check itself, as `<fact-verdict>`'s `data` takes it: with it, the badge opens the fact-check in a popover. */
  declare data?: FactVerdictData;

  private explicitRating?: string;

  constructor() {
    super();
    this.label = '';
    new RegistryController(this, (change) => this.registryChanged(change));
  }

  /** New scales can change the derived rating (reflected again only if it did); new messages, the words. */
  private registryChanged(change: RegistryChange): void {
    if (change === 'ratings') this.requestUpdate('rating', this.getAttribute('rating'));
    else this.requestUpdate();
  }

  /**
   * The normalized rating (`true`, `mostly-true`, `mixed`, `mostly-false`, `false`, `misleading`,
   * `unproven`, `satire`, `unrated`). When absent or unknown it is derived from `label`; it is
   * always reflected, so CSS can select on it.
   */
  get rating(): Rating {
    return resolveLabelledRating(this.explicitRating, this.label);
  }
  set rating(value: Rating | string | undefined | null) {
    const old = this.rating;
    this.explicitRating = isRating(value) ? value : undefined;
    this.requestUpdate('rating', old);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new label can change the derived rating; report it so the attribute is reflected again.
    if (changed.has('label') && !changed.has('rating')) {
      this.requestUpdate('rating', resolveLabelledRating(this.explicitRating, changed.get('label')));
    }
    if (changed.has('label')) loadScalesFor(this.label);
  }

  override render() {
    const lang = resolveLang(this);
    const messages = earlyMessagesFor(lang);
    const rating = this.rating;
    // Null once a `label` attribute is removed (a verdict that has only a rating, issue 11).
    const label = (this.label ?? '').trim();
    // The publisher's words carry their own language; the rating's name is the interface's.
    const own = label ? textLang(this.labelLang, lang) : undefined;
    const content = html`<span part="icon" class="icon" aria-hidden="true">${ratingIcon(rating)}</span
      ><span class="visually-hidden">${messages.verdictPrefix} </span
      ><span part="label" class="label" lang=${own?.lang ?? nothing} dir=${own?.dir ?? nothing}>${label || messages.ratingName({ rating })}</span>`;
    const dir = resolveDirection(this, lang);
    // A plain badge without a document, and on the server, where no popover could open.
    if (isServer || (!this.src && this.data === undefined)) return html`<span part="base" class="badge" dir=${dir}>${content}</span>`;
    // `popovertarget` names the popover that the first activation creates (`badge-popover.ts`):
    // from then on the browser opens and closes it, and a click on the badge is not a click outside.
    return html`<button
      part="base button"
      class="badge"
      type="button"
      dir=${dir}
      popovertarget="popover"
      aria-haspopup="dialog"
      aria-expanded="false"
      @click=${this.#open}
    >${content}<span class="visually-hidden"> ${messages.opensFactCheck}</span></button>`;
  }

  /** Loads the popover on first use; it then makes itself and the embed in it, once. */
  #open = (event: Event): void => {
    const trigger = event.currentTarget as HTMLButtonElement;
    import('./badge-popover.js').then(
      (popover) => popover.attachPopover(this, trigger),
      (error: unknown) => console.error(`fact-verdict: <${this.localName}> could not open its fact-check (${String(error)})`),
    );
  };
}
