/**
 * What the guides show, computed by the library itself when the page renders: the field table from
 * the JSON Schema, validation output, ClaimReview in and out, the event detail types. So the guides
 * cannot drift from the code.
 */
import canonical from '../../examples/fip-csto-putin-2024.json';
import { factCheckJsonSchema, formatProblem, fromClaimReview, readFactCheck, toClaimReview } from '../../src/data/index';
import { singleClaimReview } from '../../src/data/claim-review/fixtures/single';
import eventsSource from '../../src/elements/internal/events.ts?raw';
import { schemaRows } from './schema-rows';

export const fieldRows = schemaRows(factCheckJsonSchema() as Parameters<typeof schemaRows>[0]);

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A document with mistakes of each kind, and what `readFactCheck` says about it. */
const invalidInput = {
  claim: {
    text: 'Ridership on the Harbor line has doubled since we cut fares.',
    claimant: { name: 'Dana Whitfield', url: 'javascript:alert(1)' },
    date: '2024-13-45',
  },
  verdict: { label: 'Mostly True', rating: 'mostly' },
  evidence: [{ title: 'Ridership report', url: 'ftp://example.org/report.pdf' }, { publisher: 'City transit' }],
};
const invalidResult = readFactCheck(invalidInput);

export const validation = {
  input: json(invalidInput),
  output: [
    `document: ${invalidResult.document ? 'returned' : 'undefined (there are errors)'}`,
    ...invalidResult.problems.map((p) => `${p.severity.padEnd(7)} ${formatProblem(p)}`),
  ].join('\n'),
};

/** The canonical example is valid: no problems. */
export const canonicalProblems = readFactCheck(canonical).problems.map(formatProblem);

const imported = fromClaimReview(singleClaimReview);
export const claimReviewIn = {
  input: json(singleClaimReview),
  output: json(imported.documents[0]),
  problems: imported.problems.map(formatProblem),
};

const canonicalDocument = readFactCheck(canonical).document;
export const claimReviewOut = canonicalDocument ? json(toClaimReview(canonicalDocument)) : '';

/** The `…Detail` interfaces of every event, as declared in the elements' sources. */
export const eventDetails = [...eventsSource.matchAll(/export interface Fact\w+Detail \{[\s\S]*?\n\}/g)].map((m) => m[0]).join('\n\n');
