import {
  Body1,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  Copy20Regular,
  DocumentArrowDown20Regular,
  DocumentTable20Regular,
  TableSimple20Regular,
} from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { applicationForm, type ApplicationForm } from "../../domain/form/application-form";
import { csvSheet } from "../../domain/form/csv-sheet";
import {
  formToCsv,
  formToJson,
  formToTabText,
  type CsvSeparator,
} from "../../domain/form/form-csv";
import { formSheet, type FormSheet } from "../../domain/form/form-sheet";
import { formWording } from "../../messages/messages";
import { copyText } from "../export/clipboard";
import { pickLanguage } from "../i18n/i18n";
import { downloadText, fileStem } from "../export/download";
import { checkWorkbook } from "../state/check-workbook";
import { useWorkbook } from "../workbook-context";
import { ErrorMessage } from "./ErrorMessage";
import { ReplaceSheetDialog } from "./ReplaceSheetDialog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  button: { alignSelf: "flex-start" },
});

type Done =
  | { kind: "downloaded"; file: string }
  | { kind: "written"; sheet: string }
  | { kind: "copied" }
  | { kind: "notCopied" };

/** The sheets the pane writes: the Form summary, or the CSV export one value per cell. */
const sheetOf = { form: formSheet, csv: csvSheet } as const;
type SheetKind = keyof typeof sheetOf;

/**
 * "Export for the application form": the form's budget sections as CSV or JSON downloads
 * (only where the web view saves downloads: not in Excel on Mac), on the clipboard, as the CSV
 * written into a sheet, and as the Form summary sheet. Each export re-reads the workbook, so
 * it carries the numbers as they are now, not as they were at the last check.
 */
export function ExportPanel({ errorCount }: { errorCount: number }) {
  const { t, i18n } = useTranslation();
  // Excel in Latvian (and most EU languages) splits CSV on ";": a comma file would open in one
  // column. The pane's language gives the default; the user's choice wins.
  const [chosenSeparator, setChosenSeparator] = useState<CsvSeparator>();
  const csvSeparator: CsvSeparator =
    chosenSeparator ?? (i18n.language?.startsWith("lv") ? ";" : ",");
  const styles = useStyles();
  const port = useWorkbook();
  const wording = formWording(pickLanguage(i18n.language));
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done>();
  const [error, setError] = useState<unknown>();
  const [confirming, setConfirming] = useState<{ kind: SheetKind; sheet: FormSheet }>();
  const { downloads } = port.capabilities;
  const exportButton = useRef<HTMLButtonElement>(null);
  const breaksId = useId();
  const doneId = useId();
  const noDownloadsId = useId();

  // The dialog opens from a menu that is gone by then: when it closes (Keep, Replace or Esc),
  // focus goes back to the Export button rather than to the page's body.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && confirming === undefined) exportButton.current?.focus();
    wasConfirming.current = confirming !== undefined;
  }, [confirming]);

  const freshForm = async (): Promise<ApplicationForm> =>
    applicationForm(await checkWorkbook(await port.readBudget()), wording);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setDone(undefined);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const download = (kind: "csv" | "json") =>
    run(async () => {
      const form = await freshForm();
      const file = `${fileStem(form.title)}-form.${kind}`;
      if (kind === "csv")
        downloadText(file, formToCsv(form, csvSeparator), "text/csv;charset=utf-8");
      else downloadText(file, formToJson(form), "application/json");
      setDone({ kind: "downloaded", file });
    });

  const copy = () =>
    run(async () => {
      const copied = await copyText(formToTabText(await freshForm()));
      setDone({ kind: copied ? "copied" : "notCopied" });
    });

  // A sheet of that name is replaced only after the user said yes in the dialog.
  const write = (kind: SheetKind, ready: FormSheet | undefined, replace: boolean) =>
    run(async () => {
      const sheet = ready ?? sheetOf[kind](await freshForm());
      const result = await port.writeFormSheet(sheet, { replace });
      if (result.written) setDone({ kind: "written", sheet: sheet.name });
      else if (result.existed) setConfirming({ kind, sheet });
    });

  const doneText = (finished: Done): string => {
    switch (finished.kind) {
      case "downloaded":
        return t("export.downloaded", { file: finished.file });
      case "written":
        return t("export.written", { sheet: finished.sheet });
      case "copied":
        return t("export.copied");
      default:
        return t("export.notCopied");
    }
  };

  return (
    <div className={styles.root}>
      <Body1 className={styles.intro}>{t("export.intro")}</Body1>
      {errorCount > 0 && (
        <MessageBar intent="warning" layout="multiline" aria-labelledby={breaksId}>
          <MessageBarBody id={breaksId}>{t("export.breaks", { count: errorCount })}</MessageBarBody>
        </MessageBar>
      )}
      {!downloads && (
        <MessageBar intent="info" layout="multiline" aria-labelledby={noDownloadsId}>
          <MessageBarBody id={noDownloadsId}>{t("export.noDownloads")}</MessageBarBody>
        </MessageBar>
      )}
      {downloads && (
        <RadioGroup
          aria-label={t("export.separator")}
          value={csvSeparator}
          onChange={(_event, data) => setChosenSeparator(data.value as CsvSeparator)}
        >
          <Radio value="," label={t("export.separatorComma")} />
          <Radio value=";" label={t("export.separatorSemicolon")} />
        </RadioGroup>
      )}
      <Menu positioning="below-start">
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            ref={exportButton}
            className={styles.button}
            appearance="primary"
            icon={busy ? <Spinner size="extra-tiny" /> : <ArrowDownload20Regular />}
            disabledFocusable={busy}
          >
            {busy ? t("export.busy") : t("export.button")}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {downloads && (
              <MenuItem icon={<DocumentArrowDown20Regular />} onClick={() => void download("csv")}>
                {t("export.csv")}
              </MenuItem>
            )}
            {downloads && (
              <MenuItem icon={<DocumentArrowDown20Regular />} onClick={() => void download("json")}>
                {t("export.json")}
              </MenuItem>
            )}
            <MenuItem icon={<Copy20Regular />} onClick={() => void copy()}>
              {t("export.copy")}
            </MenuItem>
            <MenuItem
              icon={<TableSimple20Regular />}
              onClick={() => void write("csv", undefined, false)}
            >
              {t("export.csvSheet")}
            </MenuItem>
            <MenuItem
              icon={<DocumentTable20Regular />}
              onClick={() => void write("form", undefined, false)}
            >
              {t("export.sheet")}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {done && (
        <MessageBar
          intent={done.kind === "notCopied" ? "warning" : "success"}
          role="status"
          aria-labelledby={doneId}
        >
          <MessageBarBody id={doneId}>{doneText(done)}</MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && <ErrorMessage error={error} onDismiss={() => setError(undefined)} />}
      <ReplaceSheetDialog
        sheet={confirming?.sheet.name ?? ""}
        open={confirming !== undefined}
        onReplace={() => {
          const asked = confirming;
          setConfirming(undefined);
          if (asked) void write(asked.kind, asked.sheet, true);
        }}
        onKeep={() => setConfirming(undefined)}
      />
    </div>
  );
}
