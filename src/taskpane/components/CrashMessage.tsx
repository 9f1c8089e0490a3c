import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/** What the error boundary shows: what happened, that the workbook is safe, and a retry. */
export function CrashMessage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("app.crashTitle")}</MessageBarTitle> {t("app.crashBody")}{" "}
        <code>{detail}</code>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t("app.crashRetry")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
