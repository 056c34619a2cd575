import { adoptStyles, type LitElement } from 'lit';
import { earlyMessagesFor } from '../../i18n/catalogue.js';
import { resolveLang } from '../internal/lang.js';
import { placeBeside } from './badge-popover.place.js';
import { popoverStyles } from './badge-popover.styles.js';
import type { FactVerdictBadge } from './verdict-badge.element.js';

/**
 * The badge's popover: the whole fact-check, in a `<fact-verdict>` made the first time the badge
 * is opened (so the embed and its parts load only then), beside the badge in the top layer.
 *
 * It is a native `popover="auto"` that the badge's `popovertarget` names: the browser opens and
 * closes it (a second click on the badge, Escape, a click outside, another popover opening) and
 * moves focus into it (`autofocus`). This module adds what the browser does not: the embed,
 * `aria-expanded`, its place beside the badge where CSS anchor positioning is missing, and focus
 * back on the badge after a click outside. Nothing here is imported by the CDN entry: it arrives
 * as its own chunk on the first click.
 */

/** The popover's id inside the badge's shadow root (its button's `popovertarget`). */
const ID = 'popover';

const anchors = typeof CSS !== 'undefined' && CSS.supports('anchor-name: --a');
let count = 0;

/** Makes the popover (once per badge, again if a new render removed it) and opens it. Never throws. */
export function attachPopover(badge: FactVerdictBadge, trigger: HTMLButtonElement): void {
  const root = badge.renderRoot as ShadowRoot;
  let popover = root.getElementById(ID);
  // Later clicks are the browser's: `popovertarget` toggles the popover that is already there.
  if (popover) return;
  adoptStyles(root, [...(badge.constructor as typeof LitElement).elementStyles, popoverStyles]);
  popover = document.createElement('div');
  popover.id = ID;
  popover.popover = 'auto';
  popover.className = 'popover';
  popover.setAttribute('part', 'popover');
  popover.setAttribute('role', 'dialog');
  // Focused on opening (the browser does it, for `autofocus`), so a reader starts at its top.
  popover.tabIndex = -1;
  popover.autofocus = true;
  const messages = earlyMessagesFor(resolveLang(badge));
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('part', 'close-button');
  close.setAttribute('popovertarget', ID);
  close.setAttribute('popovertargetaction', 'hide');
  close.setAttribute('aria-label', messages.close);
  close.textContent = '×';
  // The embed, made now for the first time: its element and parts load from here on.
  const embed = document.createElement('fact-verdict') as HTMLElement & { src?: string; data?: unknown; loading?: string };
  embed.setAttribute('part', 'embed');
  embed.loading = 'eager';
  popover.append(close, embed);
  root.append(popover);

  const anchorName = `--fact-badge-${++count}`;
  if (anchors) {
    trigger.style.setProperty('anchor-name', anchorName);
    popover.style.setProperty('position-anchor', anchorName);
  }
  // Without anchor positioning it is placed from script, and again as the page scrolls or resizes.
  const place = () => placeBeside(popover, trigger);
  // Each opening shows the badge's current document (the browser opens it after the first time).
  // `beforetoggle` comes as it happens (`toggle` comes a task later): the button says at once whether it is open.
  popover.addEventListener('beforetoggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    root.querySelector('button.badge')?.setAttribute('aria-expanded', String(open));
    if (open) syncEmbed(badge, popover);
  });
  popover.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    // The button of the latest render, which is the one the reader sees.
    const button = root.querySelector<HTMLElement>('button.badge');
    if (!anchors) {
      const listen = open ? addEventListener : removeEventListener;
      listen('resize', place);
      listen('scroll', place, { capture: true, passive: true });
      if (open) place();
    }
    if (open) return;
    // Escape and the close button give focus back themselves; a click outside on nothing
    // focusable leaves it nowhere, so it goes back to the badge (never taken from something else).
    const active = document.activeElement;
    if (!active || active === document.body || (active === badge && root.activeElement !== button)) button?.focus();
  });
  syncEmbed(badge, popover);
  // The first open is this module's: the click that loaded it found no popover to toggle. Unless
  // the click is still on its way (an import already loaded can resolve before the button's
  // default action, as in WebKit): then `popovertarget` finds the new popover and opens it itself,
  // and opening it here too would close it again. So this waits for the click to be over.
  setTimeout(() => {
    if (popover.matches(':popover-open')) return;
    try {
      popover.showPopover();
    } catch (error) {
      // No Popover API: the fact-check stays in the page, after the badge, which is still readable.
      console.error(`fact-verdict: <${badge.localName}> could not open a popover (${String(error)})`);
    }
  });
  (badge.constructor as typeof FactVerdictBadge)
    .loadEmbed()
    .catch((error: unknown) => console.error(`fact-verdict: <${badge.localName}> could not load <fact-verdict> (${String(error)})`));
}

/** Gives the embed the badge's current document, and the popover the badge's words as its name ("Verdict: False"). */
function syncEmbed(badge: FactVerdictBadge, popover: HTMLElement): void {
  const messages = earlyMessagesFor(resolveLang(badge));
  const label = (badge.label ?? '').trim() || messages.ratingName({ rating: badge.rating });
  popover.setAttribute('aria-label', `${messages.verdictPrefix} ${label}`);
  const embed = popover.lastElementChild as HTMLElement & { src?: string; data?: unknown };
  // `data` wins over `src` in the embed, as it does in the badge.
  embed.data = badge.data;
  embed.src = badge.src;
}
