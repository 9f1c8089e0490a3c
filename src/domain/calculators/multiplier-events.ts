import type { Rulebook } from "../../rules";
import { figureList } from "../rates/figure-list";

/** Multiplier event: a unit amount per local and per foreign participant. */
export function multiplierEventAmount(rulebook: Rulebook, local: number, foreign: number): number {
  const { localParticipant, foreignParticipant } = rulebook.multiplierEvents;
  return localParticipant.value * local + foreignParticipant.value * foreign;
}

/** The figures an event line is computed from: the rate of each kind of participant it has. */
export function multiplierEventFigures(local: number, foreign: number): readonly string[] {
  return eventFigures[(local > 0 ? 1 : 0) + (foreign > 0 ? 2 : 0)] ?? figureList();
}

/** The figure the multiplier events cap is computed from. */
export const multiplierEventsCapFigure = "multiplierEvents.capPerProject";

/** By the participants an event has: none, local only, foreign only, both. */
const eventFigures = [
  figureList(),
  figureList("multiplierEvents.localParticipant"),
  figureList("multiplierEvents.foreignParticipant"),
  figureList("multiplierEvents.localParticipant", "multiplierEvents.foreignParticipant"),
];
