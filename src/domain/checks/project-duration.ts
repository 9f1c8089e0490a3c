import type { CheckContext } from "../model";
import { finding } from "../findings";
import { say } from "../finding-text";

/** project.duration: the project's months within the action's range (SP 24–36; KA, SSA 24 or 36). */
export function checkProjectDuration(context: CheckContext): void {
  const { project, rulebook } = context;
  if (project.months === undefined) return;
  const { min, max, allowedMonths } = rulebook.actions[project.action].duration.value;
  const ok = allowedMonths
    ? allowedMonths.includes(project.months)
    : project.months >= min && project.months <= max;
  if (ok) return;
  const { action, months } = project;
  context.findings.push(
    finding(
      "error",
      allowedMonths
        ? say("project.duration/allowed", { action, allowed: allowedMonths, months })
        : say("project.duration/range", { action, min, max, months }),
      { table: "Project", row: project.monthsRow, column: "Value" },
    ),
  );
}
