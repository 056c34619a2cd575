import type { Problem } from './problems.js';
import { unreadable } from './unreadable.js';
import { readFactCheck, type ResolvedFactCheck } from './fact-check/read.js';
import { claimReviewImporter } from './claim-review-importer.js';
import { looksLikeFactCheck, mayBeClaimReview } from './document-kind.js';

export interface DocumentsResult {
  /** The documents to show, in order (a ClaimReview round-up gives several). Empty when none can be. */
  documents: ResolvedFactCheck[];
  /** Every problem, errors and warnings, by JSON path (see {@link readDocumentsSync} for the paths). */
  problems: Problem[];
}

export interface ReadDocumentsOptions {
  /** The address of the page the input came from: relative URLs in ClaimReview resolve against it. */
  pageUrl?: string;
}

/**
 * Reads whatever a publisher hands the embed, detected automatically, into documents ready to
 * render, synchronously: a FactCheck document, or schema.org ClaimReview in any of its shapes (one
 * review, a round-up of several, an `@graph`, a DataFeed, a Fact Check Tools API result, or the
 * JSON text of one). Never throws, whatever it is given.
 *
 * It reads with what is loaded. `fact-verdict/data` loads everything at import: the ClaimReview
 * importer and every rating scale. Elsewhere (the CDN build) ClaimReview input is an error saying
 * the importer is not loaded, and labels only the English scale knows resolve; `readDocuments`
 * loads what an input needs first, and `documentReadersReady` tells whether it has to.
 *
 * Problems of a FactCheck document have its paths (`evidence[2].url`); those of ClaimReview have
 * paths into the input (`@graph[2].reviewRating`), and those found in a converted document are
 * prefixed with its index (`documents[1].claim.text`).
 */
export function readDocumentsSync(input: unknown, options: ReadDocumentsOptions = {}): DocumentsResult {
  try {
    return read(input, options);
  } catch (thrown) {
    // Each reader guards its own reads; this catches what only looking at the input's kind can throw.
    return { documents: [], problems: [unreadable('$', thrown)] };
  }
}

function read(input: unknown, options: ReadDocumentsOptions): DocumentsResult {
  if (looksLikeFactCheck(input) || !mayBeClaimReview(input)) return asFactCheck(input);
  const importer = claimReviewImporter();
  if (!importer) {
    const { problems } = readFactCheck(input);
    problems.push({
      path: '$',
      message: 'is not a FactCheck document, and ClaimReview cannot be read: its importer is not loaded (import fact-verdict/data, or read with readDocuments)',
      severity: 'error',
    });
    return { documents: [], problems };
  }
  // JSON text is parsed once here, however many readers then look at it.
  const value = typeof input === 'string' ? parseJson(input) : input;
  if (value === NOT_JSON || !importer.isClaimReviewLike(value)) {
    // Neither format: report it as a FactCheck document, which names what is missing by path.
    return { documents: [], problems: readFactCheck(input).problems };
  }
  const imported = importer.fromClaimReview(value, options);
  const problems = [...imported.problems];
  const documents: ResolvedFactCheck[] = [];
  imported.documents.forEach((candidate, i) => {
    const { document, problems: own } = readFactCheck(candidate);
    // Paths of a converted document point into that document; say which one.
    for (const problem of own) problems.push({ ...problem, path: inDocument(i, problem.path) });
    if (document) documents.push(document);
  });
  return { documents, problems };
}

function asFactCheck(input: unknown): DocumentsResult {
  const { document, problems } = readFactCheck(input);
  return { documents: document ? [document] : [], problems };
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

function inDocument(index: number, path: string): string {
  const root = `documents[${index}]`;
  if (path === '$') return root;
  return path.startsWith('[') ? `${root}${path}` : `${root}.${path}`;
}
