// The demo's own script (an external module, as a strict CSP requires): the `data` property path,
// an invalid document, and the validator's report. The embeds themselves need none of this.
import { readFactCheck, formatProblem } from '/dist/data/index.js';

const load = (name) => fetch(`/examples/${name}.json`).then((r) => r.json());

document.getElementById('property-embed').data = await load('wind-power-winter');

document.getElementById('invalid-embed').data = {
  claim: { text: 'Crime fell by half last year.' },
  verdict: { summary: 'The figures cover only six months.' },
  evidence: [{ title: 'Police statistics', url: 'javascript:alert(1)' }, { url: 'https://example.org/report' }],
};

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
const report = document.getElementById('validator-report');
for (const [name, doc] of Object.entries(broken)) {
  const { problems } = readFactCheck(doc);
  const item = document.createElement('li');
  item.textContent = `${name}: ${problems.map((p) => `${p.severity} ${formatProblem(p)}`).join(' · ')}`;
  report.append(item);
}
