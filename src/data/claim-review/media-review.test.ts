import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { readFactCheck } from '../fact-check/read.js';
import type { FactCheck } from '../fact-check/schema.js';
import { fromClaimReview } from './from-claim-review.js';
import { toClaimReview } from './to-claim-review.js';
import { claimReviewOfImage, claimReviewWithVideoAppearance, decontextualizedPhoto, transformedVideo } from './fixtures/media-review.js';

function readOne(input: unknown) {
  const { documents, problems } = fromClaimReview(input);
  expect(documents, JSON.stringify(problems)).to.have.length(1);
  return { document: documents[0]!, problems };
}

describe('MediaReview', () => {
  it('reads a MediaReviewItem: the first copy as the media, every copy as an appearance, the category as authenticity', () => {
    const { document, problems } = readOne(decontextualizedPhoto);
    expect(problems).to.deep.equal([]);
    expect(document.claim).to.deep.equal({
      text: 'A photo shows Eastgate station flooded by this week’s storm.',
      claimant: { name: 'Sam Poster' },
      appearances: [
        { url: 'https://social.example.com/@sam/778899', date: '2024-10-01T07:45:00Z' },
        { url: 'https://forum.example.com/t/storm/42', date: '2024-10-01' },
      ],
      media: {
        kind: 'image',
        url: 'https://social.example.com/@sam/778899',
        thumbnailUrl: 'https://cdn.factdesk.example.org/thumbs/eastgate.jpg',
        width: 1080,
        height: 720,
        caption: 'A flooded railway platform, water up to the benches',
        authenticity: 'missing-context',
      },
    });
    // No reviewRating: the category rates it, with no words of the data layer's own.
    expect(document.verdict).to.deep.equal({
      rating: 'misleading',
      summary: 'The photo shows the Eastgate station during the floods of June 2015.',
    });
    expect(readFactCheck(document).problems).to.deep.equal([]);
  });

  it('reads a VideoObject reviewed directly: embedUrl, a thumbnail ImageObject, QuantitativeValue sizes, an IRI category', () => {
    const { document, problems } = readOne(transformedVideo);
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(document.claim.text).to.equal('The mayor announcing a new tax');
    expect(document.claim.media).to.deep.equal({
      kind: 'video',
      url: 'https://video.example.com/embed/abc123',
      thumbnailUrl: 'https://video.example.com/thumbs/abc123.jpg',
      width: 1280,
      height: 720,
      caption: 'The mayor announcing a new tax',
      authenticity: 'transformed',
    });
    // A reviewRating wins over the category's rating: the publisher's words are kept.
    expect(document.verdict.label).to.equal('Altered');
  });

  for (const [written, code] of [
    ['OriginalMediaContent', 'original-context'],
    ['schema:EditedOrCroppedContent', 'edited-or-cropped'],
    ['http://schema.org/StagedContent', 'staged'],
    ['Satire/Parody', 'satire-or-parody'],
    ['Missing context', 'missing-context'],
  ] as const) {
    it(`reads the category ${written} as ${code}`, () => {
      const { document } = readOne({ ...decontextualizedPhoto, mediaAuthenticityCategory: written });
      expect(document.claim.media?.authenticity).to.equal(code);
    });
  }

  it('rates original media as unrated and staged as false when there is no reviewRating', () => {
    expect(readOne({ ...decontextualizedPhoto, mediaAuthenticityCategory: 'OriginalMediaContent' }).document.verdict.rating).to.equal('unrated');
    expect(readOne({ ...decontextualizedPhoto, mediaAuthenticityCategory: { '@id': 'https://schema.org/StagedContent' } }).document.verdict.rating).to.equal(
      'false',
    );
  });

  it('leaves out what it cannot use, by path, and still shows the review', () => {
    const [first, second] = decontextualizedPhoto.itemReviewed.mediaItemAppearance;
    const input = {
      ...decontextualizedPhoto,
      mediaAuthenticityCategory: 'Deepfake',
      itemReviewed: {
        ...decontextualizedPhoto.itemReviewed,
        mediaItemAppearance: [{ ...first, thumbnailUrl: 'javascript:alert(1)', width: '3cm', height: 0 }, second],
      },
    };
    const { document, problems } = readOne(input);
    const media = document.claim.media!;
    expect(media.thumbnailUrl).to.equal(undefined);
    expect(media.width).to.equal(undefined);
    expect(media.height).to.equal(undefined);
    expect(media.authenticity).to.equal(undefined);
    expect(document.verdict.rating).to.equal('unrated');
    const paths = problems.map((p) => p.path);
    expect(paths).to.include.members([
      'mediaAuthenticityCategory',
      'itemReviewed.mediaItemAppearance[0].thumbnailUrl',
      'itemReviewed.mediaItemAppearance[0].width',
      'itemReviewed.mediaItemAppearance[0].height',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).to.equal(true);
    expect(readFactCheck(document).problems).to.deep.equal([]);
  });

  it('says so when a category rates no media object, and shows the claim without media', () => {
    const { document, problems } = readOne({
      ...decontextualizedPhoto,
      itemReviewed: { '@type': 'MediaReviewItem', interpretedAsClaim: 'A photo shows a flood.' },
    });
    expect(document.claim).to.deep.equal({ text: 'A photo shows a flood.' });
    expect(document.verdict.rating).to.equal('misleading');
    expect(problems.map((p) => p.path)).to.deep.equal(['mediaAuthenticityCategory']);
  });

  it('reads odd shapes of every media field without failing the review', () => {
    const odd: unknown[] = [null, 42, true, '', [], [[]], {}, { value: {} }, { '@value': 'px' }, 'x'.repeat(10_000), { unitCode: 'E37' }, [null, 'Staged']];
    for (const value of odd) {
      const input = {
        ...decontextualizedPhoto,
        mediaAuthenticityCategory: value,
        originalMediaContextDescription: value,
        itemReviewed: {
          '@type': 'MediaReviewItem',
          interpretedAsClaim: value,
          mediaItemAppearance: [
            {
              '@type': ['ImageObject'],
              contentUrl: value,
              thumbnailUrl: value,
              thumbnail: value,
              width: value,
              height: value,
              caption: value,
              uploadDate: value,
            },
            value,
          ],
        },
      };
      const { documents, problems } = fromClaimReview(input);
      const label = JSON.stringify(value).slice(0, 40);
      expect(
        problems.filter((p) => p.severity === 'error' && p.path !== 'claimReviewed'),
        label,
      ).to.deep.equal([]);
      for (const document of documents) expect(readFactCheck(document).problems, label).to.deep.equal([]);
    }
  });

  it('is found inside a @graph beside the page', () => {
    const { documents } = fromClaimReview({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, transformedVideo] });
    expect(documents.map((d) => d.claim.media?.kind)).to.deep.equal(['video']);
  });
});

describe('ClaimReview of media', () => {
  it('reads an ImageObject itemReviewed as the claim’s media, its author as the claimant', () => {
    const { document, problems } = readOne(claimReviewOfImage);
    expect(problems).to.deep.equal([]);
    expect(document.claim).to.deep.equal({
      text: 'A shark swam down a flooded highway.',
      claimant: { name: 'Viral Account' },
      media: { kind: 'image', url: 'https://cdn.example.com/shark.jpg', width: 800, height: 600 },
    });
  });

  it('reads a VideoObject appearance as the media, and its page as where it appeared', () => {
    const { document } = readOne(claimReviewWithVideoAppearance);
    expect(document.claim.media).to.deep.equal({
      kind: 'video',
      url: 'https://video.example.com/files/rally.mp4',
      thumbnailUrl: 'https://video.example.com/thumbs/rally.jpg',
      caption: 'A dense crowd in a square at dusk',
    });
    expect(document.claim.appearances).to.deep.equal([
      { url: 'https://video.example.com/watch/rally', date: '2024-05-02' },
      { url: 'https://news.example.com/rally', title: 'Rally report' },
    ]);
  });
});

describe('toClaimReview with media', () => {
  const withMedia: FactCheck = {
    claim: {
      text: 'A photo shows Eastgate station flooded by this week’s storm.',
      appearances: [{ url: 'https://social.example.com/@sam/778899', date: '2024-10-01' }],
      media: {
        kind: 'image',
        url: 'https://cdn.example.com/eastgate.jpg',
        thumbnailUrl: 'https://cdn.example.com/eastgate-small.jpg',
        width: 1080,
        height: 720,
        caption: 'A flooded railway platform',
        authenticity: 'missing-context',
      },
    },
    verdict: { label: 'Missing context' },
    url: 'https://factdesk.example.org/checks/eastgate',
  };

  it('writes the media as the Claim’s first appearance, and its category on a review typed ClaimReview and MediaReview', () => {
    const jsonLd = toClaimReview(withMedia);
    expect(jsonLd['@type']).to.deep.equal(['ClaimReview', 'MediaReview']);
    expect(jsonLd.mediaAuthenticityCategory).to.equal('https://schema.org/DecontextualizedContent');
    const item = jsonLd.itemReviewed as { appearance: unknown[] };
    expect(item.appearance[0]).to.deep.equal({
      '@type': 'ImageObject',
      contentUrl: 'https://cdn.example.com/eastgate.jpg',
      thumbnailUrl: 'https://cdn.example.com/eastgate-small.jpg',
      width: { '@type': 'QuantitativeValue', value: 1080, unitCode: 'E37' },
      height: { '@type': 'QuantitativeValue', value: 720, unitCode: 'E37' },
      caption: 'A flooded railway platform',
    });
  });

  it('writes a plain ClaimReview for media with no authenticity', () => {
    const { authenticity: _a, ...media } = withMedia.claim.media!;
    const jsonLd = toClaimReview({ ...withMedia, claim: { ...withMedia.claim, media: { ...media, kind: 'video' } } });
    expect(jsonLd['@type']).to.equal('ClaimReview');
    expect('mediaAuthenticityCategory' in jsonLd).to.equal(false);
    expect((jsonLd.itemReviewed as { appearance: Array<{ '@type': string }> }).appearance[0]!['@type']).to.equal('VideoObject');
  });

  for (const authenticity of ['original-context', 'missing-context', 'edited-or-cropped', 'transformed', 'staged', 'satire-or-parody'] as const) {
    it(`keeps the media through FactCheck → JSON-LD → FactCheck (${authenticity})`, () => {
      const document: FactCheck = { ...withMedia, claim: { ...withMedia.claim, media: { ...withMedia.claim.media!, authenticity } } };
      const { documents, problems } = fromClaimReview(toClaimReview(document));
      expect(problems).to.deep.equal([]);
      expect(documents[0]!.claim).to.deep.equal(document.claim);
    });
  }

  it('keeps media with nothing but its kind', () => {
    const document: FactCheck = { claim: { text: 'A recording of the minister.', media: { kind: 'audio' } }, verdict: { label: 'False' } };
    expect(fromClaimReview(toClaimReview(document)).documents[0]!.claim).to.deep.equal(document.claim);
  });
});
