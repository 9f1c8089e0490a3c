import type { ActionCode, Rulebook } from "../../rules";

/**
 * The maximum EU grant of a project. SP: the yearly maximum pro rata of the months.
 * KA/SSA: the amount for the duration; a duration between the allowed ones gets the amount
 * of the longest allowed duration it reaches (the checker reports the duration itself).
 */
export function maxGrant(rulebook: Rulebook, action: ActionCode, months: number): number {
  const rule = rulebook.actions[action].maxGrant.value;
  if (rule.kind === "per-project-year") return (rule.amount * months) / 12;
  const durations = Object.keys(rule.amounts)
    .map(Number)
    .sort((a, b) => a - b);
  const reached = durations.filter((duration) => duration <= months);
  const duration = reached.length > 0 ? reached[reached.length - 1] : durations[0];
  return rule.amounts[String(duration)] ?? 0;
}
