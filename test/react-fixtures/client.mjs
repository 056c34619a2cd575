// Bundled by esbuild for the browser half of test/react.test.mjs. Importing fact-verdict/react
// registers the elements first, so <fact-verdict> upgrades (and reads its inline JSON child)
// before React hydrates it: the order of a real page whose bundle runs at once.
/* global window, document -- this module runs in the browser, bundled by esbuild */
import React from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.mjs';

const h = React.createElement;
const { doc } = window.__test;

hydrateRoot(document.getElementById('root'), h(App, { doc, onFactLoad: (event) => window.__test.wrapperLoads.push(event.detail.source) }));

// React 19 without the wrapper, rendered on the client: `data` through a ref, both spellings of the
// event prop. Only the event's own name, `onfact-load`, is listened to.
createRoot(document.getElementById('plain')).render(
  h('fact-verdict', {
    ref: (element) => {
      if (element) element.data = doc;
    },
    'onfact-load': () => window.__test.plainLoads.push('onfact-load'),
    onFactLoad: () => window.__test.plainLoads.push('onFactLoad'),
  }),
);
