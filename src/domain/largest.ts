/**
 * The largest of many numbers, or `floor` when there are none or all are smaller.
 * `Math.max(...list)` passes every item as an argument and overflows the stack beyond about
 * 125,000 items (findings, form rows); a loop has no such limit.
 */
export function largestOf(values: Iterable<number>, floor = -Infinity): number {
  let largest = floor;
  for (const value of values) if (value > largest) largest = value;
  return largest;
}
