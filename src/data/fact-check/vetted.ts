/**
 * Values that came out of a reader already (a validated document and its parts). When the embed
 * hands `document.evidence` to `<fact-evidence-list>`, the list recognizes it and does not
 * validate it a second time. Links are still vetted again at render time by the URL gate.
 */
const vetted = new WeakSet<object>();
/** Whole documents, apart from their parts: a vetted claim is not a document. */
const vettedDocuments = new WeakSet<object>();

export function markVetted<T>(value: T): T {
  if (typeof value === 'object' && value !== null) vetted.add(value);
  return value;
}

export function isVetted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && vetted.has(value);
}

export function markVettedDocument<T extends object>(document: T): T {
  vettedDocuments.add(document);
  return markVetted(document);
}

export function isVettedDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && vettedDocuments.has(value);
}
