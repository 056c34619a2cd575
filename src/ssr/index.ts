/**
 * `fact-verdict/ssr`: server rendering for CMS plugins and static site generators, in Node, through
 * `@lit-labs/ssr` (a peer dependency). See `renderFactVerdict`.
 */
export { renderFactVerdict, type RenderOptions } from './render.js';
export { jsonScript } from './json-script.js';
