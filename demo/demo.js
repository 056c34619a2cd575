// The demo's own script (an external module, as a strict CSP requires): the `data` property path
// and the validator's report. The embeds themselves need none of this: the CDN script alone renders
// every inline and `src` embed and every badge.

// Path 3: a script sets the `data` property. The fetch starts at once; the embed shows its loading
// state meanwhile.
fetch('/examples/wind-power-winter.json')
  .then((response) => response.json())
  .then((doc) => {
    document.getElementById('property-embed').data = doc;
  });

// The validator's report only demonstrates the data layer to CMS authors, and it imports the
// unbundled dist/data/ modules (~70 requests): it loads when its section is within about a screen
// of the viewport, so a reader who stops at the verdict never pays for it, and one who scrolls down
// finds it filled.
const report = document.getElementById('validator-report');
const nearby = new window.IntersectionObserver(
  (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    nearby.disconnect();
    import('./validator-report.js').then(({ fillReport }) => fillReport(report));
  },
  { rootMargin: '100% 0px' },
);
nearby.observe(report);
