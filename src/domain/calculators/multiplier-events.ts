import type { Rulebook } from "../../rules";

/** Multiplier event: a unit amount per local and per foreign participant. */
export function multiplierEventAmount(rulebook: Rulebook, local: number, foreign: number): number {
  const { localParticipant, foreignParticipant } = rulebook.multiplierEvents;
  return localParticipant.value * local + foreignParticipant.value * foreign;
}
