import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { createI18n, type Language } from "../i18n/i18n";

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

function Notice() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("app.notInExcelTitle")}</MessageBarTitle> {t("app.notInExcelBody")}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** What the add-in's page shows when a browser opens it outside Excel. Mount in a FluentProvider. */
export function NotInExcel({ language }: { language: Language }) {
  const i18n = useMemo(() => createI18n(language), [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <Notice />
    </I18nextProvider>
  );
}
