import { Field, ProgressBar } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ReadProgress } from "../../excel/workbook-port";
import { useFormat } from "../i18n/use-format";

/** How far reading the workbook has come: indeterminate until the tables are found. */
export function ReadProgressBar({ progress }: { progress?: ReadProgress }) {
  const { t } = useTranslation();
  const { count } = useFormat();
  const determinate = progress?.phase === "reading-rows" && progress.rowsTotal > 0;
  const text = determinate
    ? t("progress.readingRows", {
        read: count(progress.rowsRead),
        total: count(progress.rowsTotal),
      })
    : t("progress.findingTables");
  return (
    <Field validationMessage={text} validationState="none" label={t("progress.label")}>
      <ProgressBar
        thickness="large"
        value={determinate ? Math.min(progress.rowsRead / progress.rowsTotal, 1) : undefined}
        aria-valuetext={text}
      />
    </Field>
  );
}
