// A consumer of fact-verdict/react, type-checked by test/react.test.mjs (strict, `--jsx react-jsx`)
// against the built package. Each `@ts-expect-error` line must fail to compile (an unused one is an
// error itself); the test also checks them with the directives removed, where each must fail.
import { useRef } from 'react';
import { FactClaimCard, FactEvidenceList, FactTimeline, FactVerdict, FactVerdictBadge, type FactVerdictElement } from 'fact-verdict/react';
import type { FactCheck } from 'fact-verdict/data';
import type { FactErrorDetail } from 'fact-verdict/react';

export function Article({ doc }: { doc: FactCheck }) {
  const ref = useRef<FactVerdictElement>(null);
  return (
    <>
      <FactVerdict
        ref={ref}
        data={doc}
        layout="compact"
        theme="dark"
        headingLevel={3}
        id="check"
        className="embed"
        onFactLoad={(e) => console.log(e.detail.document.claim.text, e.detail.source)}
        onFactError={(e) => console.log(e.detail.reason, e.detail.problems.length)}
        onFactLink={(e) => console.log(e.detail.href, e.detail.kind)}
      >
        <a href={doc.url}>Read the fact-check</a>
      </FactVerdict>
      <FactVerdict src="/checks/1.json" loading="eager" timeout={5000} onFactRetry={(e) => console.log(e.detail.src)} />
      <FactVerdictBadge label="Pants on Fire" rating="false" />
      <FactClaimCard claim={doc.claim} verdict={doc.verdict} onFactLink={(e) => console.log(e.detail.kind)} />
      <FactEvidenceList evidence={doc.evidence} limit={3} headingLevel={4} onFactSourcesToggle={(e) => console.log(e.detail.expanded, e.detail.count)} />
      <FactTimeline events={doc.timeline} data={doc} />
      {/* @ts-expect-error WRONG_LAYOUT: layout is 'full' | 'compact' */}
      <FactVerdict data={doc} layout="grid" />
      {/* @ts-expect-error UNKNOWN_PROP: no such prop */}
      <FactVerdict data={doc} colour="red" />
      {/* @ts-expect-error WRONG_DETAIL: onFactLoad's detail is FactLoadDetail */}
      <FactVerdict data={doc} onFactLoad={(e: CustomEvent<FactErrorDetail>) => console.log(e.detail.reason)} />
      {/* @ts-expect-error WRONG_RATING: not a rating */}
      <FactVerdictBadge rating="pants-on-fire" />
    </>
  );
}
