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

  it('does nothing without a registry (server rendering without a DOM shim)', () => {
    const noneTag = tag('none');
    class Owner extends HTMLElement {
      static dependencies: Dependencies = { [noneTag]: class extends HTMLElement {} };
    }
    // Hide the page's registry, as a server without a DOM shim has none (the global object owns it).
    const real = Object.getOwnPropertyDescriptor(globalThis, 'customElements')!;
    Object.defineProperty(globalThis, 'customElements', { value: undefined, configurable: true });
    try {
      expect(() => defineDependencies(Owner)).not.to.throw();
    } finally {
      Object.defineProperty(globalThis, 'customElements', real);
    }
    expect(customElements.get(noneTag) === undefined, 'registered after all').to.equal(true);
  });
});
