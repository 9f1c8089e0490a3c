import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { WrittenFormSheet } from "../excel/in-memory-workbook";
import { largestOf } from "../domain/largest";
import { formatCentsIn } from "../messages/message-language";

const useStyles = makeStyles({
  scroller: { overflow: "auto", maxHeight: "100%" },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  header: { fontWeight: tokens.fontWeightSemibold, background: tokens.colorNeutralBackground3 },
  total: { fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  charts: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalS },
});

/** The Form summary sheet the pane wrote, as its cells (charts listed by title). */
export function FormSheetGrid({ sheet }: { sheet: WrittenFormSheet }) {
  const styles = useStyles();
  const width = largestOf(
    sheet.rows.map((row) => row.length),
    1,
  );
  return (
    <div className={styles.scroller}>
      <table className={styles.grid} aria-label={`Sheet ${sheet.name}`}>
        <tbody>
          {sheet.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {Array.from({ length: width }, (_, column) => {
                const cell = row[column];
                const value = cell?.value ?? null;
                const style = cell?.style;
                return (
                  <td
                    key={column}
                    className={mergeClasses(
                      styles.cell,
                      style === "title" && styles.title,
                      style === "section" && styles.section,
                      style === "header" && styles.header,
                      style === "total" && styles.total,
                      style === "warning" && styles.warning,
                      style === "note" && styles.note,
                      typeof value === "number" && styles.number,
                    )}
                  >
                    {typeof value === "number" && (style === "amount" || style === "total")
                      ? formatCentsIn("en", value)
                      : (value ?? "")}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {sheet.charts.length > 0 && (
        <p className={styles.charts}>
          Charts: {sheet.charts.map((chart) => `${chart.title} (${chart.type})`).join("; ")}
        </p>
      )}
    </div>
  );
}
