// A claim about a photo renders on the server as in the browser: the thumbnail is in the HTML a CMS
// prints, lazy, with no referrer, its box reserved by width and height, and its kind and category
// in words, so a reader without JavaScript (or before it runs) sees what was checked.
//
// It tests the build (`npm test` builds dist/ when it is out of date). Run alone:
// `npm run build && node --test test/ssr-media.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const dist = resolve(process.env.FACT_VERDICT_DIST ?? 'dist');
await import(pathToFileURL(join(dist, 'elements/claim-card/fact-claim-card.js')).href);

const claim = {
  text: 'A photo shows Eastgate station flooded by this week’s storm.',
  media: {
    kind: 'image',
    thumbnailUrl: 'https://cdn.example.com/eastgate-small.jpg',
    width: 640,
    height: 360,
    caption: 'A flooded platform "under water" <b>',
    authenticity: 'staged',
  },
};

test('the claim card writes the thumbnail and its words into the server render', async () => {
  const markup = await collectResult(render(html`<fact-claim-card .claim=${claim} .verdict=${{ label: 'False' }}></fact-claim-card>`));
  const img = /<img\b[^>]*class="media-thumbnail"[^>]*>/.exec(markup)?.[0];
  assert.ok(img, 'an <img> in the render');
  for (const attribute of [
    'src="https://cdn.example.com/eastgate-small.jpg"',
    'width="640"',
    'height="360"',
    'loading="lazy"',
    'decoding="async"',
    'referrerpolicy="no-referrer"',
    'alt="A flooded platform &quot;under water&quot; &lt;b&gt;"',
  ])
    assert.ok(img.includes(attribute), `${attribute} in ${img}`);
  assert.match(markup, /<span class="media-kind muted"><!--[^>]*-->Image<!--[^>]*--><\/span>/);
  assert.match(markup, /class="media-authenticity"><!--[^>]*-->Staged<!--[^>]*-->/);
});

test('a thumbnail the URL gate refuses is not written at all', async () => {
  const unsafe = { ...claim, media: { ...claim.media, thumbnailUrl: 'javascript:alert(1)' } };
  const logged = [];
  const saved = console.warn;
  console.warn = (...args) => logged.push(args.join(' '));
  try {
    const markup = await collectResult(render(html`<fact-claim-card .claim=${unsafe}></fact-claim-card>`));
    assert.doesNotMatch(markup, /<img\b/);
    assert.doesNotMatch(markup, /javascript:/);
  } finally {
    console.warn = saved;
  }
});
