import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Finding } from "../../domain/findings";
import type { HighlightSummary } from "../../excel/workbook-port";
import { countBySeverity } from "../state/finding-groups";

export interface CheckSummaryProps {
  findings: readonly Finding[];
  highlights?: HighlightSummary;
  cleared: boolean;
  canHighlight: boolean;
}

export interface CheckSummaryText {
  intent: "error" | "warning" | "success";
  title: string;
  details: string[];
}

/** The verdict of the last check in words: errors, warnings, information, highlights. */
export function useCheckSummaryText({
  findings,
  highlights,
  cleared,
  canHighlight,
}: CheckSummaryProps): CheckSummaryText {
  const { t } = useTranslation();
  const counts = countBySeverity(findings);
  const intent = counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : "success";
  const title =
    counts.error > 0 ? t("summary.breaks", { count: counts.error }) : t("summary.clean");
  const details = [
    counts.warning > 0 ? t("summary.warnings", { count: counts.warning }) : "",
    counts.info > 0 ? t("summary.notes", { count: counts.info }) : "",
    findings.length === 0 ? t("summary.allClear") : "",
    !canHighlight && findings.length > 0 ? t("check.noHighlights") : "",
    cleared ? t("check.cleared") : "",
    highlights && highlights.unplaced > 0 && !cleared
      ? t("check.unplaced", { count: highlights.unplaced })
      : "",
  ].filter((text) => text !== "");
  return { intent, title, details };
}

/**
 * The verdict of the last check in one bar. Not a live region itself: the pane's one
 * announcer (mounted from the start) reads each check's verdict out.
 */
export function CheckSummary(props: CheckSummaryProps) {
  const { intent, title, details } = useCheckSummaryText(props);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {details.join(" ")}
      </MessageBarBody>
    </MessageBar>
  );
}
