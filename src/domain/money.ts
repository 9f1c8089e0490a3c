/**
 * Rounds to cents, half a cent up, the precision of every amount the checker reports.
 * The cents are cut to 15 significant digits first: 0.75 × 1,000.30 is 750.2249999999999
 * in binary, and must round as the 750.225 it stands for.
 */
export function roundCents(amount: number): number {
  if (Number.isInteger(amount)) return amount; // most unit-cost amounts: no rounding to do
  return Math.round(Number((amount * 100).toPrecision(15))) / 100;
}
