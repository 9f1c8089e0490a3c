import type { BudgetLines } from "../budget-lines";

/**
 * Sets the granted amount of the lines at `indexes` so that they total at most `limit`: when
 * they ask for more, every line is cut in the same proportion, in whole cents, and the cents
 * left by rounding go to the lines with the largest remainders, so the lines add up to the
 * limit exactly.
 */
export function grantWithin(lines: BudgetLines, indexes: ArrayLike<number>, limit: number): void {
  const count = indexes.length;
  let requestedCents = 0;
  for (let at = 0; at < count; at++) requestedCents += Math.round(lines.amount(indexes[at]!) * 100);
  const limitCents = Math.round(limit * 100);
  if (requestedCents <= limitCents) {
    for (let at = 0; at < count; at++) lines.setGranted(indexes[at]!, lines.amount(indexes[at]!));
    return;
  }
  // Typed arrays rather than an object per line: a capped group can hold tens of thousands
  // of lines, and each object would be garbage to collect.
  const cents = new Float64Array(count);
  const remainders = new Float64Array(count);
  let left = limitCents;
  for (let at = 0; at < count; at++) {
    const exact = (Math.round(lines.amount(indexes[at]!) * 100) * limitCents) / requestedCents;
    cents[at] = Math.floor(exact);
    remainders[at] = exact - cents[at]!;
    left -= cents[at]!;
  }
  if (left > 0) {
    // Largest remainder first; equal remainders in line order.
    const order = new Int32Array(count);
    for (let at = 0; at < count; at++) order[at] = at;
    order.sort((a, b) => remainders[b]! - remainders[a]! || a - b);
    for (const at of order) {
      if (left <= 0) break;
      cents[at]! += 1;
      left -= 1;
    }
  }
  for (let at = 0; at < count; at++) lines.setGranted(indexes[at]!, cents[at]! / 100);
}
