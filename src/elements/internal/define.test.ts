import { expect } from '../../test-support/index.js';
import { sharedRegistry } from '../../data/registry.js';
import { VERSION } from '../../version.js';
import { defineElement } from './define.js';
import { libraryWarnings } from '../../test-support/capture.js';

/** A class as another copy of the library defines it: marked with that copy's version. */
function fromCopy(version: string | undefined): CustomElementConstructor {
  const ctor = class extends HTMLElement {};
  if (version !== undefined) Object.defineProperty(ctor, Symbol.for('fact-verdict.copy'), { value: Object.freeze({ version }) });
  return ctor;
}

let n = 0;
const freshTag = () => `fact-define-test-${++n}`;

describe('defineElement', () => {
  beforeEach(() => {
    // The warning is once per page; each test starts from a page that has not warned yet.
    sharedRegistry().warned = false;
  });

  it('defines a free tag, and a repeat of the same class is silent', () => {
    const tag = freshTag();
    const ctor = class extends HTMLElement {};
    expect(libraryWarnings(() => defineElement(tag, ctor))).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(ctor);
    expect(libraryWarnings(() => defineElement(tag, ctor))).to.deep.equal([]);
  });

  it('is silent when another copy of the same version holds the tags', () => {
    const tags = [freshTag(), freshTag()];
    for (const tag of tags) customElements.define(tag, fromCopy(VERSION));
    expect(libraryWarnings(() => tags.forEach((tag) => defineElement(tag, class extends HTMLElement {})))).to.deep.equal([]);
  });

  it('warns once per page when a copy of another version holds the tags', () => {
    const tags = [freshTag(), freshTag(), freshTag()];
    for (const tag of tags) customElements.define(tag, fromCopy('0.0.1-other'));
    const warnings = libraryWarnings(() => tags.forEach((tag) => defineElement(tag, class extends HTMLElement {})));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`fact-verdict ${VERSION}`).and.include('fact-verdict 0.0.1-other').and.include(`<${tags[0]}>`);
    // A third copy, of yet another version, does not warn again either.
    const later = freshTag();
    customElements.define(later, fromCopy('9.9.9'));
    expect(libraryWarnings(() => defineElement(later, class extends HTMLElement {}))).to.deep.equal([]);
  });

  it('warns once, without a version, when the tag belongs to an unmarked class', () => {
    const tags = [freshTag(), freshTag()];
    for (const tag of tags) customElements.define(tag, fromCopy(undefined));
    const warnings = libraryWarnings(() => tags.forEach((tag) => defineElement(tag, class extends HTMLElement {})));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('another script');
  });

  it("warns every time this copy's code puts a second class under a taken tag", () => {
    const tag = freshTag();
    defineElement(tag, class extends HTMLElement {});
    const warnings = libraryWarnings(() => {
      defineElement(tag, class extends HTMLElement {});
      defineElement(tag, class extends HTMLElement {});
    });
    expect(warnings).to.have.length(2);
  });

  it('does nothing without a custom element registry', () => {
    expect(() => defineElement(freshTag(), class extends HTMLElement {}, undefined as unknown as CustomElementRegistry)).not.to.throw();
  });
});
