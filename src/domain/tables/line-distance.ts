import type { DistanceBand } from "../../rules";
import type { CheckContext, Route } from "../model";
import { isBlank } from "../cell-reading";
import { placeReason, say, type RouteRef } from "../finding-text";
import { TableRows, type RowReader } from "../parse/table-rows";
import { placeProblemText, placeRef, resolvePlace, travelDistanceKm, type Place } from "../places";
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
  if (!context.places) {
    row.report("error", say("distance.unknown-place/no-places", {}), "DistanceKm");
    return undefined;
  }
  const from = place(context, row, "From");
  const to = place(context, row, "To");
  if (!from || !to) return undefined;
  const km = travelDistanceKm(context.rulebook, from, to);
  const edge = bands.find((band) => Math.abs(km - band.fromKm) <= NEAR_EDGE_KM);
  if (edge) {
    row.report(
      "info",
      say("distance.near-band-edge", {
        from: placeRef(from),
        to: placeRef(to),
        km,
        nearKm: NEAR_EDGE_KM,
        edgeKm: edge.fromKm,
      }),
      "DistanceKm",
    );
  }
  return { km, route: { from, to } };
}

function place(context: CheckContext, row: RowReader, header: "From" | "To"): Place | undefined {
  const places = context.places;
  if (!places) return undefined;
  const value = row.cell(header) ?? null;
  const error = isCellError(value) ? value.error : undefined;
  const resolved = resolvePlace(error === undefined ? value : null, places, context.rulebook);
  if ("place" in resolved) return resolved.place;
  const reason =
    error !== undefined
      ? placeReason("place/cell-error", { error })
      : resolved.problem.kind === "blank"
        ? placeReason("place/blank-other", { other: header === "From" ? "To" : "From" })
        : placeProblemText(resolved.problem);
  row.report("error", say("distance.unknown-place/place", { reason }), header);
  return undefined;
}

/** The places a computed distance is between, as message data; null for a typed distance. */
export function routeRef(route: Route | undefined): RouteRef | null {
  return route ? { from: placeRef(route.from), to: placeRef(route.to) } : null;
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
    kind: "meeting" | "travel";
  },
): void {
  const minKm = line.bands[0]?.fromKm ?? 100;
  if (line.km >= minKm || !line.funded) return;
  row.report(
    "warning",
    say(line.kind === "meeting" ? "distance.under-100km/meeting" : "distance.under-100km/travel", {
      km: line.km,
      route: routeRef(line.route),
      minKm,
    }),
    "DistanceKm",
  );
}
