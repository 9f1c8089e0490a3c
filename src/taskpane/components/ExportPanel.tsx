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
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  DocumentArrowDown20Regular,
  DocumentTable20Regular,
} from "@fluentui/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applicationForm, type ApplicationForm } from "../../domain/form/application-form";
import { formToCsv, formToJson } from "../../domain/form/form-csv";
import { formSheet, formSheetName } from "../../domain/form/form-sheet";
import { formWording } from "../../messages/messages";
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

type Done = { kind: "downloaded"; file: string } | { kind: "written"; sheet: string };

/**
 * "Export for the application form": the form's budget sections as CSV or JSON downloads,
 * and the Form summary sheet written into the workbook. Each export re-reads the
 * workbook, so it carries the numbers as they are now, not as they were at the last check.
 */
export function ExportPanel({ errorCount }: { errorCount: number }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const port = useWorkbook();
  const wording = formWording(pickLanguage(i18n.language));
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done>();
  const [error, setError] = useState<unknown>();
  const [confirming, setConfirming] = useState<ApplicationForm>();

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
      if (kind === "csv") downloadText(file, formToCsv(form), "text/csv;charset=utf-8");
      else downloadText(file, formToJson(form), "application/json");
      setDone({ kind: "downloaded", file });
    });

  // A sheet of that name is replaced only after the user said yes in the dialog.
  const write = (form: ApplicationForm | undefined, replace: boolean) =>
    run(async () => {
      const sheetForm = form ?? (await freshForm());
      const sheet = formSheet(sheetForm);
      const result = await port.writeFormSheet(sheet, { replace });
      if (result.written) setDone({ kind: "written", sheet: sheet.name });
      else if (result.existed) setConfirming(sheetForm);
    });

  return (
    <div className={styles.root}>
      <Body1 className={styles.intro}>{t("export.intro")}</Body1>
      {errorCount > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("export.breaks", { count: errorCount })}</MessageBarBody>
        </MessageBar>
      )}
      <Menu positioning="below-start">
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
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
            <MenuItem icon={<DocumentArrowDown20Regular />} onClick={() => void download("csv")}>
              {t("export.csv")}
            </MenuItem>
            <MenuItem icon={<DocumentArrowDown20Regular />} onClick={() => void download("json")}>
              {t("export.json")}
            </MenuItem>
            <MenuItem
              icon={<DocumentTable20Regular />}
              onClick={() => void write(undefined, false)}
            >
              {t("export.sheet")}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {done && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {done.kind === "downloaded"
              ? t("export.downloaded", { file: done.file })
              : t("export.written", { sheet: done.sheet })}
          </MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && <ErrorMessage error={error} onDismiss={() => setError(undefined)} />}
      <ReplaceSheetDialog
        sheet={formSheetName}
        open={confirming !== undefined}
        onReplace={() => {
          const form = confirming;
          setConfirming(undefined);
          void write(form, true);
        }}
        onKeep={() => setConfirming(undefined)}
      />
    </div>
  );
}
