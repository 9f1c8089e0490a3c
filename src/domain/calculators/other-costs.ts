import type { Rulebook } from "../../rules";
import { roundCents } from "../money";
import { figureList } from "../rates/figure-list";

/** Exceptional costs: the funded share of the real cost (75%). */
export function exceptionalAmount(rulebook: Rulebook, realCost: number): number {
  return roundCents(rulebook.exceptional.rate.value * realCost);
}

/** Special needs support: the funded share of the real cost (100%). */
export function specialNeedsAmount(rulebook: Rulebook, realCost: number): number {
  return roundCents(rulebook.specialNeeds.rate.value * realCost);
}

/** The figure an exceptional (or special needs) line is computed from: the funded share. */
export function otherCostFigures(kind: "exceptional" | "specialNeeds"): readonly string[] {
  return kind === "exceptional" ? exceptionalFigures : specialNeedsFigures;
}

const exceptionalFigures = figureList("exceptional.rate");
const specialNeedsFigures = figureList("specialNeeds.rate");

/** The figure the exceptional costs cap is computed from. */
export const exceptionalCapFigure = "exceptional.capPerProject";
