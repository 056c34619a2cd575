// Runs in bench.html, which holds two frames of the same size side by side: `embed` loads the CDN
// bundle, `static` loads nothing but the floor's plain stylesheet (so the custom element names in
// the same-DOM copy stay undefined and nothing upgrades them). scripts/bench.mjs drives it through
// window.bench; every variant is timed the same way: insert, settle, force layout, one frame.
import { allElements, announcements, finish as settleAndLayout, frameTick } from './settle.js';

// This folder's lint globals are the page's own few; the DOM's constructors come from window.
const { Node, NodeFilter, PerformanceObserver } = window;
const embedFrame = document.getElementById('embed');
const staticFrame = document.getElementById('static');

const frameLoaded = (frame) =>
  frame.contentDocument?.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));

const state = {};

function frameOf(variant) {
  return variant.startsWith('embed') || variant === 'badge' ? embedFrame : staticFrame;
}

const finish = (win, stage, start) => settleAndLayout(win, stage, start, { defined: win === embedFrame.contentWindow });

/** Mounts n copies of a variant and leaves them mounted; returns the timings. */
async function mount(variant, n) {
  const frame = frameOf(variant);
  const win = frame.contentWindow;
  const stage = frame.contentDocument.getElementById('stage');
  stage.replaceChildren();
  await frameTick(win);
  const html = {
    'embed-inline': state.inlineHtml,
    floor: state.floorHtml,
    copy: state.copyHtml,
    badge: state.badgeHtml,
    'badge-floor': state.badgeFloorHtml,
    'badge-copy': state.badgeCopyHtml,
  }[variant];
  const markup = html === undefined ? '' : html.repeat(n);
  const loads = announcements(stage, variant.startsWith('embed') ? n : 0);
  const start = performance.now();
  if (variant === 'embed-data') {
    for (let i = 0; i < n; i += 1) {
      const el = win.document.createElement('fact-verdict');
      el.data = state.doc;
      stage.append(el);
    }
  } else if (frame === embedFrame) {
    stage.innerHTML = markup;
  } else {
    stage.setHTMLUnsafe(markup);
  }
  const insertedMs = performance.now() - start;
  await loads;
  return { insertedMs, ...(await finish(win, stage, start)) };
}

function clear() {
  for (const frame of [embedFrame, staticFrame]) frame.contentDocument.getElementById('stage').replaceChildren();
}

async function measure(variant, n) {
  const result = await mount(variant, n);
  clear();
  return result;
}

/** Replaces the data of n embeds (document A → B) and times it; the copy baseline swaps static copies. */
async function replace(variant, n) {
  if (variant === 'embed-data') {
    await mount('embed-data', n);
    const win = embedFrame.contentWindow;
    const stage = win.document.getElementById('stage');
    await frameTick(win);
    const loads = announcements(stage, n);
    const start = performance.now();
    for (const el of stage.children) el.data = state.docB;
    await loads;
    const result = await finish(win, stage, start);
    clear();
    return result;
  }
  await mount('copy', n);
  const win = staticFrame.contentWindow;
  const stage = win.document.getElementById('stage');
  await frameTick(win);
  const markup = state.copyHtmlB.repeat(n);
  const start = performance.now();
  stage.setHTMLUnsafe(markup);
  const result = await finish(win, stage, start);
  clear();
  return result;
}

/**
 * n embeds are connected first with no data; then their data is set in one task. Counts the
 * animation frames from that task to the last embed's render, the frames in which embeds rendered,
 * and long animation frames (over 50 ms).
 */
async function framesToReady(n) {
  const win = embedFrame.contentWindow;
  const stage = win.document.getElementById('stage');
  stage.replaceChildren();
  const els = Array.from({ length: n }, () => win.document.createElement('fact-verdict'));
  stage.append(...els);
  await frameTick(win);
  await frameTick(win);
  const ticks = [];
  let running = true;
  const loop = () => {
    ticks.push(performance.now());
    if (running) win.requestAnimationFrame(loop);
  };
  win.requestAnimationFrame(loop);
  // Long animation frames (over 50 ms) of the whole page: both frames share one event loop.
  const longFrames = [];
  const observer = new PerformanceObserver((list) => longFrames.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'long-animation-frame' });
  const loads = announcements(stage, n);
  const start = performance.now();
  for (const el of els) el.data = state.doc;
  const times = await loads;
  const result = await finish(win, stage, start);
  running = false;
  await frameTick(win); // the long frame's entry is queued after it ends
  longFrames.push(...observer.takeRecords().map((e) => e.duration));
  observer.disconnect();
  const frameIndex = (t) => ticks.filter((tick) => tick <= t).length;
  const first = times[0].t;
  const last = times[times.length - 1].t;
  clear();
  return {
    ...result,
    framesToLastRender: frameIndex(last),
    framesFirstToLastRender: frameIndex(last) - frameIndex(first),
    framesWithRenders: new Set(times.map((x) => frameIndex(x.t))).size,
    lastRenderMs: last - start,
    longAnimationFrames: longFrames.length,
    longestFrameMs: Math.max(0, ...longFrames),
  };
}

// ---- the same-DOM copy: the rendered shadow trees as declarative shadow DOM with their own CSS

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const sheetText = (sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n');

function serialize(node) {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
  if (node.nodeType !== Node.ELEMENT_NODE) return ''; // Lit's comment markers are machinery, not markup
  const tag = node.localName;
  const attrs = [...node.attributes].map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  let inner = '';
  if (node.shadowRoot) {
    const css = node.shadowRoot.adoptedStyleSheets.map(sheetText).join('\n');
    inner += `<template shadowrootmode="open"><style>${css}</style>${[...node.shadowRoot.childNodes].map(serialize).join('')}</template>`;
  }
  if (tag === 'script') return '';
  inner += [...node.childNodes].map(serialize).join('');
  return VOID.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${inner}</${tag}>`;
}

// ---- visible text through the composed tree, as the reader sees it

function composedChildren(node) {
  if (node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node.localName === 'slot') {
    const assigned = node.assignedNodes();
    return assigned.length ? assigned : [...node.childNodes];
  }
  return [...node.childNodes];
}

function hidden(el, win) {
  if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return true;
  const box = el.getBoundingClientRect();
  const style = win.getComputedStyle(el);
  // Visually hidden text for screen readers (1px, clipped) is not visible text.
  return (box.width <= 1 || box.height <= 1) && style.overflow !== 'visible';
}

function visibleText(root, win) {
  const parts = [];
  const walk = (node, parent) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const transform = win.getComputedStyle(parent).textTransform;
      const text = transform === 'uppercase' ? node.data.toUpperCase() : transform === 'lowercase' ? node.data.toLowerCase() : node.data;
      parts.push(text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (['script', 'style', 'template'].includes(node.localName) || hidden(node, win)) return;
    for (const child of composedChildren(node)) walk(child, node);
  };
  walk(root, root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function counts(root) {
  const els = [root, ...allElements(root)];
  const roots = els.filter((el) => el.shadowRoot).map((el) => el.shadowRoot);
  let comments = 0;
  for (const r of [root, ...roots]) {
    const walker = r.ownerDocument.createTreeWalker(r, NodeFilter.SHOW_COMMENT);
    while (walker.nextNode()) comments += 1;
  }
  const sheets = roots.flatMap((r) => r.adoptedStyleSheets);
  return { elements: els.length, comments, shadowRoots: roots.length, adoptedStyleSheets: sheets.length, uniqueStyleSheets: new Set(sheets).size };
}

/** Loads the documents and floors, renders one embed of each, and builds the copies; checks the floors' text. */
async function setup() {
  await Promise.all([frameLoaded(embedFrame), frameLoaded(staticFrame)]);
  const get = async (url, type) => (await fetch(url))[type]();
  const [doc, docB, floorHtml, badgeFloorHtml] = await Promise.all([
    get('/examples/fip-csto-putin-2024.json', 'json'),
    get('/examples/wind-power-winter.json', 'json'),
    get('/bench/floor-embed.html', 'text'),
    get('/bench/floor-badge.html', 'text'),
  ]);
  Object.assign(state, { doc, docB, floorHtml, badgeFloorHtml });
  state.inlineHtml = `<fact-verdict><script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script></fact-verdict>`;
  state.badgeHtml = '<p>The claim is <fact-verdict-badge label="False"></fact-verdict-badge>.</p>';
  const win = embedFrame.contentWindow;
  const stage = win.document.getElementById('stage');
  await win.customElements.whenDefined('fact-verdict');

  await mount('embed-data', 1);
  const embed = stage.firstElementChild;
  state.copyHtml = serialize(embed);
  const embedCounts = counts(embed);
  const embedText = visibleText(embed, win);
  const embedHeight = embed.getBoundingClientRect().height;
  await mount('embed-inline', 1);
  const inlineText = visibleText(stage.firstElementChild, win);

  state.docBStash = state.doc;
  state.doc = docB;
  await mount('embed-data', 1);
  state.copyHtmlB = serialize(stage.firstElementChild);
  state.doc = state.docBStash;

  await mount('badge', 1);
  const badgeP = stage.firstElementChild;
  state.badgeCopyHtml = serialize(badgeP);
  const badgeCounts = counts(badgeP.querySelector('fact-verdict-badge'));
  const badgeText = visibleText(badgeP, win);

  const swin = staticFrame.contentWindow;
  const sstage = swin.document.getElementById('stage');
  const texts = {};
  const heights = {};
  const staticCounts = {};
  for (const variant of ['floor', 'copy', 'badge-floor', 'badge-copy']) {
    await mount(variant, 1);
    texts[variant] = visibleText(sstage.firstElementChild, swin);
    heights[variant] = sstage.firstElementChild.getBoundingClientRect().height;
    staticCounts[variant] = counts(sstage.firstElementChild);
  }
  clear();
  return {
    counts: { embed: embedCounts, badge: badgeCounts, ...staticCounts },
    text: { embed: embedText, inline: inlineText, badge: badgeText, ...texts },
    heights: { embed: embedHeight, ...heights },
  };
}

window.bench = { setup, measure, mount, clear, replace, framesToReady };
