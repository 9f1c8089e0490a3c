import type { BudgetLine } from "../budget-check";

/**
 * Sets each line's granted amount so the group totals at most `limit`: when the group asks
 * for more, every line is cut in the same proportion, in whole cents, and the cents left by
 * rounding go to the lines with the largest remainders, so the lines add up to the limit exactly.
 */
export function grantWithin(lines: readonly BudgetLine[], limit: number): void {
  const requestedCents = lines.reduce((total, line) => total + Math.round(line.amount * 100), 0);
  const limitCents = Math.round(limit * 100);
  if (requestedCents <= limitCents) {
    for (const line of lines) line.granted = line.amount;
    return;
  }
  const shares = lines.map((line) => {
    const exact = (Math.round(line.amount * 100) * limitCents) / requestedCents;
    return { line, cents: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = limitCents - shares.reduce((total, share) => total + share.cents, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder)) {
    if (left <= 0) break;
    share.cents += 1;
    left -= 1;
  }
  for (const share of shares) share.line.granted = share.cents / 100;
}
