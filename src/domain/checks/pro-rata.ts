import type { BudgetLines } from "../budget-lines";

/**
 * Sets the granted amount of the lines at `indexes` so that they total at most `limit`: when
 * they ask for more, every line is cut in the same proportion, in whole cents, and the cents
 * left by rounding go to the lines with the largest remainders, so the lines add up to the
 * limit exactly.
 */
export function grantWithin(lines: BudgetLines, indexes: readonly number[], limit: number): void {
  let requestedCents = 0;
  for (const index of indexes) requestedCents += Math.round(lines.amount(index) * 100);
  const limitCents = Math.round(limit * 100);
  if (requestedCents <= limitCents) {
    for (const index of indexes) lines.setGranted(index, lines.amount(index));
    return;
  }
  // Typed arrays rather than an object per line: a capped group can hold tens of thousands
  // of lines, and each object would be garbage to collect.
  const cents = new Float64Array(indexes.length);
  const remainders = new Float64Array(indexes.length);
  let left = limitCents;
  indexes.forEach((line, position) => {
    const exact = (Math.round(lines.amount(line) * 100) * limitCents) / requestedCents;
    cents[position] = Math.floor(exact);
    remainders[position] = exact - cents[position]!;
    left -= cents[position]!;
  });
  if (left > 0) {
    // Largest remainder first; equal remainders in line order.
    const order = Array.from(indexes, (_, position) => position).sort(
      (a, b) => remainders[b]! - remainders[a]! || a - b,
    );
    for (const position of order) {
      if (left <= 0) break;
      cents[position]! += 1;
      left -= 1;
    }
  }
  indexes.forEach((line, position) => lines.setGranted(line, cents[position]! / 100));
}
