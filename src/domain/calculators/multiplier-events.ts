import type { Rulebook } from "../../rules";
import { figureList } from "../rates/figure-list";

/** Multiplier event: a unit amount per local and per foreign participant. */
export function multiplierEventAmount(rulebook: Rulebook, local: number, foreign: number): number {
  const { localParticipant, foreignParticipant } = rulebook.multiplierEvents;
  return localParticipant.value * local + foreignParticipant.value * foreign;
}

/** The figures an event line is computed from: the rate of each kind of participant it has. */
export function multiplierEventFigures(local: number, foreign: number): readonly string[] {
  const ids: string[] = [];
  if (local > 0) ids.push("multiplierEvents.localParticipant");
  if (foreign > 0) ids.push("multiplierEvents.foreignParticipant");
  return figureList(...ids);
}

/** The figure the multiplier events cap is computed from. */
export const multiplierEventsCapFigure = "multiplierEvents.capPerProject";
