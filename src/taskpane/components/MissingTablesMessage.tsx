import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";

/** Some schema tables are missing: offers the set-up form, which adds only those. */
export function MissingTablesMessage({ onSetUp }: { onSetUp: () => void }) {
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <MessageBar intent="info" layout="multiline" aria-labelledby={bodyId}>
      <MessageBarBody id={bodyId}>{t("setUp.missingTables")}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onSetUp}>
          {t("setUp.addMissing")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
