import { deepQueryAll, expect, fixture, html, settled, shadow } from '../../test-support/index.js';
import type { Claim } from '../../data/fact-check/schema.js';
import { loadMessages } from '../../i18n/locale-ready.js';
import { FactClaimCard } from './claim-card.element.js';
import './fact-claim-card.js';
import '../verdict/fact-verdict.js';

const photo = (media: Record<string, unknown> = {}): Claim =>
  ({
    text: 'A photo shows Eastgate station flooded by this week’s storm.',
    appearances: [{ url: 'https://social.example.com/@sam/778899', title: 'Post by @sam' }],
    media: {
      kind: 'image',
      url: 'https://cdn.example.com/eastgate.jpg',
      thumbnailUrl: 'https://cdn.example.com/eastgate-small.jpg',
      width: 1280,
      height: 720,
      caption: 'A flooded railway platform',
      authenticity: 'missing-context',
      ...media,
    },
  }) as Claim;

async function card(claim: unknown, lang = 'en'): Promise<FactClaimCard> {
  return fixture<FactClaimCard>(html`<fact-claim-card lang=${lang} .claim=${claim} .verdict=${{ label: 'False' }}></fact-claim-card>`);
}

const media = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="media"]');
const thumbnail = (el: Element) => shadow(el).querySelector<HTMLImageElement>('[part~="media"] img');

describe('<fact-claim-card> with media', () => {
  it('shows the thumbnail lazily, with no referrer, sized by the media, its caption as text alternative', async () => {
    const el = await card(photo());
    const img = thumbnail(el)!;
    expect(img.getAttribute('src')).to.equal('https://cdn.example.com/eastgate-small.jpg');
    expect(img.getAttribute('alt')).to.equal('A flooded railway platform');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['1280', '720']);
  });

  it('reserves the thumbnail’s box in the media’s proportions before it loads', async () => {
    const el = await card(photo({ thumbnailUrl: 'https://thumbnails.invalid/never.jpg' }));
    const img = thumbnail(el)!;
    expect(img.complete && img.naturalWidth > 0).to.equal(false);
    const box = img.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(100);
    expect(box.height).to.be.closeTo((box.width * 720) / 1280, 1);
  });

  it('says what kind of media it is and what the fact-checker found it to be, in words', async () => {
    const el = await card(photo());
    expect(media(el)!.querySelector('.media-kind')!.textContent).to.equal('Image');
    expect(media(el)!.querySelector('.media-authenticity')!.textContent).to.equal('Missing context');
    // Where it appeared is still listed.
    expect(shadow(el).querySelector('[part~="appearances"]')!.textContent).to.include('Post by @sam');
  });

  it('speaks the reader’s language', async () => {
    await loadMessages('de');
    const el = await card(photo({ caption: undefined, authenticity: 'edited-or-cropped', kind: 'video', thumbnailUrl: 'https://cdn.example.com/s.jpg' }), 'de');
    expect(media(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Video Bearbeitet oder zugeschnitten');
    expect(thumbnail(el)!.getAttribute('alt')).to.equal('Standbild aus dem geprüften Video');
  });

  it('falls back to the image itself, and to a generic text alternative, and leaves sizes out unless both are given', async () => {
    const el = await card(photo({ thumbnailUrl: undefined, caption: undefined, height: undefined }));
    const img = thumbnail(el)!;
    expect(img.getAttribute('src')).to.equal('https://cdn.example.com/eastgate.jpg');
    expect(img.getAttribute('alt')).to.equal('The image being checked');
    expect(img.hasAttribute('width') || img.hasAttribute('height')).to.equal(false);
  });

  it('shows no thumbnail for a video without a still, nor for a URL the gate refuses', async () => {
    const video = await card(photo({ kind: 'video', thumbnailUrl: undefined, url: 'https://video.example.com/v.mp4' }));
    expect(thumbnail(video)).to.equal(null);
    expect(media(video)!.querySelector('.media-kind')!.textContent).to.equal('Video');
    for (const unsafe of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', '//cdn.example.com/x.jpg']) {
      const el = await card(photo({ thumbnailUrl: unsafe, url: unsafe }));
      expect(thumbnail(el), unsafe).to.equal(null);
      expect(media(el), unsafe).to.not.equal(null);
    }
  });

  it('renders a caption as text, never as markup', async () => {
    const el = await card(photo({ caption: '<img src=x onerror=alert(1)>', thumbnailUrl: undefined, url: undefined }));
    expect(shadow(el).querySelectorAll('img')).to.have.length(0);
    const withThumb = await card(photo({ caption: '"><script>x</script>' }));
    expect(thumbnail(withThumb)!.getAttribute('alt')).to.equal('"><script>x</script>');
    expect(shadow(withThumb).querySelector('script')).to.equal(null);
  });

  it('shows nothing of media for a claim without it', async () => {
    const el = await card({ text: 'The bridge will close.' });
    expect(media(el)).to.equal(null);
  });
});

describe('<fact-verdict> with media', () => {
  it('shows the media in its claim card, styled from outside as claim__media, and leaves it out when compact', async () => {
    const data = { claim: photo(), verdict: { label: 'Missing context' } };
    const full = await settled(await fixture<HTMLElement>(html`<fact-verdict .data=${data}></fact-verdict>`));
    const [img] = deepQueryAll(shadow(full), '[part~="media"] img');
    expect(img?.getAttribute('src')).to.equal('https://cdn.example.com/eastgate-small.jpg');
    const card = deepQueryAll(shadow(full), 'fact-claim-card')[0]!;
    expect(card.getAttribute('exportparts')).to.include('media:claim__media');
    const compact = await settled(await fixture<HTMLElement>(html`<fact-verdict layout="compact" .data=${data}></fact-verdict>`));
    expect(deepQueryAll(shadow(compact), '[part~="media"]')).to.have.length(0);
  });
});
