import fc from 'fast-check';

/**
 * Near-valid documents for property-based tests: a real document with a few values replaced by
 * anything (other JSON, wrong types, huge strings, hostile URLs, getters that throw, cycles, deep
 * nesting), wherever they land.
 */

/**
 * Every object or array inside a document (down to a depth that covers the format), so a mutation
 * can land anywhere; earlier mutations may have planted cycles, getters and deep nesting.
 */
function containers(value: unknown, depth = 0, out: Record<string, unknown>[] = [], seen = new Set<unknown>()): Record<string, unknown>[] {
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 8) return out;
  seen.add(value);
  out.push(value as Record<string, unknown>);
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) containers(descriptor.value, depth + 1, out, seen);
  }
  return out;
}

export type Replacement = { kind: 'value'; value: unknown } | { kind: 'delete' } | { kind: 'throwing-getter' } | { kind: 'cycle' } | { kind: 'deep' };

export const replacement: fc.Arbitrary<Replacement> = fc.oneof(
  { weight: 6, arbitrary: fc.anything({ maxDepth: 3 }).map((value) => ({ kind: 'value' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        'javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        '//evil.example',
        'https://user:pw@example.org/',
        '<img src=x onerror=alert(1)>',
        '2023-02-29',
        '9999-99-99',
        '1e400',
        '',
      )
      .map((value) => ({ kind: 'value' as const, value })),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => ({ kind: 'value' as const, value: 'x'.repeat(n) })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'throwing-getter' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'cycle' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deep' as const }) },
);

export function mutate(base: unknown, mutations: readonly { at: number; key: string; replace: Replacement }[]): unknown {
  const doc = structuredClone(base) as Record<string, unknown>;
  for (const { at, key, replace } of mutations) {
    const all = containers(doc);
    const target = all[at % all.length]!;
    // Half the time an existing field, otherwise a new one.
    const keys = Object.keys(target);
    const field = keys.length && key.length % 2 === 0 ? keys[key.length % keys.length]! : key || 'x';
    try {
      apply(doc, target, field, replace);
    } catch {
      // The platform refused this one (an array's `length` cannot be redefined): leave it out.
    }
  }
  return doc;
}

function apply(doc: Record<string, unknown>, target: Record<string, unknown>, field: string, replace: Replacement): void {
  {
    switch (replace.kind) {
      case 'delete':
        delete target[field];
        break;
      case 'throwing-getter':
        Object.defineProperty(target, field, {
          enumerable: true,
          configurable: true,
          get: () => {
            throw new Error('a getter that throws');
          },
        });
        break;
      case 'cycle':
        target[field] = doc;
        break;
      case 'deep': {
        let deep: Record<string, unknown> = {};
        const root = deep;
        for (let i = 0; i < 5000; i += 1) deep = deep.next = {} as Record<string, unknown>;
        target[field] = root;
        break;
      }
      default:
        target[field] = replace.value;
    }
  }
}
