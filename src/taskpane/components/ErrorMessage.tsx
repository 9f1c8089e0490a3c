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

/** The sentence to show for anything a workbook call threw. */
export function errorText(error: unknown, unexpected: (detail: string) => string): string {
  if (error instanceof WorkbookError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return unexpected(detail);
}

/** A failed workbook call, in words, until the user dismisses it. */
export function ErrorMessage({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { t, i18n } = useTranslation();
  // The adapter's messages are English: marked so, screen readers read them as English.
  const english = error instanceof WorkbookError && !i18n.language.startsWith("en");
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errors.title")}</MessageBarTitle>{" "}
        <span lang={english ? "en" : undefined}>
          {errorText(error, (detail) => t("errors.unexpected", { detail }))}
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
