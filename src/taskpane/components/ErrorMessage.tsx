import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { WorkbookError } from "../../excel/workbook-error";

/**
 * The sentence to show for anything a workbook call threw: Office's known error codes in the
 * pane's language (`known`), other workbook errors as the adapter words them.
 */
export function errorText(
  error: unknown,
  unexpected: (detail: string) => string,
  known: (code: string) => string | undefined = () => undefined,
): string {
  if (error instanceof WorkbookError) {
    return (error.code !== undefined ? known(error.code) : undefined) ?? error.message;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return unexpected(detail);
}

/** A failed workbook call, in words, until the user dismisses it. */
export function ErrorMessage({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { t, i18n } = useTranslation();
  const known = (code: string) =>
    i18n.exists(`errors.code.${code}`) ? i18n.t(`errors.code.${code}` as never) : undefined;
  // The adapter's messages are English: marked so, screen readers read them as English.
  const english = error instanceof WorkbookError && !i18n.language.startsWith("en");
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errors.title")}</MessageBarTitle>{" "}
        <span lang={english ? "en" : undefined}>
          {errorText(error, (detail) => t("errors.unexpected", { detail }), known)}
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
