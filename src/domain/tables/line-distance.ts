import type { DistanceBand } from "../../rules";
import type { CheckContext, Route } from "../model";
import { formatNumber } from "../money";
import { isBlank } from "../cell-reading";
import { TableRows, type RowReader } from "../parse/table-rows";
import {
  placeLabel,
  placeProblemReason,
  resolvePlace,
  travelDistanceKm,
  type Place,
} from "../places";
import { tableSpec } from "../table-schema";
import { isCellError, type RawWorkbook } from "../workbook";

/**
 * How close (km) to a band edge a computed distance is worth a second look: the gazetteer's
 * point for a city and the one the EC calculator picks may lie a few km apart.
 */
const NEAR_EDGE_KM = 5;

const TRAVEL_TABLES = ["Meetings", "Activities"] as const;

/**
 * Whether checking the workbook needs the gazetteer: some Meetings or Activities line has a
 * blank DistanceKm and a From or To. Lets a face load the places list only then.
 */
export function needsPlaceLookup(workbook: RawWorkbook): boolean {
  return TRAVEL_TABLES.some((name) => {
    const rows = new TableRows(workbook, tableSpec(name), []);
    if (!rows.hasColumn("From") && !rows.hasColumn("To")) return false;
    for (const row of rows.rows()) {
      const typed = !isBlank(row.cell("DistanceKm"));
      if (!typed && (!isBlank(row.cell("From")) || !isBlank(row.cell("To")))) {
        return true;
      }
    }
    return false;
  });
}

export interface LineDistance {
  km: number;
  /** Set when the distance was computed from From and To. */
  route?: Route;
}

/**
 * The one-way distance of a travel line: the typed DistanceKm, used as given; where it is
 * blank, the whole km between From and To. Every problem becomes a finding on the row.
 */
export function lineDistance(
  context: CheckContext,
  row: RowReader,
  bands: readonly DistanceBand[],
): LineDistance | undefined {
  const hasPlaces = !isBlank(row.cell("From")) || !isBlank(row.cell("To"));
  if (!isBlank(row.cell("DistanceKm")) || !hasPlaces) {
    const km = row.number("DistanceKm", { required: true });
    return km === undefined ? undefined : { km };
  }
  const where = `${row.table} row ${row.row}`;
  const notCounted = "DistanceKm is blank, so the line was not counted";
  if (!context.places) {
    row.report(
      "distance.unknown-place",
      "error",
      `${where}: DistanceKm is blank and the distance from From to To could not be computed, because the add-in's list of places is not loaded. Type the one-way distance in DistanceKm.`,
      "DistanceKm",
    );
    return undefined;
  }
  const from = place(context, row, "From", notCounted);
  const to = place(context, row, "To", notCounted);
  if (!from || !to) return undefined;
  const km = travelDistanceKm(context.rulebook, from, to);
  const edge = bands.find((band) => Math.abs(km - band.fromKm) <= NEAR_EDGE_KM);
  if (edge) {
    row.report(
      "distance.near-band-edge",
      "info",
      `${where}: ${placeLabel(from)} to ${placeLabel(to)} is ${formatNumber(km)} km, within ${NEAR_EDGE_KM} km of the ${formatNumber(edge.fromKm)} km band edge. Check it with the EC distance calculator and type its figure in DistanceKm if it differs.`,
      "DistanceKm",
    );
  }
  return { km, route: { from, to } };
}

function place(
  context: CheckContext,
  row: RowReader,
  header: "From" | "To",
  notCounted: string,
): Place | undefined {
  const places = context.places;
  if (!places) return undefined;
  const value = row.cell(header) ?? null;
  const error = isCellError(value) ? value.error : undefined;
  const resolved = resolvePlace(error === undefined ? value : null, places, context.rulebook);
  if ("place" in resolved) return resolved.place;
  const other = header === "From" ? "To" : "From";
  const reason =
    error !== undefined
      ? `shows the error ${error} instead of a place`
      : resolved.problem.kind === "blank"
        ? `is blank; with ${other} given, the distance needs both places`
        : `is not a place the add-in knows: ${placeProblemReason(resolved.problem)}`;
  row.report(
    "distance.unknown-place",
    "error",
    `${row.table} row ${row.row}, ${header} ${reason}. ${notCounted}; type the distance there or correct the place.`,
    header,
  );
  return undefined;
}

/** " (Riga, Latvia (LV) to Brussels, Belgium (BE))" for a computed distance, "" for a typed one. */
export function routeText(route: Route | undefined): string {
  return route ? ` (${placeLabel(route.from)} to ${placeLabel(route.to)})` : "";
}

/**
 * distance.under-100km: a line below the first band is not funded (its amount is 0). Reported
 * only where the action funds the category, e.g. not for meetings of a Knowledge Alliance.
 */
export function reportUnderFirstBand(
  context: CheckContext,
  row: RowReader,
  line: {
    km: number;
    route?: Route;
    bands: readonly DistanceBand[];
    funded: boolean;
    notFunded: string;
  },
): void {
  const minKm = line.bands[0]?.fromKm ?? 100;
  if (line.km >= minKm || !line.funded) return;
  row.report(
    "distance.under-100km",
    "warning",
    `${row.table} row ${row.row}: ${formatNumber(line.km)} km${routeText(line.route)} is under ${minKm} km; ${line.notFunded}.`,
    "DistanceKm",
  );
}
