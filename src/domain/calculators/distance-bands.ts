import type { DistanceBand } from "../../rules";
import { cachedFigureList, figureList } from "../rates/figure-list";

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

/** "100–1,999 km" or "8,000 km and more", as the Programme Guide names a band. */
export function bandLabel(band: DistanceBand): string {
  const from = band.fromKm.toLocaleString("en-GB");
  if (band.toKm === undefined) return `${from} km and more`;
  return `${from}–${(band.toKm - 1).toLocaleString("en-GB")} km`;
}

/** The band a distance falls in, as the form and KA2.BAND show it; below the first band, why. */
export function bandText(bands: readonly DistanceBand[], distanceKm: number): string {
  const band = bandFor(bands, distanceKm);
  if (band) return bandLabel(band);
  return `under ${(bands[0]?.fromKm ?? 0).toLocaleString("en-GB")} km (not funded)`;
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
