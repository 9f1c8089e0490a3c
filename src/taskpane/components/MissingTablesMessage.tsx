import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/** Some schema tables are missing: offers the set-up form, which adds only those. */
export function MissingTablesMessage({ onSetUp }: { onSetUp: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t("setUp.missingTables")}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onSetUp}>
          {t("setUp.addMissing")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
