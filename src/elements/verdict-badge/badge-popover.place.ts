/** How far the popover keeps from the window's edges, and from the badge, in CSS pixels. */
const EDGE = 8;
const GAP = 4;

/**
 * Places the open popover beside `anchor` where CSS anchor positioning is missing: under it, or
 * over it when there is more room above, its start edge at the badge's but never past the
 * window's edges, and no taller than the room it has (it scrolls inside). In a narrow window the
 * stylesheet makes it a bottom sheet, and this leaves it alone.
 */
export function placeBeside(popover: HTMLElement, anchor: Element): void {
  const style = popover.style;
  for (const side of ['top', 'left', 'max-height']) style.removeProperty(side);
  if (matchMedia('(max-width: 35.99rem)').matches) return;
  const badge = anchor.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const below = height - badge.bottom - GAP - EDGE;
  const above = badge.top - GAP - EDGE;
  const room = Math.max(below, above, 0);
  const tall = Math.min(popover.scrollHeight, room);
  const left = Math.max(EDGE, Math.min(badge.left, width - popover.offsetWidth - EDGE));
  style.left = `${left}px`;
  style.top = `${below >= above || tall <= below ? badge.bottom + GAP : badge.top - GAP - tall}px`;
  style.maxHeight = `${room}px`;
}
