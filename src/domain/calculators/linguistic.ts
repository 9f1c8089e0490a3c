import type { Rulebook } from "../../rules";
import { figureList } from "../rates/figure-list";

/** Whether an activity of this many months may receive linguistic support (2–12 months). */
export function linguisticSupportEligible(rulebook: Rulebook, months: number): boolean {
  const { min, max } = rulebook.linguistic.months.value;
  return months >= min && months <= max;
}

/** Linguistic support: a unit amount per participant, only for activities of 2–12 months. */
export function linguisticAmount(rulebook: Rulebook, months: number, participants: number): number {
  return linguisticSupportEligible(rulebook, months)
    ? rulebook.linguistic.perParticipant.value * participants
    : 0;
}

/** The figure a linguistic support line is computed from. */
export function linguisticFigures(): readonly string[] {
  return linguisticFigureList;
}

const linguisticFigureList = figureList("linguistic.perParticipant");
