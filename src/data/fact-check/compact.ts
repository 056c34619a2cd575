import type { Claim } from './schema.js';
import { markVetted } from './vetted.js';

const compactClaims = new WeakMap<Claim, Claim>();

/**
 * The claim as a compact embed shows it: the words and who said them. One object per claim, so a
 * re-render hands the claim card the same value and it neither validates nor redraws again.
 */
export function compactClaim(claim: Claim): Claim {
  let compact = compactClaims.get(claim);
  if (!compact) {
    compact = markVetted(claim.claimant ? { text: claim.text, claimant: claim.claimant } : { text: claim.text });
    compactClaims.set(claim, compact);
  }
  return compact;
}
