import { LitElement, html, type PropertyDeclarations } from 'lit';
import { isRating, type Rating } from '../../data/ratings/rating.js';
import type { RegistryChange } from '../../data/registry.js';
import { resolveRating } from '../../data/ratings/resolve.js';
import { earlyMessagesFor } from '../../i18n/catalogue.js';
import { baseStyles } from '../internal/base.styles.js';
import { defineElement } from '../internal/define.js';
import { resolveLang } from '../internal/lang.js';
import { RegistryController } from '../internal/registry-controller.js';
import { loadScalesFor } from '../internal/scales.js';
import { ratingIcon } from './verdict-badge.icons.js';
import { verdictBadgeStyles } from './verdict-badge.styles.js';
import { clearServerRender } from '../internal/render-root.js';

// The events' types (and, through them, typed `addEventListener('fact-…')` in this module's .d.ts).
export type * from '../internal/event-types.js';

/**
 * The verdict as a compact badge: an icon and the publisher's own words, coloured by the
 * normalized rating. Works alone with attributes only, so it can sit inside a sentence:
 * `<fact-verdict-badge label="Pants on Fire"></fact-verdict-badge>`.
 *
 * Screen readers hear the whole verdict ("Verdict: Pants on Fire") from visually hidden text; the
 * icon is decorative. The verdict is never told by colour alone: the words are always shown.
 *
 * @tagname fact-verdict-badge
 * @summary A verdict badge: icon, the publisher's label, coloured by normalized rating.
 *
 * @csspart base - The badge itself.
 * @csspart icon - The decorative icon.
 * @csspart label - The visible verdict text.
 *
 * @cssprop --fact-color-true - Badge colour for `true`.
 * @cssprop --fact-color-mostly-true - Badge colour for `mostly-true`.
 * @cssprop --fact-color-mixed - Badge colour for `mixed`.
 * @cssprop --fact-color-mostly-false - Badge colour for `mostly-false`.
 * @cssprop --fact-color-false - Badge colour for `false`.
 * @cssprop --fact-color-misleading - Badge colour for `misleading`.
 * @cssprop --fact-color-unproven - Badge colour for `unproven`.
 * @cssprop --fact-color-satire - Badge colour for `satire`.
 * @cssprop --fact-color-unrated - Badge colour for `unrated`.
 * @cssprop --fact-badge-text - Text and icon colour on the badge (white).
 * @cssprop --fact-badge-radius - Corner radius (a pill by default).
 * @cssprop --fact-badge-font-size - Font size relative to the surrounding text (0.875em).
 * @cssprop --fact-badge-font-weight - Font weight (600).
 */
export class FactVerdictBadge extends LitElement {
  static override styles = [baseStyles, verdictBadgeStyles];

  // Reactive properties without decorators (each would cost the bundle a decorate call, and the
  // decorators their helpers). `label` is `declare`d and set in the constructor, so no class field
  // shadows Lit's accessor; `rating` is the accessor pair below, which Lit wraps.
  static override properties: PropertyDeclarations = {
    label: {},
    rating: { reflect: true },
  };

  /** Registers the element under `tag` (once; a repeat is harmless). */
  static define(tag = 'fact-verdict-badge', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  /** The verdict in the publisher's own words; when empty, the rating's name is shown. */
  declare label: string;

  private explicitRating?: string;

  /** Renders over a server-rendered shadow root rather than beside it (see `clearServerRender`). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    clearServerRender(this);
    return super.createRenderRoot();
  }
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
    return resolveRating({ rating: this.explicitRating, label: this.label });
  }
  set rating(value: Rating | string | undefined | null) {
    const old = this.rating;
    this.explicitRating = isRating(value) ? value : undefined;
    this.requestUpdate('rating', old);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new label can change the derived rating; report it so the attribute is reflected again.
    if (changed.has('label') && !changed.has('rating')) {
      this.requestUpdate('rating', resolveRating({ rating: this.explicitRating, label: changed.get('label') }));
    }
    if (changed.has('label')) loadScalesFor(this.label);
  }

  override render() {
    const messages = earlyMessagesFor(resolveLang(this));
    const rating = this.rating;
    const text = this.label.trim() || messages.ratingName({ rating });
    return html`<span part="base" class="badge"
      ><span part="icon" class="icon" aria-hidden="true">${ratingIcon(rating)}</span
      ><span class="visually-hidden">${messages.verdictPrefix} </span
      ><span part="label" class="label">${text}</span></span
    >`;
  }
}
