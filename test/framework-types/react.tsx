// A React 19 app using the plain tags, typed by `fact-verdict/types/react` (tsconfig "types").
// Compiled by test/framework-types.test.mjs (strict, --jsx react-jsx) against the built package;
// each `@ts-expect-error` line must fail to compile, or tsc reports the unused directive.
import { useRef } from 'react';
import type { FactVerdict, FactLoadDetail } from 'fact-verdict';
import type { FactCheck } from 'fact-verdict/data';

const doc: FactCheck = { claim: { text: 'The river bridge will close for five years.' }, verdict: { label: 'False' } };

export function Article() {
  const embed = useRef<FactVerdict>(null);
  const onLoad = (e: CustomEvent<FactLoadDetail>) => console.log(e.detail.document.claim.text, embed.current?.state);
  return (
    <article className="story">
      <fact-verdict
        ref={embed}
        src="/fact-checks/bridge.json"
        layout="compact"
        theme="dark"
        loading="eager"
        timeout={5000}
        heading-level={3}
        lang="hy"
        data={doc}
        className="embed"
        style={{ '--fact-max-width': '40rem' }}
        onfact-load={onLoad}
        onfact-error={(e) => console.log(e.detail.reason, e.detail.problems.length)}
        onfact-link={(e) => console.log(e.detail.href, e.detail.kind)}
        onClick={(e) => console.log(e.currentTarget.layout)}
        aria-describedby="note"
      >
        <a href="/fact-checks/bridge">Fact check: false</a>
      </fact-verdict>
      <fact-verdict-badge label="Faux" rating="false" label-lang="fr" />
      <fact-claim-card data={doc} document-lang="en" />
      <fact-evidence-list data={doc} limit={3} heading-level="4" onfact-sources-toggle={(e) => console.log(e.detail.expanded)} />
      <fact-timeline data={doc} events={[]} />

      {/* Each element below must NOT compile. */}
      {/* @ts-expect-error: the layout is 'full' or 'compact' */}
      <fact-verdict layout="wide" />
      {/* @ts-expect-error: no such attribute on the tag */}
      <fact-verdict colour="red" />
      {/* @ts-expect-error: React 19 listens for `onfact-load`; `onFactLoad` would never fire, so it is not offered */}
      <fact-verdict onFactLoad={onLoad} />
      {/* @ts-expect-error: a rating is one of the normalized words */}
      <fact-verdict-badge rating="bogus" />
      {/* @ts-expect-error: headings go from 2 to 6 */}
      <fact-timeline heading-level={7} />
      {/* @ts-expect-error: a load's detail holds documents, not a claim at its top level */}
      <fact-verdict onfact-load={(e) => e.detail.claim} />
      {/* @ts-expect-error: `data` is a document, not a string */}
      <fact-claim-card data="bridge.json" />
    </article>
  );
}
