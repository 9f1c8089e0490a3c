import type { Rulebook } from "../../rules";
import { bandFor } from "./distance-bands";

/** Travel for a learning, teaching or training activity: band amount per participant; 0 under 100 km. */
export function travelAmount(rulebook: Rulebook, distanceKm: number, participants: number): number {
  const band = bandFor(rulebook.travel.bands.value, distanceKm);
  return band ? band.amount * participants : 0;
}
