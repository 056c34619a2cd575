// A Preact app using the plain tags, typed by `fact-verdict/types/preact` (tsconfig "types").
// Compiled by test/framework-types.test.mjs; each `@ts-expect-error` line must fail to compile.
import type { FactCheck } from 'fact-verdict/data';

const doc: FactCheck = { claim: { text: 'The river bridge will close for five years.' }, verdict: { label: 'False' } };

export function Article() {
  return (
    <article>
      <fact-verdict layout="compact" heading-level="3" data={doc} onfact-load={(e) => console.log(e.detail.document.claim.text)}>
        <a href="/fact-checks/bridge">Fact check: false</a>
      </fact-verdict>
      <fact-verdict-badge rating="mostly-false" label="Mostly false" />
      {/* @ts-expect-error: the layout is 'full' or 'compact' */}
      <fact-verdict layout="wide" />
      {/* @ts-expect-error: no such attribute on the tag */}
      <fact-verdict colour="red" />
      {/* @ts-expect-error: a rating is one of the normalized words */}
      <fact-verdict-badge rating="bogus" />
    </article>
  );
}
