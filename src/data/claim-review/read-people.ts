import type { Claim, FactCheck } from '../fact-check/schema.js';
import { describe } from '../schema/kit.js';
import { at } from './json-path.js';
import { readLink, readUrl } from './read-url.js';
import { hasType, isTyped } from './schema-type.js';
import { AS_NAME, AS_TITLE, compact, entries, isNode, readText, warn, type Node, type ReadContext } from './values.js';

export type Publisher = NonNullable<FactCheck['publisher']>;
export type Author = NonNullable<FactCheck['authors']>[number];
export type Claimant = NonNullable<Claim['claimant']>;

type Kind = 'person' | 'organization' | 'untyped';

interface Party {
  kind: Kind;
  /** The object, or `undefined` when the party was given as a plain name. */
  node?: Node;
  name: string;
  path: string;
}

/** A Person or Organization given as an object (with a `name`, itself maybe a list) or a plain name. */
function readParty(value: unknown, path: string, ctx: ReadContext): Party | undefined {
  if (typeof value === 'string') {
    const name = readText(value, path, ctx, AS_NAME);
    return name ? { kind: 'untyped', name, path } : undefined;
  }
  if (!isNode(value)) {
    warn(ctx, path, `expected a Person or Organization, got ${describe(value)}; left out`);
    return undefined;
  }
  const name = readText(value.name, at(path, 'name'), ctx, AS_NAME) ?? readText(value.alternateName, at(path, 'alternateName'), ctx, AS_NAME);
  if (!name) {
    warn(ctx, at(path, 'name'), 'a Person or Organization without a name is left out');
    return undefined;
  }
  const kind: Kind = hasType(value, 'Person') ? 'person' : isTyped(value) ? 'organization' : 'untyped';
  return { kind, node: value, name, path };
}

function parties(value: unknown, path: string, ctx: ReadContext): Party[] {
  return entries(value, path)
    .map(([entry, entryPath]) => readParty(entry, entryPath, ctx))
    .filter((party): party is Party => party !== undefined);
}

function toPublisher(party: Party, ctx: ReadContext): Publisher {
  const node = party.node ?? {};
  return compact({
    name: party.name,
    url: readUrl(node.url, at(party.path, 'url'), ctx),
    logo: readLink(node.logo, at(party.path, 'logo'), ctx),
  });
}

function toAuthor(party: Party, ctx: ReadContext): Author {
  return compact({ name: party.name, url: readUrl(party.node?.url, at(party.path, 'url'), ctx) });
}

/**
 * The fact-checker and the people who wrote the fact-check, from the ClaimReview's `author`
 * (and `publisher`): the first Organization is the publisher, Persons are the authors. With no
 * Organization among the authors, the review's `publisher` is used, and failing that an author
 * given without a type (or as a plain name) is taken to be the fact-checking organization.
 */
export function readPublisherAndAuthors(review: Node, path: string, ctx: ReadContext): { publisher?: Publisher; authors?: Author[] } {
  const authorParties = parties(review.author, at(path, 'author'), ctx);
  let publisherParty = authorParties.find((p) => p.kind === 'organization');
  if (!publisherParty) publisherParty = parties(review.publisher, at(path, 'publisher'), ctx)[0];
  if (!publisherParty) publisherParty = authorParties.find((p) => p.kind === 'untyped');
  const authors = authorParties.filter((p) => p !== publisherParty).map((p) => toAuthor(p, ctx));
  return compact({
    publisher: publisherParty ? toPublisher(publisherParty, ctx) : undefined,
    authors: authors.length ? authors : undefined,
  });
}

/**
 * Who made the claim, from `itemReviewed.author`: a Person or Organization, an object or a
 * list, or a plain name. Who they are comes from `jobTitle` (or `description`); their page from
 * `url` (or the first `sameAs`). FactCheck has one claimant: when several are named, the first
 * is kept and a warning says so.
 */
export function readClaimant(value: unknown, path: string, ctx: ReadContext): Claimant | undefined {
  const found = parties(value, path, ctx);
  const first = found[0];
  if (!first) return undefined;
  if (found.length > 1) {
    warn(ctx, path, `names ${found.length} claimants; only the first (${describe(first.name)}) is kept`);
  }
  const node = first.node ?? {};
  return compact({
    name: first.name,
    description:
      readText(node.jobTitle, at(first.path, 'jobTitle'), ctx, { ...AS_TITLE, names: ['name'] }) ??
      readText(node.description, at(first.path, 'description'), ctx, AS_TITLE),
    url: readUrl(node.url, at(first.path, 'url'), ctx) ?? readUrl(node.sameAs, at(first.path, 'sameAs'), ctx),
  });
}
