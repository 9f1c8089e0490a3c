import type { CheckContext } from "../model";
import { finding } from "../findings";
import { say } from "../finding-text";
import { durationRule, monthsFit } from "../project-rules";

/**
 * project.duration: the project's months within the range of its action (SP 24–36; KA, SSA
 * 24 or 36) or, for a field with rules of its own, of its field (youth-field SP 6–24).
 */
export function checkProjectDuration(context: CheckContext): void {
  const { project, rulebook } = context;
  if (project.months === undefined) return;
  const rule = durationRule(rulebook, project.action, project.field);
  if (monthsFit(rule, project.months)) return;
  const { action, months, field } = project;
  const { min, max, allowedMonths } = rule;
  context.findings.push(
    finding(
      "error",
      allowedMonths
        ? say("project.duration/allowed", { action, allowed: allowedMonths, months })
        : field !== undefined
          ? say("project.duration/field-range", { action, field, min, max, months })
          : say("project.duration/range", { action, min, max, months }),
      { table: "Project", row: project.monthsRow, column: "Value" },
    ),
  );
}
