/**
 * The travel bands of reference §5.1 at both sides of every edge, written out by hand:
 * one-way km → EUR per participant (undefined: under 100 km, no band, not funded).
 */
export const travelBandCases: [km: number, eur: number | undefined][] = [
  [0, undefined],
  [99, undefined],
  [99.99, undefined],
  [100, 180],
  [499, 180],
  [499.99, 180],
  [500, 275],
  [1999, 275],
  [1999.5, 275],
  [2000, 360],
  [2999, 360],
  [3000, 530],
  [3999, 530],
  [4000, 820],
  [7999, 820],
  [8000, 1100],
  [19000, 1100],
];
