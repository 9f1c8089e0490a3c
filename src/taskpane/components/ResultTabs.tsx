import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BudgetCheck } from "../../domain/budget-check";
import type { RawWorkbook } from "../../domain/workbook";
import { ExportPanel } from "./ExportPanel";
import { FindingsPanel } from "./FindingsPanel";
import { TotalsPanel } from "./TotalsPanel";

/** Exported for StyleWarmUp, which inserts these rules before the first check. */
export const useResultTabsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tabs: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingLeft: tokens.spacingHorizontalXS,
    // At 200% zoom a narrow pane cannot hold three tabs in a row: they wrap instead of
    // running off the pane's edge.
    flexWrap: "wrap",
  },
  panel: { outline: "none" },
});

type TabValue = "findings" | "totals" | "export";

export interface ResultTabsProps {
  check: BudgetCheck;
  workbook: RawWorkbook;
  selected?: number;
  onSelect: (index: number) => void;
  /** Opens the set-up form; absent where the workbook cannot be set up. */
  onSetUp?: () => void;
}

/** Findings, Totals and Export of the last check, one at a time to fit a narrow pane. */
export function ResultTabs({ check, workbook, selected, onSelect, onSetUp }: ResultTabsProps) {
  const { t } = useTranslation();
  const styles = useResultTabsStyles();
  const [tab, setTab] = useState<TabValue>("findings");
  // A panel is drawn once first shown, then kept: a check with thousands of findings draws
  // only its list, and a click on a finding does not redraw the totals or the export.
  const [opened, setOpened] = useState<ReadonlySet<TabValue>>(() => new Set(["findings"]));
  const id = useId();
  const errorCount = useMemo(
    () => check.findings.filter((finding) => finding.severity === "error").length,
    [check.findings],
  );
  const totals = useMemo(() => <TotalsPanel check={check} onSetUp={onSetUp} />, [check, onSetUp]);
  const exportPanel = useMemo(() => <ExportPanel errorCount={errorCount} />, [errorCount]);
  const panel = (value: TabValue) => ({
    id: `${id}-${value}-panel`,
    role: "tabpanel",
    "aria-labelledby": `${id}-${value}`,
    hidden: tab !== value,
    className: styles.panel,
  });
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => {
          const value = data.value as TabValue;
          setTab(value);
          setOpened((last) => (last.has(value) ? last : new Set([...last, value])));
        }}
        aria-label={t("tabs.label")}
        size="medium"
      >
        <Tab id={`${id}-findings`} value="findings" aria-controls={`${id}-findings-panel`}>
          {t("tabs.findingsCount", { count: check.findings.length })}
        </Tab>
        <Tab id={`${id}-totals`} value="totals" aria-controls={`${id}-totals-panel`}>
          {t("tabs.totals")}
        </Tab>
        <Tab id={`${id}-export`} value="export" aria-controls={`${id}-export-panel`}>
          {t("tabs.export")}
        </Tab>
      </TabList>
      {/* Panels stay mounted while hidden, so the filter and an export's outcome survive a tab switch. */}
      <div {...panel("findings")}>
        <FindingsPanel
          findings={check.findings}
          workbook={workbook}
          selected={selected}
          onSelect={onSelect}
        />
      </div>
      <div {...panel("totals")}>{opened.has("totals") && totals}</div>
      <div {...panel("export")}>{opened.has("export") && exportPanel}</div>
    </div>
  );
}
