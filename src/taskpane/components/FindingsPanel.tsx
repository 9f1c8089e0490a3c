import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Finding, Severity } from "../../domain/findings";
import { severities } from "../../domain/findings";
import type { RawWorkbook } from "../../domain/workbook";
import { countBySeverity, groupFindings } from "../state/finding-groups";
import { FindingGroup } from "./FindingGroup";
import { SeverityFilter } from "./SeverityFilter";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  empty: { color: tokens.colorNeutralForeground2 },
});

export interface FindingsPanelProps {
  findings: readonly Finding[];
  workbook: RawWorkbook;
  selected?: number;
  onSelect: (index: number) => void;
}

/** The findings of the last check, filtered by severity, grouped by severity and table. */
export function FindingsPanel({ findings, workbook, selected, onSelect }: FindingsPanelProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(severities));
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const groups = useMemo(
    () => groupFindings(findings, workbook, shown),
    [findings, workbook, shown],
  );
  const toggle = (severity: Severity) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  if (findings.length === 0) return <Text className={styles.empty}>{t("findings.none")}</Text>;
  return (
    <div className={styles.root}>
      <SeverityFilter counts={counts} shown={shown} onToggle={toggle} />
      {groups.length === 0 ? (
        <Text className={styles.empty}>{t("findings.allHidden")}</Text>
      ) : (
        groups.map((group) => (
          <FindingGroup
            key={group.severity}
            group={group}
            selected={selected}
            onSelect={onSelect}
          />
        ))
      )}
    </div>
  );
}
