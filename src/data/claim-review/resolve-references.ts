import { isNode, type Node } from './values.js';

/**
 * Fields whose value a JSON-LD `@graph` often gives as a reference to another of its nodes
 * (`"author": { "@id": "https://example.org/#org" }`, the Organization described once, elsewhere
 * in the graph) rather than in place. Only these are followed: they are the ones the readers read,
 * and following every reference would let a graph's cycles (a Claim whose `review` is the
 * ClaimReview that reviews it) reach readers that expect a tree.
 */
const REFERENCE_FIELDS = ['author', 'creator', 'publisher', 'sourceOrganization', 'itemReviewed', 'appearance', 'firstAppearance', 'reviewRating', 'logo'];

/** A node that only names another: `{ "@id": … }`, perhaps with its `@type`. */
function referenceId(value: unknown): string | undefined {
  if (!isNode(value) || typeof value['@id'] !== 'string') return undefined;
  return Object.keys(value).every((key) => key === '@id' || key === '@type') ? value['@id'] : undefined;
}

/**
 * Replaces, in place, references in {@link REFERENCE_FIELDS} by the nodes of the input that carry
 * the same `@id` and more than a reference does. `input` is the importer's own snapshot (plain
 * data, bounded in depth and values), so the walk is bounded and may change it. A reference with
 * no such node stays as it is (the readers read what it has: the `@id` may be a URL).
 */
export function resolveReferences(input: unknown): void {
  const described = new Map<string, Node>();
  const nodes: Node[] = [];
  const seen = new Set<object>();
  const collect = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const entry of value) collect(entry);
      return;
    }
    const node = value as Node;
    nodes.push(node);
    const id = node['@id'];
    if (typeof id === 'string' && referenceId(node) === undefined && !described.has(id)) described.set(id, node);
    for (const child of Object.values(node)) collect(child);
  };
  collect(input);
  if (described.size === 0) return;
  const resolve = (value: unknown): unknown => {
    const id = referenceId(value);
    return (id !== undefined && described.get(id)) || value;
  };
  for (const node of nodes) {
    for (const field of REFERENCE_FIELDS) {
      const value = node[field];
      if (Array.isArray(value)) node[field] = value.map(resolve);
      else if (value !== undefined) node[field] = resolve(value);
    }
  }
}
