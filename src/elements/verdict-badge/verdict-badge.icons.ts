import { svg, type SVGTemplateResult } from 'lit';
import type { Rating } from '../../data/ratings/rating.js';

/**
 * One shape per family of verdict, so the verdict is told by shape and words, never by colour
 * alone. Drawn with lit's `svg` tag from static markup: no string is ever parsed as SVG.
 */
const check = svg`<path d="M3.5 8.5l3 3 6-7"/>`;
const cross = svg`<path d="M4 4l8 8M12 4l-8 8"/>`;
const half = svg`<circle cx="8" cy="8" r="5.5"/><path d="M8 2.5v11A5.5 5.5 0 0 1 8 2.5z" fill="currentColor"/>`;
const warn = svg`<path d="M8 2l6.5 11.5h-13z"/><path d="M8 6.5v3.5M8 11.8v.2"/>`;
const question = svg`<path d="M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M8 12.8v.2"/>`;
const smile = svg`<circle cx="8" cy="8" r="5.5"/><path d="M5.5 9.5a3 3 0 0 0 5 0M6 6.5v.1M10 6.5v.1"/>`;
const dash = svg`<path d="M4 8h8"/>`;

const shapes: Record<Rating, SVGTemplateResult> = {
  true: check,
  'mostly-true': check,
  mixed: half,
  'mostly-false': cross,
  false: cross,
  misleading: warn,
  unproven: question,
  satire: smile,
  unrated: dash,
};

export function ratingIcon(rating: Rating): SVGTemplateResult {
  return svg`<svg viewBox="0 0 16 16" width="1em" height="1em" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false">${shapes[rating]}</svg>`;
}
