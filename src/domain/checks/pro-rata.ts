import type { BudgetLine } from "../budget-check";

/**
 * Sets each line's granted amount so the group totals at most `limit`: when the group asks
 * for more, every line is cut in the same proportion, in whole cents, and the cents left by
 * rounding go to the lines with the largest remainders, so the lines add up to the limit exactly.
 */
export function grantWithin(lines: readonly BudgetLine[], limit: number): void {
  let requestedCents = 0;
  for (const line of lines) requestedCents += Math.round(line.amount * 100);
  const limitCents = Math.round(limit * 100);
  if (requestedCents <= limitCents) {
    for (const line of lines) line.granted = line.amount;
    return;
  }
  // Typed arrays rather than an object per line: a capped group can hold tens of thousands
  // of lines, and each object would be garbage to collect.
  const cents = new Float64Array(lines.length);
  const remainders = new Float64Array(lines.length);
  let left = limitCents;
  lines.forEach((line, index) => {
    const exact = (Math.round(line.amount * 100) * limitCents) / requestedCents;
    cents[index] = Math.floor(exact);
    remainders[index] = exact - cents[index]!;
    left -= cents[index]!;
  });
  if (left > 0) {
    // Largest remainder first; equal remainders in line order.
    const order = Array.from(lines, (_, index) => index).sort(
      (a, b) => remainders[b]! - remainders[a]! || a - b,
    );
    for (const index of order) {
      if (left <= 0) break;
      cents[index]! += 1;
      left -= 1;
    }
  }
  lines.forEach((line, index) => (line.granted = cents[index]! / 100));
}
