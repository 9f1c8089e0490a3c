import type { Rulebook } from "../../rules";
import { greatCircleKm } from "./great-circle";
import type { Place } from "./place";

/**
 * The one-way distance between two places as the add-in uses it: the great-circle distance
 * on the rulebook's mean Earth radius, rounded to the nearest whole km (half a km up), the
 * whole km a user would copy from the EC distance calculator. The band is then chosen from
 * this whole-km figure: 99.5 km counts as 100 km (first band), 99.4 km as 99 km (not funded),
 * 1,999.5 km as 2,000 km. The EC does not document its rounding (reference §11).
 */
export function travelDistanceKm(rulebook: Rulebook, from: Place, to: Place): number {
  return Math.round(greatCircleKm(from, to, rulebook.distanceCalculator.earthRadiusKm.value));
}
