import type { CheckContext } from "../model";
import { finding } from "../findings";

/** project.duration: the project's months within the action's range (SP 24–36; KA, SSA 24 or 36). */
export function checkProjectDuration(context: CheckContext): void {
  const { project, rulebook } = context;
  if (project.months === undefined) return;
  const { min, max, allowedMonths } = rulebook.actions[project.action].duration.value;
  const label = rulebook.actions[project.action].label;
  const ok = allowedMonths
    ? allowedMonths.includes(project.months)
    : project.months >= min && project.months <= max;
  if (ok) return;
  const allowed = allowedMonths ? allowedMonths.join(" or ") : `${min} to ${max}`;
  context.findings.push(
    finding(
      "project.duration",
      "error",
      `A ${label} lasts ${allowed} months; this project lasts ${project.months} months.`,
      { table: "Project", row: project.monthsRow, column: "Value" },
    ),
  );
}
