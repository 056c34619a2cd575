import { isNode } from './values.js';

/**
 * The schema.org types of a JSON-LD node, without their vocabulary prefix: `@type` may be a
 * string or a list, and written `ClaimReview`, `schema:ClaimReview` or
 * `http://schema.org/ClaimReview`. Whatever `@context` says (http or https schema.org, with or
 * without a trailing slash, or nothing), the names are read as schema.org names.
 */
export function typesOf(node: unknown): string[] {
  if (!isNode(node)) return [];
  const raw = node['@type'] ?? node.type;
  const list = Array.isArray(raw) ? raw : [raw];
  // No type name is longer than a short IRI; a longer string is no type, and is not scanned.
  return list.filter((t): t is string => typeof t === 'string' && t.length <= 200).map((t) => t.trim().replace(/^.*[/#:]/, ''));
}

export function hasType(node: unknown, type: string): boolean {
  return typesOf(node).includes(type);
}

/** True when the node says what it is (has an `@type`). */
export function isTyped(node: unknown): boolean {
  return typesOf(node).length > 0;
}
