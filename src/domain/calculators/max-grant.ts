import type { ActionCode, MaxGrant, Rulebook } from "../../rules";

/** The allowed duration whose amount a by-duration maximum grant gives for `months`. */
function durationReached(rule: Extract<MaxGrant, { kind: "by-duration" }>, months: number): string {
  const durations = Object.keys(rule.amounts)
    .map(Number)
    .sort((a, b) => a - b);
  const reached = durations.filter((duration) => duration <= months);
  return String(reached.length > 0 ? reached[reached.length - 1] : durations[0]);
}

/**
 * The maximum EU grant of a project. SP: the yearly maximum pro rata of the months.
 * KA/SSA: the amount for the duration; a duration between the allowed ones gets the amount
 * of the longest allowed duration it reaches (the checker reports the duration itself).
 */
export function maxGrant(rulebook: Rulebook, action: ActionCode, months: number): number {
  const rule = rulebook.actions[action].maxGrant.value;
  if (rule.kind === "per-project-year") return (rule.amount * months) / 12;
  return rule.amounts[durationReached(rule, months)] ?? 0;
}

/** The figure the maximum grant is computed from (`actions.KA.maxGrant.amounts.36`). */
export function maxGrantFigure(rulebook: Rulebook, action: ActionCode, months: number): string {
  const rule = rulebook.actions[action].maxGrant.value;
  if (rule.kind === "per-project-year") return `actions.${action}.maxGrant.amount`;
  return `actions.${action}.maxGrant.amounts.${durationReached(rule, months)}`;
}
