import type { Rulebook } from "../../rules";
import { bandFor } from "./distance-bands";

/** Transnational project meeting: the band amount per participant; 0 under 100 km. */
export function meetingAmount(
  rulebook: Rulebook,
  distanceKm: number,
  participants: number,
): number {
  const band = bandFor(rulebook.meetings.bands.value, distanceKm);
  return band ? band.amount * participants : 0;
}

/** The figure the meetings cap of a project year is computed from. */
export const meetingsCapFigure = "meetings.capPerProjectYear";
