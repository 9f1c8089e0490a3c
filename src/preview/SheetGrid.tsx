import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import type { Severity } from "../domain/findings";
import type { CellValue, RawTable } from "../domain/workbook";
import { cellAddress, columnLetters, isCellError } from "../domain/workbook";
import type { RecordedHighlight } from "../excel/in-memory-workbook";
import type { CellArea } from "../domain/cell-area";
import { highlightColours } from "../excel/highlight-style";
import { cellKey, indexHighlights, selectedColumns } from "./cell-marks";
import { rowWindow, scrollToRow, type RowWindow } from "./row-window";

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

/** What a grid cell holds: a table's header or one of its data cells. */
interface GridCell {
  table: RawTable;
  header: boolean;
  /** 1-based data row, for a data cell. */
  dataRow?: number;
  column?: string;
  value: CellValue;
}

/** A row's height before one is measured (12 px text, padding and border). */
const estimatedRowHeight = 21;

/** The rows and columns the tables of one sheet cover, and the cell at each place. */
function gridOf(tables: readonly RawTable[]) {
  const top = Math.min(...tables.map((table) => table.headerRow));
  const bottom = Math.max(...tables.map((table) => table.headerRow + table.rows.length));
  const left = Math.min(...tables.map((table) => table.firstColumn));
  const right = Math.max(...tables.map((table) => table.firstColumn + table.headers.length - 1));
  const columns = Array.from({ length: right - left + 1 }, (_, index) => left + index);
  const cellOf = (row: number, column: number): GridCell | undefined => {
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
  return { top, rowCount: bottom - top + 1, columns, cellOf };
}

/** What the row being edited needs: which cell, and the text typed so far. */
interface Editing {
  address: string;
  text: string;
}

/** How a row reaches its grid: stable between renders, so unchanged rows are not redrawn. */
interface RowActions {
  startEditing: (address: string, cell: GridCell) => void;
  type: (address: string, text: string) => void;
  finish: (cell: GridCell, text: string) => void;
  cancel: () => void;
}

interface SheetRowProps {
  sheet: string;
  row: number;
  columns: readonly number[];
  cellOf: (row: number, column: number) => GridCell | undefined;
  /** The severity highlighted in each of `columns` ("" for none), joined by commas. */
  marks: string;
  /** The selected columns of this row as "left:right", or "" when none is. */
  selected: string;
  editing?: Editing;
  actions: RowActions;
}

/**
 * One row of the grid. Its props are plain values (a selection or highlight elsewhere leaves
 * them equal), so a click on a finding redraws the rows whose cells change, not the sheet.
 */
const SheetRow = memo(function SheetRow({
  sheet,
  row,
  columns,
  cellOf,
  marks,
  selected,
  editing,
  actions,
}: SheetRowProps) {
  const styles = useStyles();
  const severities = marks.split(",");
  const [selectedLeft, selectedRight] = selected === "" ? [0, -1] : selected.split(":").map(Number);
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.heading, styles.rowNumber)}>
        {row}
      </th>
      {columns.map((column, position) => {
        const address = cellAddress(sheet, row, column);
        const cell = cellOf(row, column);
        const severity = (severities[position] || undefined) as Severity | undefined;
        const isSelected = column >= (selectedLeft ?? 0) && column <= (selectedRight ?? -1);
        const colours = severity ? highlightColours[severity] : undefined;
        const value = cell?.value ?? null;
        const isEditing = editing?.address === address;
        const finish = (event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === "Escape") actions.cancel();
          if (event.key !== "Enter" || !cell || cell.header || !editing) return;
          actions.finish(cell, editing.text);
        };
        return (
          <td
            key={column}
            data-address={address}
            data-highlight={severity}
            data-selected={isSelected ? "true" : undefined}
            title={value === null ? address : `${address}: ${shown(value)}`}
            className={mergeClasses(
              styles.cell,
              cell?.header && styles.header,
              typeof value === "number" && styles.number,
              isSelected && styles.selected,
            )}
            style={colours ? { background: colours.fill, color: colours.font } : undefined}
            onDoubleClick={() => {
              if (cell && !cell.header) actions.startEditing(address, cell);
            }}
          >
            {isEditing ? (
              <input
                className={styles.input}
                aria-label={`Edit ${address}`}
                autoFocus
                value={editing.text}
                onChange={(event) => actions.type(address, event.target.value)}
                onKeyDown={finish}
                onBlur={actions.cancel}
              />
            ) : (
              shown(value)
            )}
          </td>
        );
      })}
    </tr>
  );
});

/**
 * One worksheet of the in-memory workbook as a grid with Excel's row numbers and column
 * letters: the add-in's highlights in Excel's colours, the selection outlined and scrolled
 * into view. Double-click a data cell to change it. Only the rows in view (and a margin) are
 * drawn: a sheet of thousands of rows would take seconds to draw and to redraw.
 */
export function SheetGrid({ sheet, tables, highlights, selection, onEdit }: SheetGridProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<Editing>();
  const marks = useMemo(() => indexHighlights(highlights, sheet), [highlights, sheet]);
  const grid = useMemo(() => (tables.length === 0 ? undefined : gridOf(tables)), [tables]);
  const scroller = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);
  const rowCount = grid?.rowCount ?? 0;
  const [view, setView] = useState<RowWindow>(() =>
    rowWindow(0, window.innerHeight, estimatedRowHeight, rowCount),
  );
  const onEditRef = useRef(onEdit);
  onEditRef.current = onEdit;
  const actions = useMemo<RowActions>(
    () => ({
      startEditing: (address, cell) => setEditing({ address, text: shown(cell.value) }),
      type: (address, text) => setEditing({ address, text }),
      finish: (cell, text) => {
        onEditRef.current(cell.table.name, cell.dataRow ?? 0, cell.column ?? "", typed(text));
        setEditing(undefined);
      },
      cancel: () => setEditing(undefined),
    }),
    [],
  );

  /** The window for where the grid is scrolled now. */
  const follow = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const next = rowWindow(element.scrollTop, element.clientHeight, rowHeight, rowCount);
    setView((last) => (last.first === next.first && last.end === next.end ? last : next));
  }, [rowHeight, rowCount]);

  // Measure a drawn row, and follow the view's size.
  useLayoutEffect(() => {
    const element = scroller.current;
    const drawn = element?.querySelector<HTMLElement>("tbody tr:not([data-spacer])");
    const height = drawn?.getBoundingClientRect().height;
    if (height && Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
    follow();
  });
  useEffect(() => {
    window.addEventListener("resize", follow);
    return () => window.removeEventListener("resize", follow);
  }, [follow]);

  // Bring a new selection into view, drawn in the same frame.
  const selectedTop =
    selection && selection.sheet.toLowerCase() === sheet.toLowerCase() ? selection.top : undefined;
  useLayoutEffect(() => {
    const element = scroller.current;
    if (selectedTop === undefined || !element || !grid) return;
    const heading = element.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    const index = selectedTop - grid.top;
    const target = scrollToRow(index, element.scrollTop, element.clientHeight, rowHeight, heading);
    if (target !== element.scrollTop) element.scrollTop = target;
    follow();
    // Only a new selection (or sheet) scrolls; the rest follows the user's scrolling.
  }, [selectedTop, sheet, selection]);

  if (!grid) return null;
  const { top, columns, cellOf } = grid;
  const first = Math.min(view.first, rowCount);
  const end = Math.min(view.end, rowCount);
  const rows = Array.from({ length: Math.max(end - first, 0) }, (_, index) => top + first + index);
  const editingRow = editing ? rowOfAddress(editing.address) : undefined;

  return (
    <div className={styles.scroller} ref={scroller} onScroll={follow}>
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
          {first > 0 && (
            <tr data-spacer="" aria-hidden="true" style={{ height: first * rowHeight }} />
          )}
          {rows.map((row) => (
            <SheetRow
              key={row}
              sheet={sheet}
              row={row}
              columns={columns}
              cellOf={cellOf}
              marks={columns.map((column) => marks.get(cellKey(row, column)) ?? "").join(",")}
              selected={selectedColumns(selection, sheet, row)}
              editing={editingRow === row ? editing : undefined}
              actions={actions}
            />
          ))}
          {end < rowCount && (
            <tr
              data-spacer=""
              aria-hidden="true"
              style={{ height: (rowCount - end) * rowHeight }}
            />
          )}
        </tbody>
      </table>
    </div>
  );
}

/** The row number of an address such as "Meetings!F27". */
function rowOfAddress(address: string): number | undefined {
  const match = /(\d+)$/.exec(address);
  return match ? Number(match[1]) : undefined;
}
