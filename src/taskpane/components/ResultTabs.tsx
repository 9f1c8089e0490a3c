import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BudgetCheck } from "../../domain/budget-check";
import type { RawWorkbook } from "../../domain/workbook";
import { ExportPanel } from "./ExportPanel";
import { FindingsPanel } from "./FindingsPanel";
import { TotalsPanel } from "./TotalsPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tabs: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  panel: { outline: "none" },
});

type TabValue = "findings" | "totals" | "export";

export interface ResultTabsProps {
  check: BudgetCheck;
  workbook: RawWorkbook;
  selected?: number;
  onSelect: (index: number) => void;
}

/** Findings, Totals and Export of the last check, one at a time to fit a narrow pane. */
export function ResultTabs({ check, workbook, selected, onSelect }: ResultTabsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [tab, setTab] = useState<TabValue>("findings");
  const id = useId();
  const errorCount = check.findings.filter((finding) => finding.severity === "error").length;
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabValue)}
        aria-label={t("tabs.label")}
        size="medium"
      >
        <Tab id={`${id}-findings`} value="findings" aria-controls={`${id}-panel`}>
          {t("tabs.findings")} ({check.findings.length})
        </Tab>
        <Tab id={`${id}-totals`} value="totals" aria-controls={`${id}-panel`}>
          {t("tabs.totals")}
        </Tab>
        <Tab id={`${id}-export`} value="export" aria-controls={`${id}-panel`}>
          {t("tabs.export")}
        </Tab>
      </TabList>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-${tab}`}
        className={styles.panel}
      >
        {tab === "findings" && (
          <FindingsPanel
            findings={check.findings}
            workbook={workbook}
            selected={selected}
            onSelect={onSelect}
          />
        )}
        {tab === "totals" && <TotalsPanel check={check} />}
        {tab === "export" && <ExportPanel errorCount={errorCount} />}
      </div>
    </div>
  );
}
