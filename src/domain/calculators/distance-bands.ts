import type { DistanceBand } from "../../rules";
import { cachedFigureList, figureList } from "../rates/figure-list";
import type { BandText } from "../function-text";

/**
 * The band a one-way distance falls in, or undefined below the first band (under 100 km).
 * The distance is used as given: a band's lower edge is inclusive, its upper edge exclusive,
 * so 99.9 km has no band and 1,999.5 km is in the 100–1,999 km band.
 */
export function bandFor(
  bands: readonly DistanceBand[],
  distanceKm: number,
): DistanceBand | undefined {
  return bands.find(
    (band) => distanceKm >= band.fromKm && (band.toKm === undefined || distanceKm < band.toKm),
  );
}

/** A band as message data: "100–1,999 km" or "8,000 km and more" in English, as the Programme Guide names it. */
export function bandName(band: DistanceBand): BandText {
  return band.toKm === undefined
    ? { key: "band/open", params: { fromKm: band.fromKm } }
    : { key: "band/range", params: { fromKm: band.fromKm, toKm: band.toKm - 1 } };
}

/** The band a distance falls in, as the form and KA2.BAND show it; below the first band, why. */
export function distanceBand(bands: readonly DistanceBand[], distanceKm: number): BandText {
  const band = bandFor(bands, distanceKm);
  if (band) return bandName(band);
  return { key: "band/under", params: { fromKm: bands[0]?.fromKm ?? 0 } };
}

/**
 * The figure a travel line's amount is computed from: the amount of the band its distance
 * falls in (`meetings.bands.1.amount`); none below the first band, which pays nothing.
 */
export function bandFigures(
  table: "meetings" | "travel",
  bands: readonly DistanceBand[],
  distanceKm: number,
): readonly string[] {
  const band = bandFor(bands, distanceKm);
  if (!band) return figureList();
  const position = String(bands.indexOf(band) + 1);
  return cachedFigureList(table, "bands", position, () =>
    figureList(`${table}.bands.${position}.amount`),
  );
}
