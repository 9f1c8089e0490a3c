import { Caption1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { CellValue } from "../domain/workbook";
import { FormSheetGrid } from "./FormSheetGrid";
import type { PreviewWorkbook } from "./preview-workbook";
import { SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  tabs: { flexWrap: "wrap", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  body: { flex: 1, minHeight: 0, overflow: "auto", padding: tokens.spacingVerticalS },
  status: {
    display: "flex",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * The in-memory workbook as a person would see it in Excel: one tab per sheet, the cells,
 * the add-in's highlights and the selection. Follows the selection to its sheet.
 */
export function WorkbookView({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const [, redraw] = useState(0);
  useEffect(() => workbook.watch(() => redraw((count) => count + 1)), [workbook]);

  const tables = workbook.tablesNow().tables;
  const formSheet = workbook.formSheet;
  const sheets = workbook.sheetNames.filter(
    (name) => tables.some((table) => table.sheet === name) || name === formSheet?.name,
  );
  const selection = workbook.selection;
  const [sheet, setSheet] = useState<string | undefined>(sheets[0]);
  useEffect(() => {
    if (selection) setSheet(selection.sheet);
  }, [selection]);
  useEffect(() => {
    if (formSheet) setSheet(formSheet.name);
  }, [formSheet]);
  const current = sheet && sheets.includes(sheet) ? sheet : sheets[0];
  // The same array while the tables stay the same, so the grid need not redraw every row.
  const sheetTables = useMemo(
    () => tables.filter((table) => table.sheet === current),
    [tables, current],
  );

  const edit = useCallback(
    (table: string, row: number, column: string, value: CellValue) =>
      workbook.setCell(table, row, column, value),
    [workbook],
  );

  return (
    <section className={styles.root} aria-label="Workbook">
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={current ?? ""}
        onTabSelect={(_, data) => setSheet(String(data.value))}
        aria-label="Sheets"
      >
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.body}>
        {current !== undefined && current === formSheet?.name ? (
          <FormSheetGrid sheet={formSheet} />
        ) : current !== undefined ? (
          <SheetGrid
            sheet={current}
            tables={sheetTables}
            highlights={workbook.highlights}
            selection={selection?.area}
            onEdit={edit}
          />
        ) : (
          <Caption1>This workbook has no sheets with budget tables.</Caption1>
        )}
      </div>
      <Caption1 className={styles.status}>
        <span data-testid="highlight-count">
          Highlights: {workbook.highlights.length === 0 ? "none" : workbook.highlights.length}
        </span>
        <span data-testid="selection">Selection: {selection?.address ?? "none"}</span>
      </Caption1>
    </section>
  );
}
