import { expect } from '../../test-support/index.js';
import { defineDependencies, loadDependencies, type Dependencies } from './dependencies.js';

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

  it('leaves a lazy dependency for loadDependencies, which loads it once however many ask', async () => {
    const lazyTag = tag('lazy');
    let loads = 0;
    class Lazy extends HTMLElement {}
    class Owner extends HTMLElement {
      static dependencies: Dependencies = {
        [lazyTag]: async () => {
          loads++;
          return Lazy;
        },
      };
    }
    defineDependencies(Owner);
    expect(customElements.get(lazyTag)).to.equal(undefined);
    expect(loads).to.equal(0);
    await Promise.all([loadDependencies(Owner), loadDependencies(Owner)]);
    expect(customElements.get(lazyTag)).to.equal(Lazy);
    expect(loads).to.equal(1);
    await loadDependencies(Owner);
    expect(loads, 'nothing loads once the tag is defined').to.equal(1);
  });

  it('rejects when a loader fails, and loads again on the next call', async () => {
    const flakyTag = tag('flaky');
    let attempts = 0;
    class Flaky extends HTMLElement {}
    class Owner extends HTMLElement {
      static dependencies: Dependencies = {
        [flakyTag]: async () => {
          if (++attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
          return Flaky;
        },
      };
    }
    let error: unknown;
    await loadDependencies(Owner).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect(customElements.get(flakyTag)).to.equal(undefined);
    await loadDependencies(Owner);
    expect(customElements.get(flakyTag)).to.equal(Flaky);
    expect(attempts).to.equal(2);
  });

  it('does nothing without a registry (server rendering without a DOM shim)', async () => {
    const noneTag = tag('none');
    class Owner extends HTMLElement {
      static dependencies: Dependencies = { [noneTag]: class extends HTMLElement {} };
    }
    // Hide the page's registry, as a server without a DOM shim has none (the global object owns it).
    const real = Object.getOwnPropertyDescriptor(globalThis, 'customElements')!;
    Object.defineProperty(globalThis, 'customElements', { value: undefined, configurable: true });
    try {
      expect(() => defineDependencies(Owner)).not.to.throw();
      await loadDependencies(Owner);
    } finally {
      Object.defineProperty(globalThis, 'customElements', real);
    }
    expect(customElements.get(noneTag) === undefined, 'registered after all').to.equal(true);
  });
});
