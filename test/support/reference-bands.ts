/**
 * The travel bands of reference §5.1 (Strategic Partnerships, 2014: two bands) at both sides
 * of every edge, written out by hand: one-way km → EUR per participant (undefined: under
 * 100 km, no band, not funded).
 */
export const travelBandCases: [km: number, eur: number | undefined][] = [
  [0, undefined],
  [99, undefined],
  [99.99, undefined],
  [100, 275],
  [499, 275],
  [500, 275],
  [1999, 275],
  [1999.5, 275],
  [2000, 360],
  [2999, 360],
  [8000, 360],
  [19000, 360],
];
