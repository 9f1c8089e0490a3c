import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { SetUpResult } from "../../excel/workbook-port";

/** What "Set up budget workbook" did: tables created, tables left alone, sheet conflicts. */
export function SetUpResultMessage({
  result,
  onDismiss,
}: {
  result: SetUpResult;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const conflicts = result.conflicts.length > 0;
  const lines = [
    result.created.length > 0
      ? t("setUp.created", { count: result.created.length, tables: result.created.join(", ") })
      : t("setUp.createdNone"),
    result.skipped.length > 0 ? t("setUp.skipped", { tables: result.skipped.join(", ") }) : "",
  ].filter((line) => line !== "");
  return (
    <MessageBar intent={conflicts ? "warning" : "success"} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>
          {conflicts ? t("setUp.conflictsTitle") : t("setUp.resultTitle")}
        </MessageBarTitle>{" "}
        {lines.join(" ")}
        {conflicts && (
          <ul>
            {result.conflicts.map((conflict) => (
              <li key={conflict.table}>{conflict.message}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
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
    </MessageBar>
  );
}
