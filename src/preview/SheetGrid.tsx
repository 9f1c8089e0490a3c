import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo, useState, type KeyboardEvent } from "react";
import type { CellValue, RawTable } from "../domain/workbook";
import { cellAddress, columnLetters, isCellError } from "../domain/workbook";
import type { RecordedHighlight } from "../excel/in-memory-workbook";
import type { CellArea } from "../domain/cell-area";
import { highlightColours } from "../excel/highlight-style";
import { cellKey, indexHighlights, isSelected } from "./cell-marks";

const useStyles = makeStyles({
  scroller: { overflow: "auto", maxHeight: "100%" },
  grid: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    background: tokens.colorNeutralBackground1,
  },
  corner: { background: tokens.colorNeutralBackground3 },
  heading: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 6px",
    textAlign: "center",
    position: "sticky",
    top: 0,
  },
  rowNumber: { position: "sticky", left: 0 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    maxWidth: "16rem",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  header: { fontWeight: tokens.fontWeightSemibold, background: tokens.colorNeutralBackground2 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  selected: { outline: `2px solid #107C41`, outlineOffset: "-2px" },
  input: { width: "100%", font: "inherit", border: "none", padding: 0, outline: "none" },
});

function shown(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  return String(value);
}

/** What a typed text stands for: a number when it reads as one, blank for nothing. */
function typed(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : text;
}

export interface SheetGridProps {
  sheet: string;
  tables: readonly RawTable[];
  highlights: readonly RecordedHighlight[];
  selection?: CellArea;
  /** Types a value into a data cell, as a user would in Excel. */
  onEdit: (table: string, row: number, column: string, value: CellValue) => void;
}

/**
 * One worksheet of the in-memory workbook as a grid with Excel's row numbers and column
 * letters: the add-in's highlights in Excel's colours, the selection outlined. Double-click
 * a data cell to change it.
 */
export function SheetGrid({ sheet, tables, highlights, selection, onEdit }: SheetGridProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<{ address: string; text: string }>();
  const marks = useMemo(() => indexHighlights(highlights, sheet), [highlights, sheet]);
  if (tables.length === 0) return null;
  const top = Math.min(...tables.map((table) => table.headerRow));
  const bottom = Math.max(...tables.map((table) => table.headerRow + table.rows.length));
  const left = Math.min(...tables.map((table) => table.firstColumn));
  const right = Math.max(...tables.map((table) => table.firstColumn + table.headers.length - 1));
  const rows = Array.from({ length: bottom - top + 1 }, (_, index) => top + index);
  const columns = Array.from({ length: right - left + 1 }, (_, index) => left + index);

  const cellOf = (row: number, column: number) => {
    for (const table of tables) {
      const index = column - table.firstColumn;
      if (index < 0 || index >= table.headers.length) continue;
      if (row === table.headerRow)
        return { table, header: true, value: table.headers[index] ?? "" };
      const dataRow = row - table.headerRow;
      if (dataRow >= 1 && dataRow <= table.rows.length) {
        return {
          table,
          header: false,
          dataRow,
          column: table.headers[index] ?? "",
          value: table.rows[dataRow - 1]?.[index] ?? null,
        };
      }
    }
    return undefined;
  };

  return (
    <div className={styles.scroller}>
      <table className={styles.grid} aria-label={`Sheet ${sheet}`}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.heading, styles.corner)} />
            {columns.map((column) => (
              <th key={column} scope="col" className={styles.heading}>
                {columnLetters(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row" className={mergeClasses(styles.heading, styles.rowNumber)}>
                {row}
              </th>
              {columns.map((column) => {
                const address = cellAddress(sheet, row, column);
                const cell = cellOf(row, column);
                const severity = marks.get(cellKey(row, column));
                const selected = isSelected(selection, sheet, row, column);
                const colours = severity ? highlightColours[severity] : undefined;
                const value = cell?.value ?? null;
                const isEditing = editing?.address === address;
                const finish = (event: KeyboardEvent<HTMLInputElement>) => {
                  if (event.key === "Escape") setEditing(undefined);
                  if (event.key !== "Enter" || !cell || cell.header || !editing) return;
                  onEdit(
                    cell.table.name,
                    cell.dataRow ?? 0,
                    cell.column ?? "",
                    typed(editing.text),
                  );
                  setEditing(undefined);
                };
                return (
                  <td
                    key={column}
                    data-address={address}
                    data-highlight={severity}
                    data-selected={selected ? "true" : undefined}
                    title={value === null ? address : `${address}: ${shown(value)}`}
                    className={mergeClasses(
                      styles.cell,
                      cell?.header && styles.header,
                      typeof value === "number" && styles.number,
                      selected && styles.selected,
                    )}
                    style={colours ? { background: colours.fill, color: colours.font } : undefined}
                    onDoubleClick={() => {
                      if (cell && !cell.header) setEditing({ address, text: shown(value) });
                    }}
                  >
                    {isEditing ? (
                      <input
                        className={styles.input}
                        aria-label={`Edit ${address}`}
                        autoFocus
                        value={editing.text}
                        onChange={(event) => setEditing({ address, text: event.target.value })}
                        onKeyDown={finish}
                        onBlur={() => setEditing(undefined)}
                      />
                    ) : (
                      shown(value)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
