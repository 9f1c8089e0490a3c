import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Severity } from "../../domain/findings";
import { severities } from "../../domain/findings";
import { SeverityIcon } from "./SeverityIcon";

/** Exported for StyleWarmUp, which inserts these rules before the first check. */
export const useSeverityFilterStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface SeverityFilterProps {
  counts: Record<Severity, number>;
  shown: ReadonlySet<Severity>;
  onToggle: (severity: Severity) => void;
}

/** Three toggles, one per severity with its count: which findings the list shows. */
export function SeverityFilter({ counts, shown, onToggle }: SeverityFilterProps) {
  const { t } = useTranslation();
  const styles = useSeverityFilterStyles();
  return (
    <div role="group" aria-label={t("findings.filterLabel")} className={styles.root}>
      {severities.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          shape="circular"
          appearance={shown.has(severity) ? "secondary" : "subtle"}
          checked={shown.has(severity)}
          disabled={counts[severity] === 0}
          icon={<SeverityIcon severity={severity} />}
          onClick={() => onToggle(severity)}
        >
          {t("findings.filterButton", {
            label: t(`severity.${severity}`),
            count: counts[severity],
          })}
        </ToggleButton>
      ))}
    </div>
  );
}
