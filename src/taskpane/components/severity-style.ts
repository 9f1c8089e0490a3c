import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/findings";

/** One colour per severity, the same in the filter, the list and the preview's sheet. */
export const severityColour: Record<Severity, string> = {
  error: tokens.colorStatusDangerForeground1,
  warning: tokens.colorStatusWarningForeground3,
  info: tokens.colorBrandForeground1,
};

export const useSeverityStyles = makeStyles({
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorBrandForeground1 },
});
