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

/** The verdict of the last check in one bar: rules broken, warnings and notes, highlights. */
export function CheckSummary({ findings, highlights, cleared, canHighlight }: CheckSummaryProps) {
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
  return (
    <MessageBar intent={intent} layout="multiline" role="status" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {details.join(" ")}
      </MessageBarBody>
    </MessageBar>
  );
}
