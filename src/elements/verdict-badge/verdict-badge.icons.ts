import { svg, type SVGTemplateResult } from 'lit';
import type { Rating } from '../../data/ratings/rating.js';

/**
 * One shape per family of verdict, so the verdict is told by shape and words, never by colour
 * alone: a check for true (with a dot beside it, "not quite", for mostly true), a cross for false
 * and a circled cross for mostly false (not false's own ✕), a warning triangle for mixed and
 * misleading, a question mark for unproven, a mask's smile for satire, an "i" for unrated. Drawn
 * with lit's `svg` tag from static markup: no string is ever parsed as SVG. The circles are
 * written the same way each time, so gzip pays for one.
 */
const check = svg`<path d="M3.5 8.5l3 3 6-7"/>`;
const cross = svg`<path d="M4 4l8 8M12 4l-8 8"/>`;
const warn = svg`<path d="M8 2l6.5 11.5h-13z"/><path d="M8 6.5v3.5M8 11.8v.2"/>`;

const shapes: Record<Rating, SVGTemplateResult> = {
  true: check,
  'mostly-true': svg`<path d="M2 8.5l3 3 6-7M13.5 12v.2"/>`,
  mixed: warn,
  'mostly-false': svg`<circle cx="8" cy="8" r="5.5"/><path d="M6 6l4 4M10 6l-4 4"/>`,
  false: cross,
  misleading: warn,
  unproven: svg`<path d="M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M8 12.8v.2"/>`,
  satire: svg`<circle cx="8" cy="8" r="5.5"/><path d="M5.5 9.5a3 3 0 0 0 5 0M6 6.5v.1M10 6.5v.1"/>`,
  unrated: svg`<circle cx="8" cy="8" r="5.5"/><path d="M8 7.5v3M8 5.2v.1"/>`,
};

/** The family's icon, decorative (the badge hides it from assistive technology) and drawn the same way in either direction. */
export function ratingIcon(rating: Rating): SVGTemplateResult {
  return svg`<svg viewBox="0 0 16 16" width="1em" height="1em" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false">${shapes[rating]}</svg>`;
}
