import { expect } from '../../test-support/index.js';
import { defineDependencies, type Dependencies } from './dependencies.js';

let serial = 0;
/** A fresh tag per use: a registry never forgets one. */
const tag = (name: string) => `dep-${name}-${++serial}`;

describe('static dependencies', () => {
  it('registers each class under its tag where free, and theirs in turn', () => {
    const leafTag = tag('leaf');
    const middleTag = tag('middle');
    class Leaf extends HTMLElement {}
    class Middle extends HTMLElement {
      static dependencies: Dependencies = { [leafTag]: Leaf };
    }
    class Owner extends HTMLElement {
      static dependencies: Dependencies = { [middleTag]: Middle };
    }
    defineDependencies(Owner);
    expect(customElements.get(middleTag)).to.equal(Middle);
    expect(customElements.get(leafTag)).to.equal(Leaf);
  });

  it('leaves a tag that is taken as it is, and survives two elements that render each other', () => {
    const aTag = tag('a');
    const bTag = tag('b');
    class Taken extends HTMLElement {}
    customElements.define(aTag, Taken);
    class A extends HTMLElement {
      static dependencies: Dependencies = {};
    }
    class B extends HTMLElement {
      static dependencies: Dependencies = { [aTag]: A };
    }
    (A as { dependencies: Dependencies }).dependencies = { [bTag]: B };
    expect(() => defineDependencies(A)).not.to.throw();
    expect(customElements.get(bTag)).to.equal(B);
    expect(customElements.get(aTag)).to.equal(Taken);
  });

  it('does nothing without a registry (server rendering without a DOM shim)', async () => {
    // In a worker, whose global has no customElements, as a server without a DOM shim has none. Not
    // by hiding the page's registry: WebKit's optimised code went on reading the window's
    // customElements after a test had replaced it with undefined (in a long run, never alone), so
    // there that test registered the tag and proved nothing.
    const module = new URL('./dependencies.ts', import.meta.url).href;
    const code = `import { defineDependencies } from ${JSON.stringify(module)};
      class Owner { static dependencies = { 'dep-none': class {} }; }
      try {
        defineDependencies(Owner);
        postMessage({ threw: false, registry: typeof customElements });
      } catch (error) {
        postMessage({ threw: String(error), registry: typeof customElements });
      }`;
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    const worker = new Worker(url, { type: 'module' });
    try {
      const answer = await new Promise((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(`the worker failed: ${event.message}`));
      });
      expect(answer).to.deep.equal({ threw: false, registry: 'undefined' });
    } finally {
      worker.terminate();
      URL.revokeObjectURL(url);
    }
  });
});
