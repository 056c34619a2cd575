// The validator's report, for CMS authors reading the demo: the data layer (`fact-verdict/data`, the
// npm package's unbundled modules in dist/data/) run on a few broken documents. No embed needs it;
// demo.js imports this module only when the report's section nears the viewport, so its ~70 module
// requests never weigh on the article's load.
import { readFactCheck, formatProblem } from '/dist/data/index.js';

const broken = {
  'a document with no verdict': { claim: { text: 'x' } },
  'a source with no title and an unsafe link': {
    claim: { text: 'x' },
    verdict: { label: 'False' },
    evidence: [{ title: 'ok' }, { url: 'javascript:alert(1)' }],
  },
  'a timeline event on a day that does not exist': {
    claim: { text: 'x' },
    verdict: { label: 'False' },
    timeline: [{ date: '2023-02-29', title: 'Leap day?' }],
  },
  'a claim given as a number': { claim: { text: 42 }, verdict: { label: 'Mostly True' }, url: 'data:text/html,hi' },
};

/** Fills a list with one item per broken document: its problems, as the validator words them. */
export function fillReport(list) {
  const items = Object.entries(broken).map(([name, doc]) => {
    const { problems } = readFactCheck(doc);
    const item = document.createElement('li');
    item.textContent = `${name}: ${problems.map((p) => `${p.severity} ${formatProblem(p)}`).join(' · ')}`;
    return item;
  });
  list.replaceChildren(...items);
}
