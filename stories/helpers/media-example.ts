import type { Claim, FactCheck } from '../../src/data/fact-check/schema.js';

/**
 * A claim about a photo, for the media stories. The thumbnail is an invented illustration served
 * with the example documents (`fact-checks/media/`); the URL gate takes absolute http(s) URLs
 * only, so it is made absolute against the page the story runs on.
 */
export function photoClaim(): Claim {
  return {
    text: 'A photo shows Eastgate station flooded by this week’s storm.',
    claimant: { name: 'Sam Poster', description: 'Social media account' },
    date: '2024-10-01',
    appearances: [
      { url: 'https://social.example.com/@sam/778899', title: 'Post by @sam', date: '2024-10-01' },
      { url: 'https://forum.example.com/t/storm/42', date: '2024-10-01' },
    ],
    context: 'Shared widely during the October storm warnings.',
    media: {
      kind: 'image',
      url: new URL('fact-checks/media/flooded-platform.svg', location.href).href,
      width: 640,
      height: 360,
      caption: 'A railway platform under water, the benches half submerged',
      authenticity: 'missing-context',
    },
  };
}

/** A whole fact-check of that photo, as `<fact-verdict>` takes it. */
export function photoFactCheck(): FactCheck {
  return {
    version: 1,
    claim: photoClaim(),
    verdict: {
      label: 'Missing context',
      summary: 'The photo is real, but it shows the floods of June 2015, not this week’s storm.',
    },
    headline: 'This photo of a flooded station is from 2015',
    url: 'https://factdesk.example.org/checks/2024/flooded-station-photo',
    language: 'en',
    datePublished: '2024-10-03',
    publisher: { name: 'Example Fact Desk', url: 'https://factdesk.example.org/' },
  };
}
