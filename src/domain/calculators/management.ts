import type { Rulebook } from "../../rules";
import { figureList } from "../rates/figure-list";
import type { Role } from "../vocabulary";

/** Project management and implementation for one organisation: months × its monthly unit cost. */
export function managementAmount(rulebook: Rulebook, role: Role, months: number): number {
  const { coordinatorPerMonth, partnerPerMonth } = rulebook.management;
  const perMonth = role === "coordinator" ? coordinatorPerMonth.value : partnerPerMonth.value;
  return perMonth * months;
}

/** The most the project can receive for management over its duration. */
export function managementCap(rulebook: Rulebook, projectMonths: number): number {
  return rulebook.management.projectCapPerMonth.value * projectMonths;
}

const coordinatorFigures = figureList("management.coordinatorPerMonth");
const partnerFigures = figureList("management.partnerPerMonth");

/** The figure a management line is computed from: the coordinator's or a partner's rate. */
export function managementFigures(role: Role): readonly string[] {
  return role === "coordinator" ? coordinatorFigures : partnerFigures;
}

/** The figure the project's management cap is computed from. */
export const managementCapFigure = "management.projectCapPerMonth";
