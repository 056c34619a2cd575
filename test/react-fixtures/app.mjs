// The page both sides render: react-dom/server in Node and hydrateRoot in Chromium (test/react.test.mjs).
import React from 'react';
import { FactVerdict, FactVerdictBadge } from 'fact-verdict/react';

const h = React.createElement;

/** The wrapper with a document, a scalar prop, a fallback and an event prop; a badge with attributes only. */
export function App({ doc, onFactLoad }) {
  return h(
    'article',
    null,
    h(FactVerdict, { data: doc, layout: 'compact', headingLevel: 3, onFactLoad }, h('a', { href: 'https://fip.am/en/csto-putin' }, 'Read the fact-check')),
    h('p', null, 'Verdict: ', h(FactVerdictBadge, { label: doc.verdict.label })),
  );
}
