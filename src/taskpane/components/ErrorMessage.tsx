import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { WorkbookError, type WorkbookErrorText } from "../../excel/workbook-error";

/**
 * The sentence to show for anything a workbook call threw: Office's known error codes in the
 * pane's language (`known`), the adapter's own errors from their data (`worded`), and any
 * other workbook error as the adapter words it.
 */
export function errorText(
  error: unknown,
  unexpected: (detail: string) => string,
  known: (code: string) => string | undefined = () => undefined,
  worded: (text: WorkbookErrorText) => string | undefined = () => undefined,
): string {
  if (error instanceof WorkbookError) {
    return (
      (error.code !== undefined ? known(error.code) : undefined) ??
      (error.text ? worded(error.text) : undefined) ??
      error.message
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return unexpected(detail);
}

/** Whether the pane shows the adapter's English message, having no words of its own for it. */
function isEnglishOnly(error: unknown, exists: (key: string) => boolean): boolean {
  if (!(error instanceof WorkbookError)) return false;
  return !error.text && !(error.code !== undefined && exists(`errors.code.${error.code}`));
}

/** A failed workbook call, in words, until the user dismisses it. */
export function ErrorMessage({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const known = (code: string) =>
    exists(`errors.code.${code}`) ? i18n.t(`errors.code.${code}` as never) : undefined;
  const worded = (text: WorkbookErrorText) => {
    const params: Record<string, unknown> = { ...text.params };
    if (text.key === "failed") params.action = i18n.t(`errors.action.${text.params.action}`);
    return String(i18n.t(`errors.adapter.${text.key}` as never, params as never));
  };
  // A message only the adapter words is English: marked so, screen readers read it as English.
  const english = isEnglishOnly(error, exists) && !i18n.language.startsWith("en");
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errors.title")}</MessageBarTitle>{" "}
        <span lang={english ? "en" : undefined}>
          {errorText(error, (detail) => t("errors.unexpected", { detail }), known, worded)}
        </span>
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={t("errors.dismiss")}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
