import {
  Button,
  Caption1,
  Label,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { WorkbookError } from "../excel/workbook-error";
import { App } from "../taskpane/App";
import { pickLanguage } from "../taskpane/i18n/i18n";
import type { PreviewExample } from "./examples";
import { PreviewWorkbook } from "./preview-workbook";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateRows: "auto 1fr",
    height: "100vh",
    background: tokens.colorNeutralBackground3,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    background: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: "flex", flexDirection: "column", marginRight: "auto", minWidth: "16rem" },
  example: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
  main: {
    display: "grid",
    gridTemplateColumns: "350px 1fr",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    minHeight: 0,
  },
  // ?layout=pane: the pane alone, filling the window, as Excel shows it (for zoom tests).
  paneOnly: { height: "100vh", overflowY: "auto", background: tokens.colorNeutralBackground1 },
  pane: {
    overflowY: "auto",
    background: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderRadius: tokens.borderRadiusMedium,
  },
  sheet: {
    minWidth: 0,
    minHeight: 0,
    background: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
  },
});

/** `?dev` in the address: show the tools for trying the pane's error handling. */
function devToolsWanted(): boolean {
  return new URLSearchParams(window.location.search).has("dev");
}

function initialExample(examples: readonly PreviewExample[]): number {
  const wanted = new URLSearchParams(window.location.search).get("example");
  const named = examples.findIndex((example) => example.file.replace(/\.xlsx$/, "") === wanted);
  if (named >= 0) return named;
  const mistakes = examples.findIndex((example) => example.file.includes("mistakes"));
  return Math.max(mistakes, 0);
}

/** The page's layout options: `?layout=pane` (the pane alone) and `?pane=320` (its width). */
function layoutOptions(): { paneOnly: boolean; paneWidth: number } {
  const query = new URLSearchParams(window.location.search);
  const width = Number(query.get("pane"));
  return {
    paneOnly: query.get("layout") === "pane",
    paneWidth: Number.isInteger(width) && width >= 100 && width <= 2000 ? width : 350,
  };
}

/**
 * The browser preview: the real task pane, at task-pane width, on an in-memory workbook
 * loaded from examples/, with that workbook drawn beside it.
 */
export function PreviewPage({ examples }: { examples: readonly PreviewExample[] }) {
  const styles = useStyles();
  const selectId = useId();
  const [index, setIndex] = useState(() => initialExample(examples));
  const example = examples[index] ?? examples[0];
  // A fresh workbook per example, so switching back starts from the file again.
  const workbook = useMemo(() => new PreviewWorkbook(example?.workbook), [example]);
  const language = pickLanguage(navigator.language);
  const [devTools] = useState(devToolsWanted);
  const [layout] = useState(layoutOptions);

  if (layout.paneOnly) {
    return (
      <div className={styles.paneOnly} data-testid="pane">
        <App key={index} port={workbook} language={language} />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <div className={styles.title}>
          <Text weight="semibold">KA2 Budget — browser preview</Text>
          <Caption1 className={styles.note}>
            The real task pane on an in-memory copy of an example workbook; nothing leaves this
            machine. Double-click a cell to change it.
          </Caption1>
        </div>
        <div className={styles.example}>
          <Label htmlFor={selectId} size="small">
            Example workbook
          </Label>
          <Select
            id={selectId}
            size="small"
            value={String(index)}
            onChange={(_, data) => setIndex(Number(data.value))}
          >
            {examples.map((item, position) => (
              <option key={item.file} value={position}>
                {item.file}
              </option>
            ))}
          </Select>
        </div>
        {devTools && (
          <Button
            size="small"
            onClick={() =>
              workbook.failNextCall(
                new WorkbookError(
                  "edit-mode",
                  "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
                  "InvalidOperationInCellEditMode",
                ),
              )
            }
          >
            Make Excel's next answer an error
          </Button>
        )}
      </header>
      <main className={styles.main} style={{ gridTemplateColumns: `${layout.paneWidth}px 1fr` }}>
        <div className={styles.pane} data-testid="pane">
          <App key={index} port={workbook} language={language} />
        </div>
        <div className={styles.sheet}>
          <WorkbookView key={index} workbook={workbook} />
        </div>
      </main>
    </div>
  );
}
