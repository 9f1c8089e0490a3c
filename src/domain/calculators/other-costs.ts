import type { Rulebook } from "../../rules";
import { roundCents } from "../money";

/** Exceptional costs: the funded share of the real cost (75%). */
export function exceptionalAmount(rulebook: Rulebook, realCost: number): number {
  return roundCents(rulebook.exceptional.rate.value * realCost);
}

/** Special needs support: the funded share of the real cost (100%). */
export function specialNeedsAmount(rulebook: Rulebook, realCost: number): number {
  return roundCents(rulebook.specialNeeds.rate.value * realCost);
}
